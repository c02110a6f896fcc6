package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Richardson estimate (L. F. Richardson 1911; Roache 1998 ch. 5): exact for a quantity whose error is C h^p, with
 * the sign of "fine minus exact".
 */
class DiscretisationErrorTest {

    /** Q(h) = Q0 + C h^p: the estimate from h and 2h is C h^p, the extrapolation is Q0. */
    @Test
    void exactForAPurePowerLawError() {
        double q0 = 0.0643;
        for (double p : new double[] {1, 2}) {
            for (double c : new double[] {-3.1, 0.7}) {
                double h = 0.05;
                double fine = q0 + c * Math.pow(h, p);
                double coarse = q0 + c * Math.pow(2 * h, p);
                double e = DiscretisationError.errorOfFine(fine, coarse, 2, p);
                assertEquals(c * Math.pow(h, p), e, 1e-15, "p = " + p + ", C = " + c);
                assertEquals(q0, fine - e, 1e-15);
            }
        }
    }

    /** A result that grows as the grid refines is below the converged value: its error (fine minus exact) is negative. */
    @Test
    void growingUnderRefinementMeansTooLow() {
        assertTrue(DiscretisationError.errorOfFine(0.0531, 0.0431, 2, 1) < 0);
        assertTrue(DiscretisationError.errorOfFine(243.36, 243.41, 2, 1) > 0);
    }

    @Test
    void noRefinementGivesNoEstimate() {
        assertTrue(Double.isNaN(DiscretisationError.errorOfFine(1, 1, 1, 1)));
    }
}
