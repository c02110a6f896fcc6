package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Lineshape} satisfies; each implementation's test extends this class
 * and supplies instances. Integrals use composite 8-point Gauss-Legendre on a tangent map
 * x = s tan(theta), which makes the Lorentzian tails exactly integrable: the tolerances below
 * are set by the quadrature (1e-10) and by the Dawson table (1e-11), not tuned.
 */
abstract class LineshapeContractTest {

    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    /** @return lineshapes to test (widths of order 1 in arbitrary units) */
    abstract List<Lineshape> lineshapes();

    /**
     * @param params shape parameter values
     * @return the same kind of lineshape with these parameters
     */
    abstract Lineshape withParameters(double[] params);

    static double composite(DoubleUnaryOperator f, double a, double b, int panels) {
        double sum = 0;
        double h = (b - a) / panels;
        for (int i = 0; i < panels; i++) {
            GaussIntegrator g = FACTORY.legendre(8, a + i * h, a + (i + 1) * h);
            sum += g.integrate(f::applyAsDouble);
        }
        return sum;
    }

    @Test
    void absorptionHasUnitArea() {
        for (Lineshape l : lineshapes()) {
            double s = l.fwhm();
            double area = composite(t -> {
                double c = Math.cos(t);
                return l.absorption(s * Math.tan(t)) * s / (c * c);
            }, -Math.PI / 2, Math.PI / 2, 400);
            assertEquals(l.area(), area, 1e-10, l.toString());
            assertEquals(1.0, l.area(), 0.0);
        }
    }

    @Test
    void halfMaximumSitsAtHalfTheFwhm() {
        for (Lineshape l : lineshapes()) {
            double peak = l.absorption(0);
            assertEquals(0.5 * peak, l.absorption(0.5 * l.fwhm()), 1e-10 * peak, l.toString());
            assertEquals(0.5 * peak, l.absorption(-0.5 * l.fwhm()), 1e-10 * peak, l.toString());
            assertTrue(l.absorption(0.49 * l.fwhm()) > 0.5 * peak);
        }
    }

    @Test
    void absorptionIsEvenAndDispersionOdd() {
        for (Lineshape l : lineshapes()) {
            for (double x : new double[] {0.1, 0.7, 2.3, 11.0}) {
                double scale = l.absorption(0);
                assertEquals(l.absorption(x), l.absorption(-x), 1e-14 * scale);
                assertEquals(-l.dispersion(x), l.dispersion(-x), 1e-14 * scale);
            }
            assertEquals(0.0, l.dispersion(0), 0.0);
            assertTrue(l.dispersion(0.5 * l.fwhm()) < 0, "dispersion sign convention: negative for x > 0");
        }
    }

    /**
     * D(x) = -(1/pi) P int A(x')/(x - x') dx'. With x' = s tan(theta) and x = s tan(theta0),
     * 1/(x - x') = cos(theta) cos(theta0) / (s sin(theta0 - theta)); the principal value of
     * 1/sin is taken analytically and the remainder is a smooth integrand over (-pi/2, pi/2).
     */
    @Test
    void dispersionIsTheHilbertTransformOfAbsorption() {
        for (Lineshape l : lineshapes()) {
            double s = l.fwhm();
            for (double x : new double[] {0.13 * s, 0.5 * s, 1.7 * s, 6.0 * s}) {
                double t0 = Math.atan(x / s);
                DoubleUnaryOperator g = t -> {
                    double c = Math.cos(t);
                    return l.absorption(s * Math.tan(t)) * s / (c * c) * c * Math.cos(t0) / s;
                };
                double g0 = g.applyAsDouble(t0);
                double regular = composite(t -> (g.applyAsDouble(t) - g0) / Math.sin(t0 - t), -Math.PI / 2, Math.PI / 2, 401);
                double singular = g0 * (Math.log(Math.abs(Math.tan((t0 + Math.PI / 2) / 2)))
                        - Math.log(Math.abs(Math.tan((t0 - Math.PI / 2) / 2))));
                double hilbert = (regular + singular) / Math.PI;
                assertEquals(-hilbert, l.dispersion(x), 1e-9 * l.absorption(0), l + " at x=" + x);
            }
        }
    }

    /** L(x) = int_0^inf d(t) exp(-i 2 pi x t) dt. */
    @Test
    void lineshapeIsTheTransformOfItsDecay() {
        for (Lineshape l : lineshapes()) {
            // d(t) < 2e-15 beyond tMax for every shape here (slowest: a Lorentzian, exp(-2 pi hwhm t))
            double tMax = 40 / (Math.PI * l.fwhm());
            for (double x : new double[] {0.0, 0.3 * l.fwhm(), 1.9 * l.fwhm()}) {
                double re = composite(t -> l.decay(t) * Math.cos(2 * Math.PI * x * t), 0, tMax, 400);
                double im = composite(t -> -l.decay(t) * Math.sin(2 * Math.PI * x * t), 0, tMax, 400);
                assertEquals(l.absorption(x), re, 1e-10 * l.absorption(0), l + " x=" + x);
                assertEquals(l.dispersion(x), im, 1e-10 * l.absorption(0), l + " x=" + x);
            }
            assertEquals(2.0, l.decay(0), 1e-15);
        }
    }

    /** Analytic derivatives against central differences (step 1e-5 relative: error ~ 1e-10). */
    @Test
    void analyticDerivativesMatchFiniteDifferences() {
        for (Lineshape l : lineshapes()) {
            double[] p = l.parameters();
            int np = p.length;
            double[] out = new double[2 * (1 + np)];
            double scale = l.absorption(0) / l.fwhm();
            for (double x : new double[] {-2.1 * l.fwhm(), -0.3 * l.fwhm(), 0.05 * l.fwhm(), 0.8 * l.fwhm(), 4 * l.fwhm()}) {
                l.derivatives(x, out);
                double h = 1e-5 * l.fwhm();
                assertEquals((l.absorption(x + h) - l.absorption(x - h)) / (2 * h), out[0], 1e-7 * scale, "dA/dx " + l);
                assertEquals((l.dispersion(x + h) - l.dispersion(x - h)) / (2 * h), out[1], 1e-7 * scale, "dD/dx " + l);
                for (int j = 0; j < np; j++) {
                    double hp = 1e-5 * Math.max(Math.abs(p[j]), 1e-3);
                    double[] up = p.clone();
                    double[] up2 = p.clone();
                    double[] dn = p.clone();
                    up[j] += hp;
                    up2[j] += 2 * hp;
                    dn[j] -= hp;
                    Lineshape lu = withParameters(up);
                    boolean oneSided = dn[j] < 0; // a parameter at its lower limit 0: one-sided second-order difference
                    Lineshape ld = oneSided ? withParameters(up2) : withParameters(dn);
                    double pscale = l.absorption(0) / Math.max(Math.abs(p[j]), 1e-3);
                    double fdA = oneSided ? (-3 * l.absorption(x) + 4 * lu.absorption(x) - ld.absorption(x)) / (2 * hp)
                            : (lu.absorption(x) - ld.absorption(x)) / (2 * hp);
                    double fdD = oneSided ? (-3 * l.dispersion(x) + 4 * lu.dispersion(x) - ld.dispersion(x)) / (2 * hp)
                            : (lu.dispersion(x) - ld.dispersion(x)) / (2 * hp);
                    assertEquals(fdA, out[2 + 2 * j], 1e-7 * pscale, "dA/d" + l.parameterNames().get(j) + " " + l + " x=" + x);
                    assertEquals(fdD, out[3 + 2 * j], 1e-7 * pscale, "dD/d" + l.parameterNames().get(j) + " " + l + " x=" + x);
                }
            }
            assertEquals(np, l.parameterNames().size());
        }
    }
}
