package org.metalnmr.spectra.fit;

/**
 * A fitted value and its standard error (one standard deviation, from the covariance matrix;
 * {@link Double#POSITIVE_INFINITY} when the data do not determine the parameter at all).
 *
 * @param value  fitted value
 * @param stderr standard error, &gt;= 0
 */
public record ParameterEstimate(double value, double stderr) {

    /** Validates. */
    public ParameterEstimate {
        org.metalnmr.core.error.Checks.finite("fitted value", value);
        if (!(stderr >= 0)) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.core.error.CoreMessage.NEGATIVE, "standard error",
                    "[unit of the parameter]", stderr);
        }
    }
}
