package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/** Contract on the default (perfect-conductor backing); the other backings are tested below. */
class BackedSlabPenetrationTest extends PenetrationProfileContract {

    @Override
    PenetrationProfile create(double size, double skinDepth) {
        return BackedSlabPenetration.onPerfectConductor(size, skinDepth);
    }

    @Override
    double[] interiorPoint(PenetrationProfile p, double fraction) {
        return new double[] {0, 0, (1 - fraction) * p.size()};
    }

    @Override
    double[] exteriorPoint(PenetrationProfile p) {
        return new double[] {0, 0, 1.01 * p.size()};
    }

    /**
     * h'' = kappa^2 h integrated from the back face with the impedance condition dh/dz = -kappa eta h
     * (eta = 0, 0.43, 2) or h = 0 (eta infinite), normalised at the driven face, within 1e-6.
     */
    @Test
    void profileSolvesItsOdeForEveryBacking() {
        double d = 1e-5;
        Complex kappa = new Complex(1, 1).divide(d);
        ComplexOde ode = new ComplexOde(new ComplexOde.Coefficients() {
            public Complex p(double r) {
                return Complex.ZERO;
            }

            public Complex q(double r) {
                return ComplexOde.kappaSquared(d);
            }
        });
        for (double eta : new double[] {0, 0.43, 2, Double.POSITIVE_INFINITY}) {
            for (double ratio : new double[] {0.5, 4, 15}) {
                double t = ratio * d;
                BackedSlabPenetration p = new BackedSlabPenetration(t, d, eta);
                Complex y0 = Double.isInfinite(eta) ? Complex.ZERO : Complex.ONE;
                Complex yp0 = Double.isInfinite(eta) ? Complex.ONE : kappa.multiply(-eta);
                Complex norm = ode.propagate(t, y0, yp0, 0)[0];
                for (double f : new double[] {0, 0.3, 0.8, 1}) {
                    Complex expected = ode.propagate(t, y0, yp0, f * t)[0].divide(norm);
                    Complex actual = p.field(0, 0, f * t).x();
                    assertTrue(actual.subtract(expected).norm() < 1e-6 * Math.max(expected.norm(), 1e-3),
                            "eta " + eta + " t/d " + ratio + " at " + f + ": " + actual + " vs " + expected);
                }
                Complex quad = p.volumeAverage((hh, n2) -> hh);
                assertTrue(quad.subtract(p.signalPerVolume()).norm() < 1e-11 * quad.norm(), "eta " + eta);
            }
        }
    }

    /** On a perfect conductor the layer is one half of the symmetric slab of twice its thickness. */
    @Test
    void perfectConductorBackingIsHalfOfDoubleSlab() {
        for (double ratio : new double[] {0.1, 1, 7}) {
            Complex a = BackedSlabPenetration.onPerfectConductor(ratio * 1e-5, 1e-5).signalPerVolume();
            Complex b = new SlabPenetration(2 * ratio * 1e-5, 1e-5).signalPerVolume();
            assertTrue(a.subtract(b).norm() < 1e-14);
        }
    }

    /** A thin layer in front of a field-free insulator carries the full screening current: h = 1 - z/t, S/V = 1/3. */
    @Test
    void fieldFreeBackingThinLimitIsLinear() {
        BackedSlabPenetration p = BackedSlabPenetration.onFieldFreeInsulator(1e-9, 1e-5);
        assertEquals(1.0 / 3, p.signalPerVolume().getReal(), 1e-8);
        assertEquals(0.75, p.field(0, 0, 0.25e-9).x().getReal(), 1e-8);
    }

    /** Li on Cu: eta = sqrt(rho_Cu / rho_Li) = sqrt(1.68/9.28). */
    @Test
    void conductorBackingRatio() {
        BackedSlabPenetration p = BackedSlabPenetration.onConductor(1e-5, 1e-5, 9.28e-8, 1, 1.68e-8, 1);
        assertEquals(Math.sqrt(1.68 / 9.28), p.backingImpedanceRatio(), 1e-15);
    }
}
