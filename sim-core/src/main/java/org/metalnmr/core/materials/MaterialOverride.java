package org.metalnmr.core.materials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.nuclei.Nuclei;

/**
 * Values that replace a material's table entries for one simulation or fit (a scenario's
 * {@code materials} block, a calibration file), each with its source. A property left {@code null}
 * keeps the table's value. {@link #applyTo(Material)} gives the material with the overrides in
 * place; the table's other published susceptibilities stay listed, no longer the default.
 *
 * <p>Allowed ranges (what the models behind the toolkit can use):</p>
 * <ul>
 * <li>chi in [{@value #MIN_CHI}, {@value #MAX_CHI}]: the BMS shift is computed to first order in chi
 * (docs/physics.md section 4), which holds for weakly magnetic matter; the table's largest, austenitic
 * steel, is 3.5e-3;</li>
 * <li>Knight shift in [-{@value #MAX_ABS_KNIGHT_PPM}, {@value #MAX_ABS_KNIGHT_PPM}] ppm, i.e. |K| up to 5 %:
 * the largest metallic shifts are about 3 % (Pt -3.4 %, Carter, Bennett and Kahan 1977);</li>
 * <li>resistivity at 293 K in [{@value #MIN_RESISTIVITY_OHM_M}, {@value #MAX_RESISTIVITY_OHM_M}] Ohm m: from
 * below silver (1.59e-8, the best conductor at room temperature) to above the best insulators;</li>
 * <li>temperature coefficient in [-{@value #MAX_ABS_TEMP_COEFF_PER_K}, {@value #MAX_ABS_TEMP_COEFF_PER_K}] K^-1
 * (pure metals are about 4e-3 K^-1).</li>
 * </ul>
 *
 * @param material                 the material's table name
 * @param chi                      volume susceptibility (SI), or null
 * @param knightShiftPpm           Knight shift per nucleus symbol [ppm] (copied; empty when not overridden)
 * @param resistivityOhmM          resistivity at 293 K [Ohm m], or null
 * @param resistivityTempCoeffPerK alpha of rho(T) = rho_293 (1 + alpha (T - 293 K)) [K^-1], or null (the table's)
 */
public record MaterialOverride(String material, SourcedValue chi, Map<String, SourcedValue> knightShiftPpm,
                               SourcedValue resistivityOhmM, SourcedValue resistivityTempCoeffPerK) {

    /** Smallest volume susceptibility accepted. */
    public static final double MIN_CHI = -1e-2;
    /** Largest volume susceptibility accepted. */
    public static final double MAX_CHI = 1e-2;
    /** Largest |Knight shift| accepted [ppm]. */
    public static final double MAX_ABS_KNIGHT_PPM = 5e4;
    /** Smallest resistivity accepted [Ohm m]. */
    public static final double MIN_RESISTIVITY_OHM_M = 1e-9;
    /** Largest resistivity accepted [Ohm m]. */
    public static final double MAX_RESISTIVITY_OHM_M = 1e20;
    /** Largest |temperature coefficient| accepted [K^-1]. */
    public static final double MAX_ABS_TEMP_COEFF_PER_K = 1e-2;

    /**
     * Validates: the material is in the table, each value in its range, each Knight-shift key a nucleus of
     * that element.
     */
    public MaterialOverride {
        Materials.byName(material);
        knightShiftPpm = knightShiftPpm == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(knightShiftPpm));
        if (chi != null) {
            Checks.inRange("chi of " + material, "[1, SI volume]", MIN_CHI, MAX_CHI, chi.value());
        }
        for (Map.Entry<String, SourcedValue> e : knightShiftPpm.entrySet()) {
            Nuclei.bySymbol(e.getKey());
            if (!e.getKey().replaceAll("^[0-9]+", "").equals(material)) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "nucleus of the Knight shift of " + material,
                        "an isotope of " + material, e.getKey());
            }
            Checks.inRange("Knight shift of " + e.getKey() + " in " + material, "[ppm]", -MAX_ABS_KNIGHT_PPM, MAX_ABS_KNIGHT_PPM,
                    e.getValue().value());
        }
        if (resistivityOhmM != null) {
            Checks.inRange("resistivity of " + material + " at 293 K", "[Ohm m]", MIN_RESISTIVITY_OHM_M, MAX_RESISTIVITY_OHM_M,
                    resistivityOhmM.value());
        }
        if (resistivityTempCoeffPerK != null) {
            Checks.inRange("resistivity temperature coefficient of " + material, "[1/K]", -MAX_ABS_TEMP_COEFF_PER_K,
                    MAX_ABS_TEMP_COEFF_PER_K, resistivityTempCoeffPerK.value());
        }
    }

    /**
     * @param material a table material
     * @return an override that changes nothing
     */
    public static MaterialOverride none(String material) {
        return new MaterialOverride(material, null, Map.of(), null, null);
    }

    /** @return whether this override changes nothing */
    public boolean isEmpty() {
        return chi == null && knightShiftPpm.isEmpty() && resistivityOhmM == null && resistivityTempCoeffPerK == null;
    }

    /**
     * @param base the table entry of {@link #material()}
     * @return the material with the overridden values in place and their sources recorded
     */
    public Material applyTo(Material base) {
        if (!base.name().equals(material)) {
            throw new InvalidInputException(CoreMessage.OVERRIDE_OTHER_MATERIAL, material, "applied to", base.name());
        }
        List<SusceptibilityValue> chis = new ArrayList<>();
        if (chi != null) {
            chis.add(new SusceptibilityValue(chi.value(), chi.source(), true));
            base.susceptibilities().forEach(s -> chis.add(new SusceptibilityValue(s.chi(), s.source(), false)));
        } else {
            chis.addAll(base.susceptibilities());
        }
        Map<String, Double> knight = new LinkedHashMap<>(base.knightShifts());
        StringBuilder knightSource = new StringBuilder(base.knightShiftSource());
        for (Map.Entry<String, SourcedValue> e : knightShiftPpm.entrySet()) {
            knight.put(e.getKey(), e.getValue().value());
            knightSource.append("; ").append(e.getKey()).append(": ").append(e.getValue().source());
        }
        double rho = resistivityOhmM == null ? base.resistivityOhmM() : resistivityOhmM.value();
        double alpha = resistivityTempCoeffPerK == null ? base.resistivityTempCoeffPerK() : resistivityTempCoeffPerK.value();
        String rhoSource = base.resistivitySource();
        if (resistivityOhmM != null || resistivityTempCoeffPerK != null) {
            rhoSource = "rho_293: " + (resistivityOhmM == null ? base.resistivitySource() : resistivityOhmM.source())
                    + "; alpha: " + (resistivityTempCoeffPerK == null ? base.resistivitySource() : resistivityTempCoeffPerK.source());
        }
        return new Material(base.name(), base.metal(), base.densityKgPerM3(), base.molarMassKgPerMol(), rho, alpha, rhoSource,
                base.muR(), base.muRSource(), chis, knight, knightSource.toString());
    }

    /**
     * @return one entry per overridden value, in a fixed order: property name ({@code chi},
     *         {@code knightShiftPpm.7Li}, {@code resistivityOhmM}, {@code resistivityTempCoeffPerK}) to value
     */
    public Map<String, SourcedValue> entries() {
        Map<String, SourcedValue> m = new LinkedHashMap<>();
        if (chi != null) {
            m.put("chi", chi);
        }
        knightShiftPpm.forEach((k, v) -> m.put("knightShiftPpm." + k, v));
        if (resistivityOhmM != null) {
            m.put("resistivityOhmM", resistivityOhmM);
        }
        if (resistivityTempCoeffPerK != null) {
            m.put("resistivityTempCoeffPerK", resistivityTempCoeffPerK);
        }
        return m;
    }

    /**
     * @param other a later override of the same material
     * @return this override with every value {@code other} gives replaced by it
     */
    public MaterialOverride then(MaterialOverride other) {
        Objects.requireNonNull(other, "other");
        if (!other.material.equals(material)) {
            throw new InvalidInputException(CoreMessage.OVERRIDE_OTHER_MATERIAL, other.material, "merged into an override of", material);
        }
        Map<String, SourcedValue> k = new TreeMap<>(knightShiftPpm);
        k.putAll(other.knightShiftPpm);
        return new MaterialOverride(material, other.chi != null ? other.chi : chi, k,
                other.resistivityOhmM != null ? other.resistivityOhmM : resistivityOhmM,
                other.resistivityTempCoeffPerK != null ? other.resistivityTempCoeffPerK : resistivityTempCoeffPerK);
    }
}
