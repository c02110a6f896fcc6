package org.metalnmr.rf.bessel;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class SphericalBesselJTest {

    @Test
    void matchesMpmath() {
        double worstRay = 0;
        double worstGeneral = 0;
        for (ReferenceValues r : ReferenceValues.load("/bessel/spherical-j.csv")) {
            Complex c = SphericalBesselJ.scaled(r.n(), r.z());
            if (r.kind().equals("ray")) {
                worstRay = Math.max(worstRay, r.relativeError(c));
            } else if (Math.abs(r.z().getImaginary()) < 0.5 && r.z().norm() > 1) {
                // near the real zeros: absolute error against the envelope 1/|z|
                worstGeneral = Math.max(worstGeneral, c.subtract(r.value()).norm() * r.z().norm());
            } else {
                worstGeneral = Math.max(worstGeneral, r.relativeError(c));
            }
        }
        assertTrue(worstRay < 1e-12, "Kelvin rays " + worstRay);
        assertTrue(worstGeneral < 1e-10, "general " + worstGeneral);
    }

    /** Series and elementary forms agree around the cross-over |z| = 2, all directions. */
    @Test
    void seriesAndElementaryFormsAgreeAtCrossOver() {
        double worst = 0;
        for (double r = 1.5; r <= 3; r += 0.25) {
            for (int a = 0; a < 16; a++) {
                Complex z = Complex.valueOf(r * Math.cos(a * Math.PI / 8 + 0.05), r * Math.sin(a * Math.PI / 8 + 0.05));
                for (int n = 0; n <= 3; n++) {
                    Complex s = SphericalBesselJ.series(n, z);
                    worst = Math.max(worst, s.subtract(SphericalBesselJ.elementary(n, z)).norm() / s.norm());
                }
            }
        }
        assertTrue(worst < 1e-12, "series vs elementary " + worst);
    }

    @Test
    void refusesBadInput() {
        assertThrows(InvalidInputException.class, () -> SphericalBesselJ.scaled(4, Complex.ONE));
        assertThrows(InvalidInputException.class, () -> SphericalBesselJ.scaled(-1, Complex.ZERO));
    }
}
