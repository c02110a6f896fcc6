package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class SlabPenetrationTest extends PenetrationProfileContract {

    @Override
    PenetrationProfile create(double size, double skinDepth) {
        return new SlabPenetration(size, skinDepth);
    }

    @Override
    double[] interiorPoint(PenetrationProfile p, double fraction) {
        return new double[] {0, 0, fraction * p.size() / 2};
    }

    @Override
    double[] exteriorPoint(PenetrationProfile p) {
        return new double[] {0, 0, 0.51 * p.size()};
    }

    /** h'' = kappa^2 h from the mid-plane (h = 1, h' = 0), normalised to 1 at the faces, within 1e-6. */
    @Test
    void profileSolvesItsOde() {
        double d = 1e-5;
        for (double ratio : new double[] {0.5, 3, 20}) {
            SlabPenetration p = new SlabPenetration(ratio * d, d);
            ComplexOde ode = new ComplexOde(new ComplexOde.Coefficients() {
                public Complex p(double r) {
                    return Complex.ZERO;
                }

                public Complex q(double r) {
                    return ComplexOde.kappaSquared(d);
                }
            });
            double half = p.thickness() / 2;
            Complex norm = ode.propagate(0, Complex.ONE, Complex.ZERO, half)[0];
            for (double f : new double[] {0, 0.25, 0.5, 0.9, 1}) {
                Complex expected = ode.propagate(0, Complex.ONE, Complex.ZERO, f * half)[0].divide(norm);
                Complex actual = p.field(0, 0, -f * half).x();
                assertTrue(actual.subtract(expected).norm() < 1e-6 * Math.max(expected.norm(), 1e-3),
                        "t/d " + ratio + " at " + f + ": " + actual + " vs " + expected);
            }
        }
    }

    /** The done-when value: a 0.5 mm Li slab at 7Li/500 MHz (d = 11.0 um): |S|/V = d/(sqrt2 t), phase -45. */
    @Test
    void thickSlabVisibleFractionIsSkinLayer() {
        double d = 1.0996e-5;
        double t = 5e-4;
        SlabPenetration p = new SlabPenetration(t, d);
        assertEquals(d / (Math.sqrt(2) * t), p.signalPerVolume().norm(), 1e-15);
        assertEquals(-45.0, Math.toDegrees(p.signalPerVolume().getArgument()), 1e-9);
    }

    /** Thin slab: S/V = 1 - (i/3)(t/d)^2 to second order. */
    @Test
    void thinSlabSecondOrder() {
        SlabPenetration p = new SlabPenetration(1e-7, 1e-5);
        Complex s = p.signalPerVolume();
        assertEquals(-1e-4 / 3, s.getImaginary(), 1e-10);
        assertEquals(1.0, s.getReal(), 1e-7);
    }
}
