package org.metalnmr.spectra.fit;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;

/**
 * A free parameter of a {@link SpectrumModel}: its name, its starting value and its bounds
 * (infinite for none). The unit is carried in the name ({@code centerPpm1}, {@code phaseDeg});
 * amplitudes are in the units of the data times ppm.
 *
 * @param name    unique name within the model
 * @param initial starting value, in [lower, upper]
 * @param lower   lower bound (may be {@link Double#NEGATIVE_INFINITY})
 * @param upper   upper bound (may be {@link Double#POSITIVE_INFINITY}), &gt; lower
 */
public record FitParameter(String name, double initial, double lower, double upper) {

    /** Validates. */
    public FitParameter {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(CoreMessage.BLANK, "the name of a fit parameter");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper) || lower == Double.POSITIVE_INFINITY
                || upper == Double.NEGATIVE_INFINITY) {
            throw new InvalidInputException(SpectraMessage.FIT_PARAMETER_BOUNDS, name, lower, upper);
        }
        if (!Double.isFinite(initial) || initial < lower || initial > upper) {
            throw new InvalidInputException(SpectraMessage.FIT_PARAMETER_INITIAL, name, lower, upper, initial);
        }
    }

    /**
     * An unbounded parameter.
     *
     * @param name    name
     * @param initial starting value
     * @return the parameter
     */
    public static FitParameter free(String name, double initial) {
        return new FitParameter(name, initial, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * @param value a new starting value (clamped into the bounds)
     * @return a copy starting there
     */
    public FitParameter withInitial(double value) {
        return new FitParameter(name, Math.min(upper, Math.max(lower, value)), lower, upper);
    }
}
