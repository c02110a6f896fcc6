package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class SpherePenetrationTest extends PenetrationProfileContract {

    @Override
    PenetrationProfile create(double size, double skinDepth) {
        return new SpherePenetration(size, skinDepth);
    }

    @Override
    double[] interiorPoint(PenetrationProfile p, double fraction) {
        double r = fraction * p.size() / 2;
        return new double[] {0.48 * r, 0.64 * r, 0.6 * r};
    }

    @Override
    double[] exteriorPoint(PenetrationProfile p) {
        return new double[] {0.3 * p.size(), 0.3 * p.size(), 0.3 * p.size()};
    }

    /**
     * Independent derivation from Maxwell's equations: E = e(r) sin(theta) phi_hat, g = r e obeys
     * g'' = (kappa^2 + 2/r^2) g (regular: g = r^2 (1 + kappa^2 r^2/10)); H_r = A cos(theta), H_theta = B sin(theta)
     * with A = 2g/r^2, B = -g'/r; the exterior uniform-plus-dipole field requires A(a) - 2B(a) = 3. Within 1e-6.
     */
    @Test
    void profileSolvesItsOde() {
        double d = 1e-5;
        Complex k2 = ComplexOde.kappaSquared(d);
        ComplexOde ode = new ComplexOde(new ComplexOde.Coefficients() {
            public Complex p(double r) {
                return Complex.ZERO;
            }

            public Complex q(double r) {
                return k2.add(2 / (r * r));
            }
        });
        double theta = 0.7;
        double phi = 0.4;
        for (double ratio : new double[] {0.5, 3, 20}) {
            double a = ratio * d / 2;
            SpherePenetration p = new SpherePenetration(2 * a, d);
            double r0 = 1e-4 * a;
            Complex y0 = k2.multiply(r0 * r0 / 10).add(1).multiply(r0 * r0);
            Complex yp0 = k2.multiply(4 * r0 * r0 * r0 / 10).add(2 * r0);
            Complex[] end = ode.propagate(r0, y0, yp0, a);
            Complex aA = end[0].multiply(2 / (a * a));
            Complex bA = end[1].divide(-a);
            Complex norm = aA.subtract(bA.multiply(2)).divide(3);
            for (double f : new double[] {0.02, 0.4, 0.8, 1}) {
                double r = f * a;
                Complex[] s = ode.propagate(r0, y0, yp0, r);
                Complex hr = s[0].multiply(2 / (r * r)).divide(norm).multiply(Math.cos(theta));
                Complex ht = s[1].divide(-r).divide(norm).multiply(Math.sin(theta));
                double st = Math.sin(theta);
                double ct = Math.cos(theta);
                ComplexVector3 h = p.field(r * st * Math.cos(phi), r * st * Math.sin(phi), r * ct);
                Complex ar = h.x().multiply(st * Math.cos(phi)).add(h.y().multiply(st * Math.sin(phi))).add(h.z().multiply(ct));
                Complex at = h.x().multiply(ct * Math.cos(phi)).add(h.y().multiply(ct * Math.sin(phi))).subtract(h.z().multiply(st));
                double scale = Math.max(Math.sqrt(hr.norm() * hr.norm() + ht.norm() * ht.norm()), 1e-3);
                assertTrue(ar.subtract(hr).norm() < 1e-6 * scale, "h_r D/d " + ratio + " f " + f + ": " + ar + " vs " + hr);
                assertTrue(at.subtract(ht).norm() < 1e-6 * scale, "h_theta D/d " + ratio + " f " + f + ": " + at + " vs " + ht);
            }
        }
    }

    /** Thick: the screened sphere's tangential surface field is (3/2) H0 at the equator. */
    @Test
    void thickEquatorFieldIsThreeHalves() {
        SpherePenetration p = new SpherePenetration(1e-2, 1e-6);
        assertEquals(1.5, p.field(0.5e-2, 0, 0).z().norm(), 1e-3);
    }
}
