package org.metalnmr.toolkit.morphology;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The quantities of the {@link MorphologyModel}, in parameter order. Which are free depends on the components
 * and on {@link MorphologySettings#freed()}; the others are fixed (reported as fixed parameters).
 * Amounts are ppm-integrals of the component's complex signal, |integral of Z| (data units x ppm): for a fully
 * penetrated deposit this is proportional to its metal, for the foil to the skin layer that the RF field sees.
 */
public enum MorphologyParameter {
    /** Integral of the foil line [data x ppm]. */
    FOIL_AMOUNT("foilAmount", MorphologyComponent.FOIL),
    /** Half width at half maximum of the foil (and bent-foil) homogeneous Lorentzian [ppm]. */
    FOIL_HWHM_PPM("foilHwhmPpm", MorphologyComponent.FOIL),
    /**
     * Variance sigma^2 of the Gaussian distribution of the foil's (and bent foil's) local field [ppm^2]: the
     * inhomogeneous broadening of the Voigt line (0: Lorentzian). The variance, not sigma, is fitted: the line is
     * even in sigma, so sigma = 0 would be a stationary point of every fit, while dV/d(sigma^2) = V''/2 is not 0.
     */
    FOIL_GAUSS_VAR("foilGaussVarPpm2", MorphologyComponent.FOIL),
    /**
     * Spread of the foil's local surface normals about the electrode normal [deg] (von Mises-Fisher, kappa = 1/sigma^2;
     * 0: a flat foil): the rough, bent and wrinkled foil seen as locally flat plates, each with the BMS shift of a thin
     * plate at its own tilt (fixed at 0 unless freed).
     */
    FOIL_ROUGHNESS_DEG("foilRoughnessDeg", MorphologyComponent.FOIL),
    /** Integral of the bent parts of the foil [data x ppm]. */
    BENT_FOIL_AMOUNT("bentFoilAmount", MorphologyComponent.BENT_FOIL),
    /** Integral of the whiskers [data x ppm]: fully penetrated, proportional to their metal. */
    WHISKER_AMOUNT("whiskerAmount", MorphologyComponent.WHISKERS),
    /** Spread of the whisker axes about the electrode normal [deg] (see {@link WhiskerOrientation}). */
    WHISKER_SPREAD_DEG("whiskerSpreadDeg", MorphologyComponent.WHISKERS),
    /** Volume fraction of metal in the whisker layer [1]. */
    WHISKER_PACKING("whiskerPacking", MorphologyComponent.WHISKERS),
    /** Homogeneous HWHM of each whisker packet [ppm]. */
    WHISKER_HWHM_PPM("whiskerHwhmPpm", MorphologyComponent.WHISKERS),
    /** Gaussian variance sigma^2 of each whisker packet's field [ppm^2] (inhomogeneous broadening; 0: Lorentzian). */
    WHISKER_GAUSS_VAR("whiskerGaussVarPpm2", MorphologyComponent.WHISKERS),
    /** Integral of the mossy metal [data x ppm]. */
    MOSSY_AMOUNT("mossyAmount", MorphologyComponent.MOSSY),
    /** Volume fraction of metal in the mossy layer [1]. */
    MOSSY_PACKING("mossyPacking", MorphologyComponent.MOSSY),
    /** Homogeneous HWHM of each mossy packet [ppm]. */
    MOSSY_HWHM_PPM("mossyHwhmPpm", MorphologyComponent.MOSSY),
    /** Gaussian variance sigma^2 of each mossy packet's field [ppm^2] (inhomogeneous broadening; 0: Lorentzian). */
    MOSSY_GAUSS_VAR("mossyGaussVarPpm2", MorphologyComponent.MOSSY),
    /** Integral of the diamagnetic line [data x ppm]. */
    ELECTROLYTE_AMOUNT("electrolyteAmount", MorphologyComponent.ELECTROLYTE),
    /** Position of the diamagnetic line [ppm]. */
    ELECTROLYTE_SHIFT_PPM("electrolyteShiftPpm", MorphologyComponent.ELECTROLYTE),
    /** HWHM of the diamagnetic line [ppm]. */
    ELECTROLYTE_HWHM_PPM("electrolyteHwhmPpm", MorphologyComponent.ELECTROLYTE),
    /** Zero-order phase of the whole spectrum [deg]. */
    PHASE_DEG("phaseDeg", null),
    /** Phase lag of the skin-layer signal of the foil relative to fully penetrated metal [deg] (fixed by default). */
    FOIL_PHASE_LAG_DEG("foilPhaseLagDeg", null),
    /** Isotropic Knight shift [ppm] (fixed to the material table by default). */
    KNIGHT_PPM("knightPpm", null),
    /** Volume susceptibility of the metal x 1e6 (SI) (fixed to the material table by default). */
    CHI_PPM("chiPpm", null),
    /**
     * Extra shift of the deposits (whiskers, mossy) relative to the foil [ppm] (fixed at 0 by default): the
     * macroscopic field of the cell stack at the deposit differs from that at the foil (the model's field is
     * uniform; in the forward model of cell B it is about +2 ppm at whiskers on the working electrode).
     */
    DEPOSIT_OFFSET_PPM("depositOffsetPpm", null),
    /** Constant baseline [data units] (with --baseline). */
    BASELINE0("baseline0", null),
    /** Baseline slope [data units per ppm] about the centre of the fit range (with --baseline). */
    BASELINE1("baseline1", null),
    /** Constant of the imaginary part's baseline [data units] (with --baseline, fitting complex data). */
    BASELINE0_IMAG("baseline0Imag", null),
    /** Slope of the imaginary part's baseline [data units per ppm] (with --baseline, fitting complex data). */
    BASELINE1_IMAG("baseline1Imag", null),
    /** Integral of the counter foil's line [data x ppm] (seen through its skin layer like the foil). */
    COUNTER_FOIL_AMOUNT("counterFoilAmount", MorphologyComponent.COUNTER_FOIL),
    /**
     * Shift of the counter foil's line relative to the working foil's [ppm]: the difference of the cell stack's macroscopic
     * field between the two electrodes, one-signed, from 0 to a quarter of chi: the counter foil is by definition the
     * bulk-metal line at the higher shift (the two lines are otherwise interchangeable; the spectra do not say which
     * electrode is which).
     */
    COUNTER_FOIL_OFFSET_PPM("counterFoilOffsetPpm", MorphologyComponent.COUNTER_FOIL),
    /** Homogeneous HWHM of the counter foil's packets [ppm] (its Gaussian width is the foil's). */
    COUNTER_FOIL_HWHM_PPM("counterFoilHwhmPpm", MorphologyComponent.COUNTER_FOIL),
    /**
     * Spread of the counter foil's local surface normals about the electrode normal [deg] (von Mises-Fisher, as
     * {@link #FOIL_ROUGHNESS_DEG}): the second electrode has its own texture (one electrode strips and pits while the other
     * plates, and the two foils are not cut and pressed alike); free with complex data, else held at the foil's value.
     */
    COUNTER_FOIL_ROUGHNESS_DEG("counterFoilRoughnessDeg", MorphologyComponent.COUNTER_FOIL);

    private final String key;
    private final MorphologyComponent component;

    MorphologyParameter(String key, MorphologyComponent component) {
        this.key = key;
        this.component = component;
    }

    /** @return the parameter name in fit results */
    public String key() {
        return key;
    }

    /** @return the component it belongs to, or null for a global quantity */
    public MorphologyComponent component() {
        return component;
    }

    /**
     * @param name a parameter name, e.g. {@code knightPpm}
     * @return the parameter
     */
    public static MorphologyParameter byKey(String name) {
        String n = name.trim();
        return Arrays.stream(values()).filter(v -> v.key.equals(n) || v.key.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInputException(CoreMessage.NOT_ONE_OF, "morphology parameter",
                        Arrays.stream(values()).map(MorphologyParameter::key).collect(Collectors.joining(", ")), name));
    }
}
