package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.rf.bessel.KelvinFunctions;

class AxialCylinderPenetrationTest extends PenetrationProfileContract {

    @Override
    PenetrationProfile create(double size, double skinDepth) {
        return new AxialCylinderPenetration(size, skinDepth);
    }

    @Override
    double[] interiorPoint(PenetrationProfile p, double fraction) {
        double r = fraction * p.size() / 2;
        return new double[] {0.6 * r, 0.8 * r, 0.3 * p.size()};
    }

    @Override
    double[] exteriorPoint(PenetrationProfile p) {
        return new double[] {0.51 * p.size(), 0, 0};
    }

    /** h'' + h'/r = kappa^2 h from near the axis (series start), normalised at r = a, within 1e-6. */
    @Test
    void profileSolvesItsOde() {
        double d = 1e-5;
        Complex k2 = ComplexOde.kappaSquared(d);
        ComplexOde ode = new ComplexOde(new ComplexOde.Coefficients() {
            public Complex p(double r) {
                return Complex.valueOf(-1 / r);
            }

            public Complex q(double r) {
                return k2;
            }
        });
        for (double ratio : new double[] {0.5, 3, 20}) {
            double a = ratio * d / 2;
            AxialCylinderPenetration p = new AxialCylinderPenetration(2 * a, d);
            double r0 = 1e-4 * a;
            Complex y0 = k2.multiply(r0 * r0 / 4).add(1);
            Complex yp0 = k2.multiply(r0 / 2);
            Complex norm = ode.propagate(r0, y0, yp0, a)[0];
            for (double f : new double[] {0.01, 0.3, 0.7, 1}) {
                Complex expected = ode.propagate(r0, y0, yp0, f * a)[0].divide(norm);
                Complex actual = p.field(f * a, 0, 0).z();
                assertTrue(actual.subtract(expected).norm() < 1e-6 * Math.max(expected.norm(), 1e-3),
                        "D/d " + ratio + " at " + f + ": " + actual + " vs " + expected);
            }
        }
    }

    /** The profile is the Kelvin-function ratio (ber + i bei)(sqrt2 r/d) / (ber + i bei)(sqrt2 a/d). */
    @Test
    void profileIsKelvinRatio() {
        double d = 1e-5;
        double a = 4e-5;
        AxialCylinderPenetration p = new AxialCylinderPenetration(2 * a, d);
        for (double r : new double[] {0, 1e-5, 3e-5}) {
            Complex expected = KelvinFunctions.berBei(Math.sqrt(2) * r / d).divide(KelvinFunctions.berBei(Math.sqrt(2) * a / d));
            assertTrue(p.field(r, 0, 0).z().subtract(expected).norm() < 1e-13);
        }
    }
}
