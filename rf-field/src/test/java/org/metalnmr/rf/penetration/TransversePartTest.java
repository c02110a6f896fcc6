package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * The signal of the part of the internal RF field transverse to B0 (the only part that nutates and is received):
 * the sphere's closed form (Landau &amp; Lifshitz sect. 59), the transverse cylinder's cross component, the whisker
 * combination of {@link CylinderSignalTable} and the two-sided slab, each against brute-force quadrature of the
 * closed-form fields and against the thin and thick limits derived independently from the surface field.
 */
class TransversePartTest {

    private static final double D = 10e-6;

    /** (1/V) int [h . h - (h . b)^2] dV over a sphere by Gauss-Legendre in r (panels of d/4) and mu, uniform in phi. */
    private static Complex sphereQuadrature(SpherePenetration s, double[] b) {
        double a = s.diameter() / 2;
        int panels = (int) Math.max(8, Math.ceil(a / (s.skinDepth() / 4)));
        GaussIntegratorFactory f = new GaussIntegratorFactory();
        GaussIntegrator mu = f.legendre(20, -1, 1);
        Complex sum = Complex.ZERO;
        for (int p = 0; p < panels; p++) {
            GaussIntegrator rr = f.legendre(8, a * p / panels, a * (p + 1) / panels);
            for (int i = 0; i < rr.getNumberOfPoints(); i++) {
                double r = rr.getPoint(i);
                for (int j = 0; j < mu.getNumberOfPoints(); j++) {
                    double c = mu.getPoint(j);
                    double st = Math.sqrt(1 - c * c);
                    for (int q = 0; q < 16; q++) {
                        double ph = 2 * Math.PI * q / 16;
                        ComplexVector3 h = s.field(r * st * Math.cos(ph), r * st * Math.sin(ph), r * c);
                        Complex hb = h.x().multiply(b[0]).add(h.y().multiply(b[1])).add(h.z().multiply(b[2]));
                        Complex v = h.dot(h).subtract(hb.multiply(hb));
                        sum = sum.add(v.multiply(rr.getWeight(i) * mu.getWeight(j) * r * r * 2 * Math.PI / 16));
                    }
                }
            }
        }
        return sum.divide(4.0 / 3 * Math.PI * a * a * a);
    }

    @Test
    void sphereClosedFormMatchesQuadratureAtEveryAngleAndSize() {
        for (double ratio : new double[] {0.5, 2, 8}) {
            SpherePenetration s = new SpherePenetration(ratio * D, D);
            for (double deg : new double[] {0, 35, 90}) {
                double g = Math.toRadians(deg);
                // body frame: applied field along z; B0 at angle gamma to it in the x-z plane
                Complex q = sphereQuadrature(s, new double[] {Math.sin(g), 0, Math.cos(g)});
                Complex c = s.transverseSignalPerVolume(g);
                assertEquals(0, c.subtract(q).norm() / q.norm(), 1e-6, "D/d " + ratio + ", angle " + deg);
            }
        }
    }

    @Test
    void sphereLimits() {
        // d >> D: uniform internal field, the applied field's transverse part sin^2 gamma
        SpherePenetration thin = new SpherePenetration(0.01 * D, D);
        for (double deg : new double[] {0, 30, 60, 90}) {
            double s = Math.sin(Math.toRadians(deg));
            assertEquals(s * s, thin.transverseSignalPerVolume(Math.toRadians(deg)).getReal(), 1e-6);
        }
        // d << D: the screened sphere's surface field (3/2) H0 x n; its transverse part averaged over the surface is
        // (9/4)(7 sin^2 gamma + 2)/15 against (9/4)(2/3) for all components: ratio (7 sin^2 gamma + 2)/10
        SpherePenetration thick = new SpherePenetration(2000 * D, D);
        Complex all = thick.signalPerVolume();
        assertEquals(0.9, thick.transverseSignalPerVolume(Math.PI / 2).divide(all).getReal(), 2e-3);
        assertEquals(0.2, thick.transverseSignalPerVolume(0).divide(all).getReal(), 2e-3);
        // angle 0: only the induced, non-uniform part is left, which vanishes for a thin sphere
        assertTrue(thin.transverseSignalPerVolume(0).norm() < 1e-8);
    }

    @Test
    void cylinderCrossComponentMatchesQuadratureAndLimits() {
        GaussIntegratorFactory f = new GaussIntegratorFactory();
        for (double ratio : new double[] {0.5, 3, 10}) {
            TransverseCylinderPenetration c = new TransverseCylinderPenetration(ratio * D, D);
            double a = c.diameter() / 2;
            int panels = (int) Math.max(8, Math.ceil(a / (D / 4)));
            Complex yy = Complex.ZERO;
            for (int p = 0; p < panels; p++) {
                GaussIntegrator rr = f.legendre(8, a * p / panels, a * (p + 1) / panels);
                for (int i = 0; i < rr.getNumberOfPoints(); i++) {
                    double r = rr.getPoint(i);
                    for (int q = 0; q < 16; q++) {
                        double ph = 2 * Math.PI * q / 16;
                        Complex hy = c.field(r * Math.cos(ph), r * Math.sin(ph), 0).y();
                        yy = yy.add(hy.multiply(hy).multiply(rr.getWeight(i) * r * 2 * Math.PI / 16));
                    }
                }
            }
            yy = yy.divide(Math.PI * a * a);
            assertEquals(0, c.crossComponentSignalPerVolume().subtract(yy).norm() / yy.norm(), 1e-6, "D/d " + ratio);
        }
        // thin: h = x_hat, no cross component; thick: surface field 2 H0 sin phi phi_hat, <h_y^2>/<|h|^2> = 1/4
        assertTrue(new TransverseCylinderPenetration(0.01 * D, D).crossComponentSignalPerVolume().norm() < 1e-8);
        TransverseCylinderPenetration thick = new TransverseCylinderPenetration(2000 * D, D);
        assertEquals(0.25, thick.crossComponentSignalPerVolume().divide(thick.signalPerVolume()).getReal(), 2e-3);
        assertEquals(1.0, new TransverseCylinderPenetration(0.01 * D, D).transverseSignalPerVolume(Math.PI / 2).getReal(), 1e-6);
    }

    /** The whisker combination against quadrature of the superposed closed-form fields, for a tilted axis and field. */
    @Test
    void whiskerSignalMatchesQuadratureOfTheSuperposedFields() {
        double r = 1.5 * D;
        double[] axis = unit(0.3, -0.4, 0.85);
        double[] h = {0.7, 0.2, 0.5};
        double[] b0 = {0, 0, 1};
        CylinderSignalTable table = CylinderSignalTable.of(new double[] {r}, D);
        // body frame of the closed forms: axis z, transverse applied field along x
        double ha = dot(h, axis);
        double[] t = {h[0] - ha * axis[0], h[1] - ha * axis[1], h[2] - ha * axis[2]};
        double ht = Math.sqrt(dot(t, t));
        t = new double[] {t[0] / ht, t[1] / ht, t[2] / ht};
        double[] u = cross(axis, t);
        AxialCylinderPenetration ax = new AxialCylinderPenetration(2 * r, D);
        TransverseCylinderPenetration tr = new TransverseCylinderPenetration(2 * r, D);
        GaussIntegratorFactory f = new GaussIntegratorFactory();
        GaussIntegrator rr = f.legendre(64, 0, r);
        Complex sum = Complex.ZERO;
        for (int i = 0; i < rr.getNumberOfPoints(); i++) {
            double rad = rr.getPoint(i);
            for (int q = 0; q < 32; q++) {
                double ph = 2 * Math.PI * q / 32;
                double x = rad * Math.cos(ph);
                double y = rad * Math.sin(ph);
                Complex fa = ax.field(x, y, 0).z().multiply(ha);
                ComplexVector3 ft = tr.field(x, y, 0);
                Complex[] v = new Complex[3];
                for (int k = 0; k < 3; k++) {
                    v[k] = fa.multiply(axis[k]).add(ft.x().multiply(ht * t[k])).add(ft.y().multiply(ht * u[k]));
                }
                Complex vb = v[0].multiply(b0[0]).add(v[1].multiply(b0[1])).add(v[2].multiply(b0[2]));
                Complex vv = v[0].multiply(v[0]).add(v[1].multiply(v[1])).add(v[2].multiply(v[2]));
                sum = sum.add(vv.subtract(vb.multiply(vb)).multiply(rr.getWeight(i) * rad * 2 * Math.PI / 32));
            }
        }
        Complex quad = sum.divide(Math.PI * r * r);
        Complex closed = table.transverseToB0(r, h, axis, b0);
        assertEquals(0, closed.subtract(quad).norm() / quad.norm(), 1e-6);
        // thin whisker: the applied field's transverse part |h|^2 - h_z^2
        CylinderSignalTable thin = CylinderSignalTable.of(new double[] {0.001 * D}, D);
        assertEquals(dot(h, h) - h[2] * h[2], thin.transverseToB0(0.001 * D, h, axis, b0).getReal(), 1e-6);
    }

    @Test
    void twoSidedSlabLimitsAndQuadrature() {
        double[] h1 = {1, 0, 0};
        // equal fields on both faces: the symmetric slab, thin or thick
        for (double ratio : new double[] {0.01, 1, 5, 40}) {
            TwoSidedSlab s = new TwoSidedSlab(ratio * D, D);
            Complex sym = new SlabPenetration(ratio * D, D).signalPerVolume();
            assertEquals(0, s.signalPerVolume(h1, h1).subtract(sym).norm() / sym.norm(), 1e-9, "t/d " + ratio);
        }
        // thick, field on one face only: the one-face skin layer 1/(2 kappa t)
        TwoSidedSlab thick = new TwoSidedSlab(200 * D, D);
        Complex skin = new Complex(1, 1).multiply(200).multiply(2).reciprocal();
        assertEquals(0, thick.signalPerVolume(h1, new double[3]).subtract(skin).norm() / skin.norm(), 1e-9);
        // different fields: quadrature of h(z) = [h1 sinh(kappa (t - z)) + h2 sinh(kappa z)]/sinh(kappa t)
        double t = 2.5 * D;
        double[] h2 = {0.3, 0.6, 0};
        Complex kappa = new Complex(1, 1).divide(D);
        GaussIntegrator g = new GaussIntegratorFactory().legendre(64, 0, t);
        Complex sum = Complex.ZERO;
        Complex sh = kappa.multiply(t).sinh();
        for (int i = 0; i < g.getNumberOfPoints(); i++) {
            double z = g.getPoint(i);
            Complex p1 = kappa.multiply(t - z).sinh().divide(sh);
            Complex p2 = kappa.multiply(z).sinh().divide(sh);
            Complex vv = Complex.ZERO;
            for (int k = 0; k < 3; k++) {
                Complex v = p1.multiply(h1[k]).add(p2.multiply(h2[k]));
                vv = vv.add(v.multiply(v));
            }
            sum = sum.add(vv.multiply(g.getWeight(i)));
        }
        Complex quad = sum.divide(t);
        assertEquals(0, new TwoSidedSlab(t, D).signalPerVolume(h1, h2).subtract(quad).norm() / quad.norm(), 1e-9);
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
