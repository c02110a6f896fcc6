package org.metalnmr.core.materials;

import org.metalnmr.core.error.Checks;

/**
 * One published value of a material's volume magnetic susceptibility.
 *
 * @param chi       volume susceptibility, SI, dimensionless (M = chi H)
 * @param source    where it comes from
 * @param isDefault whether the toolkit uses it unless told otherwise
 */
public record SusceptibilityValue(double chi, String source, boolean isDefault) {

    /** Validates the value. */
    public SusceptibilityValue {
        Checks.inRange("chi", "[1, SI volume]", -1, 1e3, chi);
    }
}
