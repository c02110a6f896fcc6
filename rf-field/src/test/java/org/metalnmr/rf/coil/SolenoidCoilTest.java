package org.metalnmr.rf.coil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.linalg.ProgressListener;

/** The helical solenoid against the finite current-sheet closed form and the infinite limit. */
class SolenoidCoilTest {

    @Test
    void onAxisFieldMatchesFiniteSheetClosedForm() {
        // 15 mm diameter, 20 mm long, 20 turns (pitch 1 mm, 1/24 of the diameter): the discreteness of
        // the turns modulates the on-axis field by about exp(-2 pi R / p) ~ 1e-20, the helix's
        // lead-in asymmetry by O(p / L); allow 5e-3 relative
        SolenoidCoil c = SolenoidCoil.of(15e-3, 20e-3, 20);
        double[] b = new double[3];
        for (double x : new double[] {0, 4e-3, 9e-3, 15e-3}) {
            c.fieldPerAmpere(x, 0, 0, b);
            double exact = c.sheetFieldOnAxis(x);
            assertEquals(exact, b[0], 5e-3 * c.sheetFieldOnAxis(0), "x = " + x);
        }
    }

    @Test
    void longCoilApproachesInfiniteSolenoid() {
        // L = 40 D: centre field mu0 n I (1 - O((D/L)^2)), exactly mu0 n I / sqrt(1 + (D/L)^2) for the sheet
        SolenoidCoil c = SolenoidCoil.of(5e-3, 200e-3, 400);
        double[] b = new double[3];
        c.fieldPerAmpere(0, 1e-3, 0, b);
        double infinite = PhysicalConstants.MU0 * c.turnsPerMetre();
        assertEquals(1.0, b[0] / infinite, 1e-3);
        assertEquals(c.sheetFieldOnAxis(0) / infinite, b[0] / infinite, 2e-4);
    }

    @Test
    void mapInterpolatesWithinOnePartInAThousandAwayFromTheWinding() {
        SolenoidCoil c = SolenoidCoil.of(15e-3, 20e-3, 10);
        double r = 7.5e-3;
        B1Map map = B1Map.sample(c, new double[] {-5e-3, -5e-3, -5e-3}, new double[] {5e-3, 5e-3, 5e-3}, r / 20,
                ProgressListener.NONE);
        double[] exact = new double[3];
        double[] interp = new double[3];
        double worst = 0;
        java.util.Random rnd = new java.util.Random(7);
        for (int t = 0; t < 200; t++) {
            double x = -5e-3 + 10e-3 * rnd.nextDouble();
            double y = -5e-3 + 10e-3 * rnd.nextDouble();
            double z = -5e-3 + 10e-3 * rnd.nextDouble();
            if (Math.hypot(y, z) > 5e-3) {
                continue; // within 2.5 mm of the 2 mm-pitch winding the field has wire-scale structure
            }
            c.fieldPerAmpere(x, y, z, exact);
            map.field(x, y, z, interp);
            for (int a = 0; a < 3; a++) {
                worst = Math.max(worst, Math.abs(exact[a] - interp[a]) / c.sheetFieldOnAxis(0));
            }
        }
        assertTrue(worst < 1e-3, "worst relative interpolation error " + worst);
        assertThrows(InvalidInputException.class, () -> map.field(0, 0, 6e-3, interp));
        // reciprocity: with B0 along z the transverse sensitivity at the centre is the full |B1|
        c.fieldPerAmpere(0, 0, 0, exact);
        assertEquals(Math.abs(exact[0]), map.transverseSensitivity(0, 0, 0, new double[] {0, 0, 1}), 1e-3 * Math.abs(exact[0]));
    }
}
