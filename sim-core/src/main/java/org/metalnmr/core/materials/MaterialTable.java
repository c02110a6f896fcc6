package org.metalnmr.core.materials;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.CoreMessage;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The materials one simulation or fit uses: the table of {@link Materials} with per-material
 * overrides (from a scenario's {@code materials} block or a calibration file) in place. Immutable.
 *
 * @param overrides material name to its override (copied; materials without one are the table's)
 */
public record MaterialTable(Map<String, MaterialOverride> overrides) {

    private static final MaterialTable DEFAULTS = new MaterialTable(Map.of());

    /** Validates (each key is its override's material) and copies, dropping empty overrides. */
    public MaterialTable {
        Map<String, MaterialOverride> m = new TreeMap<>();
        overrides.forEach((k, v) -> {
            if (!k.equals(v.material())) {
                throw new InvalidInputException(CoreMessage.OVERRIDE_OTHER_MATERIAL, v.material(), "filed under", k);
            }
            if (!v.isEmpty()) {
                m.put(k, v);
            }
        });
        overrides = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(m)));
    }

    /** @return the material table as published, no overrides */
    public static MaterialTable defaults() {
        return DEFAULTS;
    }

    /**
     * @param list overrides; later ones for the same material replace the values they give
     * @return the table with them
     */
    public static MaterialTable of(Collection<MaterialOverride> list) {
        Map<String, MaterialOverride> m = new TreeMap<>();
        for (MaterialOverride o : list) {
            m.merge(o.material(), o, MaterialOverride::then);
        }
        return new MaterialTable(m);
    }

    /**
     * @param later overrides applied on top of this table's (value by value)
     * @return the combined table
     */
    public MaterialTable then(MaterialTable later) {
        Map<String, MaterialOverride> m = new TreeMap<>(overrides);
        later.overrides.forEach((k, v) -> m.merge(k, v, MaterialOverride::then));
        return new MaterialTable(m);
    }

    /**
     * @param name a material name ({@code Li}, {@code Cu}, ...)
     * @return the table's material with this table's overrides in place
     * @throws org.metalnmr.core.error.InvalidInputException naming the known materials when the name is unknown
     */
    public Material material(String name) {
        Material base = Materials.byName(name);
        MaterialOverride o = overrides.get(name);
        return o == null ? base : o.applyTo(base);
    }

    /** @return whether nothing is overridden */
    public boolean isDefault() {
        return overrides.isEmpty();
    }
}
