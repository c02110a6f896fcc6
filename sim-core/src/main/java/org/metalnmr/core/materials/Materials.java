package org.metalnmr.core.materials;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.data.DataTables;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The table of materials, read once from the data resource {@code materials.json}, where every
 * value carries its source. The alkali metals follow one convention for their default
 * susceptibility, the conduction-electron spin susceptibility (Li 24.1e-6, the value battery-NMR work
 * uses; Na 11.9e-6 from CESR), with the handbook totals and other published values kept as
 * alternatives (docs/susceptibility.md, "Which chi"; docs/physics.md section 4). For one simulation
 * or fit, values are replaced through a {@link MaterialTable}.
 */
public final class Materials {

    /** The JSON layout of the resource. */
    record Table(double referenceTemperatureK, Map<String, String> sources, List<Material> materials) {
    }

    private static final Table TABLE_FILE = DataTables.read("materials.json", Table.class);
    private static final Map<String, Material> TABLE = index(TABLE_FILE.materials());

    private Materials() {
    }

    /**
     * @param name e.g. {@code Li}, {@code Cu}, {@code PEEK}
     * @return the material
     * @throws InvalidInputException naming the known materials when the name is unknown
     */
    public static Material byName(String name) {
        Material m = name == null ? null : TABLE.get(name);
        if (m == null) {
            throw new InvalidInputException(CoreMessage.UNKNOWN_MATERIAL, name, String.join(", ", TABLE.keySet()));
        }
        return m;
    }

    /** @return all materials in table order, read-only */
    public static Map<String, Material> all() {
        return TABLE;
    }

    /** @return the key -> full citation map of the sources the table refers to */
    public static Map<String, String> sources() {
        return Collections.unmodifiableMap(TABLE_FILE.sources());
    }

    private static Map<String, Material> index(List<Material> list) {
        Map<String, Material> m = new LinkedHashMap<>();
        for (Material x : list) {
            m.put(x.name(), x);
        }
        return Collections.unmodifiableMap(m);
    }
}
