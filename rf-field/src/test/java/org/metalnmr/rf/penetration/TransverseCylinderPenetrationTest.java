package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class TransverseCylinderPenetrationTest extends PenetrationProfileContract {

    @Override
    PenetrationProfile create(double size, double skinDepth) {
        return new TransverseCylinderPenetration(size, skinDepth);
    }

    @Override
    double[] interiorPoint(PenetrationProfile p, double fraction) {
        double r = fraction * p.size() / 2;
        return new double[] {0.6 * r, 0.8 * r, 0.1 * p.size()};
    }

    @Override
    double[] exteriorPoint(PenetrationProfile p) {
        return new double[] {0, 0.51 * p.size(), 0};
    }

    /**
     * The vector potential A_z = A(r) sin(phi): A'' + A'/r - A/r^2 = kappa^2 A from near the axis
     * (A = r(1 + kappa^2 r^2/8)), normalised by the exterior matching A(a)/a + A'(a) = 2; then
     * h_r = A/r cos(phi), h_phi = -A' sin(phi). Within 1e-6.
     */
    @Test
    void profileSolvesItsOde() {
        double d = 1e-5;
        Complex k2 = ComplexOde.kappaSquared(d);
        ComplexOde ode = new ComplexOde(new ComplexOde.Coefficients() {
            public Complex p(double r) {
                return Complex.valueOf(-1 / r);
            }

            public Complex q(double r) {
                return k2.add(1 / (r * r));
            }
        });
        double phi = 0.3;
        for (double ratio : new double[] {0.5, 3, 20}) {
            double a = ratio * d / 2;
            TransverseCylinderPenetration p = new TransverseCylinderPenetration(2 * a, d);
            double r0 = 1e-4 * a;
            Complex y0 = k2.multiply(r0 * r0 / 8).add(1).multiply(r0);
            Complex yp0 = k2.multiply(3 * r0 * r0 / 8).add(1);
            Complex[] end = ode.propagate(r0, y0, yp0, a);
            Complex norm = end[0].divide(a).add(end[1]).divide(2);
            for (double f : new double[] {0.02, 0.4, 0.8, 1}) {
                double r = f * a;
                Complex[] s = ode.propagate(r0, y0, yp0, r);
                Complex hr = s[0].divide(r).divide(norm).multiply(Math.cos(phi));
                Complex hphi = s[1].divide(norm).multiply(-Math.sin(phi));
                ComplexVector3 h = p.field(r * Math.cos(phi), r * Math.sin(phi), 0);
                Complex ar = h.x().multiply(Math.cos(phi)).add(h.y().multiply(Math.sin(phi)));
                Complex aphi = h.x().multiply(-Math.sin(phi)).add(h.y().multiply(Math.cos(phi)));
                double scale = Math.max(Math.sqrt(hr.norm() * hr.norm() + hphi.norm() * hphi.norm()), 1e-3);
                assertTrue(ar.subtract(hr).norm() < 1e-6 * scale, "h_r D/d " + ratio + " f " + f + ": " + ar + " vs " + hr);
                assertTrue(aphi.subtract(hphi).norm() < 1e-6 * scale, "h_phi D/d " + ratio + " f " + f);
            }
        }
    }

    /** Thick: the tangential surface field of the screened cylinder is 2 H0 sin(phi) (with the skin lag). */
    @Test
    void thickSurfaceFieldIsTwiceAppliedAtTheFlanks() {
        TransverseCylinderPenetration p = new TransverseCylinderPenetration(1e-2, 1e-6);
        ComplexVector3 h = p.field(0, 0.5e-2, 0); // phi = 90 degrees, the flank: h_phi = -h_x
        assertEquals(2.0, h.x().norm(), 1e-3);
    }
}
