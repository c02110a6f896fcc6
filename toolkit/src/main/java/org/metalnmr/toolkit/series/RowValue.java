package org.metalnmr.toolkit.series;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * One number of a series row with its standard error.
 *
 * @param value  the value (NaN when not available, e.g. a derived quantity undefined for this fit)
 * @param stderr its standard error, &gt;= 0 (infinite when the data do not determine it), or NaN when the value was held
 *               fixed in that fit rather than fitted
 */
public record RowValue(double value, double stderr) {

    /** Validates. */
    public RowValue {
        if (stderr < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "standard error (NaN when held)", "[unit of the value]", stderr);
        }
    }

    /**
     * @param value a value held fixed in the fit
     * @return it, with a NaN error
     */
    public static RowValue held(double value) {
        return new RowValue(value, Double.NaN);
    }

    /** @return whether the value was held fixed rather than fitted */
    public boolean isHeld() {
        return Double.isNaN(stderr);
    }
}
