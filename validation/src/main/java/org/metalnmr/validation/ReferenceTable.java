package org.metalnmr.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.MetalNmrException;

/**
 * A reference data file of the validation module: a provenance header of {@code #} lines (source,
 * table or figure, units, uncertainty) followed by comma-separated rows. Kept under
 * {@code src/main/resources/reference/<topic>/} so that {@code metalnmr validate} finds it at run time.
 *
 * @param provenance the header lines without their leading {@code #}
 * @param rows       the data rows, split at commas and trimmed
 */
public record ReferenceTable(List<String> provenance, List<String[]> rows) {

    /** Copies. */
    public ReferenceTable {
        provenance = List.copyOf(provenance);
        rows = List.copyOf(rows);
    }

    /**
     * @param resource class-path resource, e.g. {@code /reference/skin-depth/published-skin-depths.csv}
     * @return the table
     */
    public static ReferenceTable load(String resource) {
        InputStream in = ReferenceTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, resource);
        }
        List<String> prov = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.startsWith("#")) {
                    prov.add(t.substring(1).strip());
                } else if (!t.isEmpty()) {
                    String[] f = t.split(",");
                    for (int i = 0; i < f.length; i++) {
                        f[i] = f[i].strip();
                    }
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new MetalNmrException(e, CoreMessage.RESOURCE_UNREADABLE, resource, e.getMessage());
        }
        if (prov.isEmpty()) {
            throw new InternalInvariantException(ValidationMessage.REFERENCE_NO_PROVENANCE, resource);
        }
        return new ReferenceTable(prov, rows);
    }
}
