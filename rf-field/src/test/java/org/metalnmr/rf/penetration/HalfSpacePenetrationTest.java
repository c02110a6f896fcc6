package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class HalfSpacePenetrationTest extends PenetrationProfileContract {

    @Override
    PenetrationProfile create(double size, double skinDepth) {
        return new HalfSpacePenetration(size, skinDepth);
    }

    @Override
    double[] interiorPoint(PenetrationProfile p, double fraction) {
        return new double[] {0, 0, (1 - fraction) * p.size()};
    }

    @Override
    int thinLimitOrder() {
        return 1;
    }

    @Override
    double[] exteriorPoint(PenetrationProfile p) {
        return new double[] {0, 0, -0.01 * p.size()};
    }

    /**
     * h'' = kappa^2 h, integrated from depth 30 d towards the surface starting on the decaying mode
     * (the stable direction), normalised at the surface, within 1e-6.
     */
    @Test
    void profileSolvesItsOde() {
        double d = 2e-5;
        HalfSpacePenetration p = new HalfSpacePenetration(1e-3, d);
        Complex kappa = new Complex(1, 1).divide(d);
        ComplexOde ode = new ComplexOde(new ComplexOde.Coefficients() {
            public Complex p(double r) {
                return Complex.ZERO;
            }

            public Complex q(double r) {
                return ComplexOde.kappaSquared(d);
            }
        });
        double deep = 30 * d;
        Complex norm = ode.propagate(deep, Complex.ONE, kappa.negate(), 0)[0];
        for (double z : new double[] {0, 0.3 * d, d, 3 * d, 6 * d}) {
            Complex expected = ode.propagate(deep, Complex.ONE, kappa.negate(), z)[0].divide(norm);
            Complex actual = p.field(0, 0, z).x();
            assertTrue(actual.subtract(expected).norm() < 1e-6 * expected.norm(), z + ": " + actual + " vs " + expected);
        }
    }

    /** Per unit area the thick half-space gives |S| = d/(2 sqrt2) and -45 degrees (Bloembergen 1952). */
    @Test
    void skinLayerPerArea() {
        double d = 1e-5;
        double depth = 1e-2;
        Complex perArea = new HalfSpacePenetration(depth, d).signalPerVolume().multiply(depth);
        assertEquals(d / (2 * Math.sqrt(2)), perArea.norm(), 1e-18);
        assertEquals(-45, Math.toDegrees(perArea.getArgument()), 1e-10);
    }
}
