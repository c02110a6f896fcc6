package org.metalnmr.core.nuclei;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.data.DataTables;

/**
 * The table of nuclei, read once from the data resource {@code nuclei.json} (gyromagnetic ratios
 * from the IUPAC 2001 recommendations, R. K. Harris et al., Pure Appl. Chem. 73, 1795 (2001),
 * Table 1; spins, abundances and receptivities from the same table).
 */
public final class Nuclei {

    private static final Map<String, Nucleus> TABLE = load();

    private Nuclei() {
    }

    /**
     * @param symbol e.g. {@code 7Li}
     * @return the nucleus
     * @throws InvalidInputException naming the known nuclei when the symbol is unknown
     */
    public static Nucleus bySymbol(String symbol) {
        Nucleus n = symbol == null ? null : TABLE.get(symbol);
        if (n == null) {
            throw new InvalidInputException(CoreMessage.UNKNOWN_NUCLEUS, symbol, String.join(", ", TABLE.keySet()));
        }
        return n;
    }

    /** @return all nuclei, in table order, read-only */
    public static Map<String, Nucleus> all() {
        return TABLE;
    }

    /** @return the proton (1H) */
    public static Nucleus proton() {
        return bySymbol("1H");
    }

    private static Map<String, Nucleus> load() {
        Map<String, Nucleus> m = new LinkedHashMap<>();
        for (Nucleus n : DataTables.read("nuclei.json", Nucleus[].class)) {
            m.put(n.symbol(), n);
        }
        return Collections.unmodifiableMap(m);
    }
}
