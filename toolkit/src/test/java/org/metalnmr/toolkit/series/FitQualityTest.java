package org.metalnmr.toolkit.series;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.spectra.fit.FitParameter;

/** The at-bound criterion and its lower-bound-only variant (a physical floor: a variance of 0, an amount of 0). */
class FitQualityTest {

    private static final FitParameter VARIANCE = new FitParameter("foilGaussVarPpm2", 1, 0, 100);

    @Test
    void aValueAtItsFloorIsAtTheLowerBoundAndNotTheUpper() {
        assertTrue(FitQuality.atLower(VARIANCE, 0, 0.5));
        assertTrue(FitQuality.atBound(VARIANCE, 0, 0.5));
        assertFalse(FitQuality.atLower(VARIANCE, 100, 0.5));
        assertTrue(FitQuality.atBound(VARIANCE, 100, 0.5), "the ceiling is still a bound");
    }

    @Test
    void theToleranceFollowsTheRangeAndTheStandardError() {
        // 1e-6 of the range (1e-4 here), or 1e-3 of the standard error when that is larger
        assertTrue(FitQuality.atLower(VARIANCE, 0.5e-4, Double.NaN));
        assertFalse(FitQuality.atLower(VARIANCE, 2e-4, Double.NaN));
        assertTrue(FitQuality.atLower(VARIANCE, 2e-4, 1.0));
        assertFalse(FitQuality.atLower(VARIANCE, 0.5, 1.0));
    }

    @Test
    void aOneSidedParameterHasNoUpperBound() {
        FitParameter amount = new FitParameter("whiskerAmount", 1, 0, Double.POSITIVE_INFINITY);
        assertTrue(FitQuality.atLower(amount, 0, 0.1));
        assertFalse(FitQuality.atBound(amount, 1e300, 0.1));
    }
}
