package org.metalnmr.rf.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/** The skin-layer flip response against its small-flip limit (Bloembergen) and a direct integration. */
class SkinLayerFlipTest {

    @Test
    void smallFlipLimitIsBloembergensMinus45Degrees() {
        double a = 1e-3;
        Complex expected = new Complex(1, 1).multiply(2).reciprocal().multiply(a);
        assertEquals(0, SkinLayerFlip.k(a).subtract(expected).norm() / expected.norm(), 1e-5);
        assertEquals(45.0, SkinLayerFlip.phaseLagDeg(1e-3), 1e-3);
    }

    @Test
    void matchesDirectIntegrationAtNinetyDegrees() {
        double a = Math.PI / 2;
        // K(a) = int_0^inf sin(a e^-u) e^-u e^-2iu du, midpoint rule on [0, 40] with 400000 steps
        int n = 400_000;
        double h = 40.0 / n;
        double re = 0;
        double im = 0;
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) * h;
            double f = Math.sin(a * Math.exp(-u)) * Math.exp(-u);
            re += f * Math.cos(2 * u) * h;
            im -= f * Math.sin(2 * u) * h;
        }
        Complex k = SkinLayerFlip.k(a);
        assertEquals(re, k.getReal(), 1e-5 * Math.hypot(re, im));
        assertEquals(im, k.getImaginary(), 1e-5 * Math.hypot(re, im));
    }
}
