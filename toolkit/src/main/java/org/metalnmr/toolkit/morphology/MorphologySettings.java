package org.metalnmr.toolkit.morphology;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.rf.skin.SkinLayerFlip;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.toolkit.ToolkitMessage;
import org.metalnmr.toolkit.forward.CellPhysics;

/**
 * What a {@link MorphologyModel} contains: nucleus (the metal is its element), cell orientation, components,
 * whisker orientation distribution, which of the normally fixed quantities are free, values to hold fixed,
 * the nominal flip angle (it sets the default skin-layer phase lag) and an optional linear baseline.
 *
 * @param nucleus              observed nucleus, e.g. {@code 7Li}; the metal is its element
 * @param cell                 electrode orientation in B0
 * @param components           the components (the electrolyte line is added by {@link MorphologyModel#guess}
 *                             when {@code electrolyteIfInRange} and the fit range holds 0 ppm)
 * @param electrolyteIfInRange whether to add the diamagnetic line when the fit range contains 0 ppm
 * @param whiskerOrientation   distribution of the whisker axes
 * @param freed                quantities that are fixed by default but should be fitted: knightPpm, chiPpm,
 *                             foilPhaseLagDeg
 * @param fixedValues          quantities held at a value (overrides freed and the defaults)
 * @param flipAngleDeg         nominal flip angle at the coil centre [deg] (default 90)
 * @param baseline             whether to add baseline0 and baseline1 (and, fitting complex data, baseline0Imag and
 *                             baseline1Imag)
 * @param complexData          whether to fit the real and the imaginary part of a spectrum that has both (default);
 *                             the Knight shift and the foil roughness are then free unless held
 * @param physics              the cell's own fields from a scenario ({@link CellPhysics}, {@code fit --scenario}), or null:
 *                             then the foil is an infinite plate (with a tilt spread), the deposits sit in no cell field,
 *                             their RF factor is 1, chi and K are the material table's and widths are free
 *                             (docs/morphology-model.md, "The morphology model from a scenario")
 */
public record MorphologySettings(String nucleus, CellOrientation cell, Set<MorphologyComponent> components,
                                 boolean electrolyteIfInRange, WhiskerOrientation whiskerOrientation,
                                 Set<MorphologyParameter> freed, Map<MorphologyParameter, Double> fixedValues,
                                 double flipAngleDeg, boolean baseline, boolean complexData, CellPhysics physics) {

    /** The quantities that are fixed unless freed. */
    public static final Set<MorphologyParameter> FIXED_BY_DEFAULT = Collections.unmodifiableSet(EnumSet.of(
            MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM, MorphologyParameter.FOIL_PHASE_LAG_DEG,
            MorphologyParameter.DEPOSIT_OFFSET_PPM, MorphologyParameter.FOIL_ROUGHNESS_DEG, MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG));

    /**
     * Settings without a scenario's cell physics.
     *
     * @param nucleus              observed nucleus
     * @param cell                 electrode orientation in B0
     * @param components           the components
     * @param electrolyteIfInRange whether to add the diamagnetic line when the fit range contains 0 ppm
     * @param whiskerOrientation   distribution of the whisker axes
     * @param freed                quantities that are fixed by default but should be fitted
     * @param fixedValues          quantities held at a value
     * @param flipAngleDeg         nominal flip angle [deg]
     * @param baseline             whether to add a linear baseline
     * @param complexData          whether to fit both parts of complex data
     */
    public MorphologySettings(String nucleus, CellOrientation cell, Set<MorphologyComponent> components, boolean electrolyteIfInRange,
                              WhiskerOrientation whiskerOrientation, Set<MorphologyParameter> freed,
                              Map<MorphologyParameter, Double> fixedValues, double flipAngleDeg, boolean baseline, boolean complexData) {
        this(nucleus, cell, components, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, flipAngleDeg, baseline, complexData,
                null);
    }

    /**
     * What a scenario's cell physics fixes besides {@link #FIXED_BY_DEFAULT}: the homogeneous widths (Korringa T2), the
     * foil's Gaussian variance (its packets are the computed field distribution) and the foil roughness (its packets
     * hold the foil's shape).
     */
    public static final Set<MorphologyParameter> PHYSICS_FIXED = Collections.unmodifiableSet(EnumSet.of(
            MorphologyParameter.FOIL_HWHM_PPM, MorphologyParameter.WHISKER_HWHM_PPM, MorphologyParameter.MOSSY_HWHM_PPM,
            MorphologyParameter.FOIL_GAUSS_VAR, MorphologyParameter.FOIL_ROUGHNESS_DEG, MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG));

    /** Validates and copies. */
    public MorphologySettings {
        Nuclei.bySymbol(nucleus);
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(whiskerOrientation, "whiskerOrientation");
        components = Collections.unmodifiableSet(EnumSet.copyOf(components));
        if (components.stream().noneMatch(MorphologyComponent::isMetal)) {
            throw new InvalidInputException(ToolkitMessage.MORPHOLOGY_NO_METAL, components, "foil, bent-foil, whiskers, mossy");
        }
        freed = freed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(freed));
        for (MorphologyParameter p : freed) {
            if (!FIXED_BY_DEFAULT.contains(p) && !(physics != null && PHYSICS_FIXED.contains(p))) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "parameter to free", "knightPpm, chiPpm, foilPhaseLagDeg, "
                        + "depositOffsetPpm, foilRoughnessDeg (the others are free already)", p.key());
            }
        }
        Map<MorphologyParameter, Double> fv = new EnumMap<>(MorphologyParameter.class);
        fixedValues.forEach((k, v) -> fv.put(k, Checks.finite(k.key() + " (fixed value)", v)));
        fixedValues = Collections.unmodifiableMap(fv);
        Checks.inRange("flip angle", "[deg]", 0, 720, flipAngleDeg);
        MetalShiftParameters.of(Materials.byName(nucleus.replaceAll("^[0-9]+", "")), nucleus);
    }

    /**
     * @param cell the cell orientation
     * @return 7Li, foil + whiskers (+ electrolyte when in range; mossy metal on request: with a single microstructure
     *         line whiskers and mossy metal trade against each other and the fit slows down), von Mises-Fisher whiskers,
     *         K, chi, the skin lag and the deposit offset fixed, 90 degree pulse, no baseline, the real part only (the CLI's
     *         default is {@link #withComplexData complex data} with a baseline)
     */
    public static MorphologySettings defaults(CellOrientation cell) {
        return new MorphologySettings("7Li", cell, EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS), true, WhiskerOrientation.VON_MISES_FISHER, Set.of(), Map.of(), 90, false, false);
    }

    /**
     * @param p the cell's physics from a scenario (null: none)
     * @return a copy that takes the foil's packets, the deposits' cell field and RF factors, K, chi and the homogeneous
     *         widths from it; the nucleus and the flip angle become the scenario's
     */
    public MorphologySettings withPhysics(CellPhysics p) {
        return new MorphologySettings(p == null ? nucleus : p.nucleus(), cell, components, electrolyteIfInRange, whiskerOrientation,
                freed, fixedValues, p == null ? flipAngleDeg : p.flipAngleDeg(), baseline, complexData, p);
    }

    /** @return the metal (the element of the nucleus) */
    public Material metal() {
        return Materials.byName(nucleus.replaceAll("^[0-9]+", ""));
    }

    /** @return the Knight shift and susceptibility: the scenario's with {@link #physics()}, else the material table's */
    public MetalShiftParameters tableShift() {
        return physics == null ? MetalShiftParameters.of(metal(), nucleus)
                : new MetalShiftParameters(physics.knightShiftPpm(), physics.chi());
    }

    /**
     * @return the skin-layer phase lag: with {@link #physics()} that of the scenario's foil (its packets' total weight),
     *         else that of a thick surface in the coil's uniform field at the nominal flip angle [deg]
     */
    public double defaultFoilPhaseLagDeg() {
        if (physics != null) {
            return physics.foil().phaseLagDeg();
        }
        return SkinLayerFlip.phaseLagDeg(Math.toRadians(flipAngleDeg));
    }

    /**
     * @param c components
     * @return a copy with these components
     */
    public MorphologySettings withComponents(Set<MorphologyComponent> c) {
        return new MorphologySettings(nucleus, cell, c, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param c the cell orientation
     * @return a copy in that orientation
     */
    public MorphologySettings withCell(CellOrientation c) {
        return new MorphologySettings(nucleus, c, components, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param f quantities to fit that are fixed by default
     * @return a copy freeing them
     */
    public MorphologySettings withFreed(Set<MorphologyParameter> f) {
        return new MorphologySettings(nucleus, cell, components, electrolyteIfInRange, whiskerOrientation, f, fixedValues, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param f values to hold fixed
     * @return a copy holding them
     */
    public MorphologySettings withFixedValues(Map<MorphologyParameter, Double> f) {
        return new MorphologySettings(nucleus, cell, components, electrolyteIfInRange, whiskerOrientation, freed, f, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param auto whether to add the electrolyte line when the range holds 0 ppm
     * @return a copy
     */
    public MorphologySettings withElectrolyteIfInRange(boolean auto) {
        return new MorphologySettings(nucleus, cell, components, auto, whiskerOrientation, freed, fixedValues, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param o whisker orientation distribution
     * @return a copy
     */
    public MorphologySettings withWhiskerOrientation(WhiskerOrientation o) {
        return new MorphologySettings(nucleus, cell, components, electrolyteIfInRange, o, freed, fixedValues, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param deg nominal flip angle [deg]
     * @return a copy
     */
    public MorphologySettings withFlipAngleDeg(double deg) {
        return new MorphologySettings(nucleus, cell, components, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, deg, baseline, complexData, physics);
    }

    /**
     * @param n nucleus symbol
     * @return a copy
     */
    public MorphologySettings withNucleus(String n) {
        return new MorphologySettings(n, cell, components, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, flipAngleDeg, baseline, complexData, physics);
    }

    /**
     * @param b whether to add a linear baseline
     * @return a copy
     */
    public MorphologySettings withBaseline(boolean b) {
        return new MorphologySettings(nucleus, cell, components, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, flipAngleDeg, b, complexData, physics);
    }

    /**
     * @param c whether to fit both parts of complex data
     * @return a copy
     */
    public MorphologySettings withComplexData(boolean c) {
        return new MorphologySettings(nucleus, cell, components, electrolyteIfInRange, whiskerOrientation, freed, fixedValues, flipAngleDeg,
                baseline, c, physics);
    }

    /**
     * @param q a quantity
     * @return whether it is held fixed unless freed: chi, the skin-layer lag (from {@link #defaultFoilPhaseLagDeg()}) and
     *         the deposit offset always; the Knight shift and the foil roughness when only the real part is fitted (with
     *         complex data they are free: the referencing of K and the foil's tilt spread are what the operando spectra
     *         need, docs/morphology-model.md section 4); with {@link #physics()} also the homogeneous widths (the
     *         Korringa value of the scenario), the foil's Gaussian variance (its packets carry the field distribution) and
     *         the foil roughness (the packets hold the foil's shape), unless freed
     */
    public boolean fixedByDefault(MorphologyParameter q) {
        if (physics != null && PHYSICS_FIXED.contains(q)) {
            return true;
        }
        boolean freeWithComplex = q == MorphologyParameter.KNIGHT_PPM || q == MorphologyParameter.FOIL_ROUGHNESS_DEG
                || q == MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG;
        return FIXED_BY_DEFAULT.contains(q) && !(complexData && freeWithComplex);
    }
}
