package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.metalnmr.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ComplexVoigtTest {

    private static final double[] OFFSETS = {-40, -7.5, -2, -0.6, 0, 0.3, 1.1, 3, 12, 90};

    private static double[] at(double x, double gamma, double sigma) {
        double[] out = new double[ComplexVoigt.SIZE];
        ComplexVoigt.evaluate(x, gamma, sigma, out);
        return out;
    }

    /**
     * Against the Voigt record (same Faddeeva function, its own derivative formulas) where both take the Faddeeva
     * route (|z| &lt; 14.1; beyond, the record's sigma derivative suffers the cancellation that the expansion avoids).
     */
    @Test
    void matchesTheVoigtLineshapeAndItsDerivatives() {
        double[] d = new double[6];
        int compared = 0;
        for (double[] gs : new double[][] {{1.0, 0.5}, {0.3, 1.2}, {2.0, 0.1}, {0.0, 0.8}}) {
            Voigt v = new Voigt(gs[1], gs[0]);
            for (double x : OFFSETS) {
                if (gs[1] <= ComplexVoigt.SERIES_BELOW * Math.hypot(gs[0], x)) {
                    continue;
                }
                compared++;
                double[] c = at(x, gs[0], gs[1]);
                v.derivatives(x, d);
                double scale = v.absorption(0);
                assertEquals(v.absorption(x), c[0], 1e-13 * scale);
                assertEquals(v.dispersion(x), c[1], 1e-13 * scale);
                assertEquals(d[0], c[2], 1e-12 * scale, "dA/dx");
                assertEquals(d[1], c[3], 1e-12 * scale, "dD/dx");
                assertEquals(d[2], c[6], 1e-12 * scale, "dA/dsigma");
                assertEquals(d[3], c[7], 1e-12 * scale, "dD/dsigma");
                assertEquals(d[4], c[4], 1e-12 * scale, "dA/dGamma");
                assertEquals(d[5], c[5], 1e-12 * scale, "dD/dGamma");
            }
        }
        assertTrue(compared >= 20, "points on the Faddeeva route: " + compared);
    }

    /** sigma = 0 is the Lorentzian, with a vanishing sigma derivative (V is even in sigma). */
    @Test
    void zeroSigmaIsTheLorentzian() {
        double[] d = new double[4];
        Lorentzian l = new Lorentzian(1.3);
        for (double x : OFFSETS) {
            double[] c = at(x, 1.3, 0);
            l.derivatives(x, d);
            assertEquals(l.absorption(x), c[0], 1e-15);
            assertEquals(l.dispersion(x), c[1], 1e-15);
            assertEquals(d[0], c[2], 1e-15);
            assertEquals(d[1], c[3], 1e-15);
            assertEquals(d[2], c[4], 1e-15);
            assertEquals(d[3], c[5], 1e-15);
            assertEquals(0, c[6], 0.0);
            assertEquals(0, c[7], 0.0);
        }
    }

    /**
     * The moment expansion and the Faddeeva route agree on both sides of the switch sigma = 0.05 |Gamma + i x|
     * (|z| = 14.1): values to 1e-12 of the peak, x and Gamma derivatives to 1e-11 of peak / Gamma, the sigma derivative
     * to 1e-6 of its size (the expansion's error is below 5e-13 relative there; the Faddeeva route's 5e-13 times the
     * cancellation of w'').
     */
    @Test
    void expansionAndFaddeevaRouteAgreeAtTheSwitch() {
        double worst = 0;
        for (double gamma : new double[] {0.05, 2.0}) {
            double peak = 1 / (Math.PI * gamma);
            for (double x : OFFSETS) {
                double sigma = ComplexVoigt.SERIES_BELOW * Math.sqrt(gamma * gamma + x * x);
                double[] s = at(x, gamma, sigma);
                double[] f = at(x, gamma, Math.nextUp(sigma));
                double vPeak = at(0, gamma, sigma)[0];
                for (int i = 0; i < 6; i++) {
                    // derivatives scale as peak / Gamma; w' = -2zw + 2i/sqrt(pi) cancels about |z|^2 = 200
                    double scale = Math.max(peak, vPeak) * (i < 2 ? 1 : 1 / gamma);
                    assertEquals(s[i], f[i], (i < 2 ? 1e-12 : 1e-11) * scale, "entry " + i + " at x " + x);
                }
                for (int i = 6; i < ComplexVoigt.SIZE; i += 2) {
                    double ds = Math.hypot(s[i], s[i + 1]);
                    worst = Math.max(worst, Math.hypot(s[i] - f[i], s[i + 1] - f[i + 1]) / ds);
                    assertEquals(s[i], f[i], 1e-6 * ds, "entry " + i + " at x " + x + " Gamma " + gamma);
                    assertEquals(s[i + 1], f[i + 1], 1e-6 * ds, "entry " + (i + 1) + " at x " + x + " Gamma " + gamma);
                }
            }
        }
        System.out.println("complex Voigt: sigma and variance derivatives, expansion vs Faddeeva at the switch, worst relative " + worst);
    }

    /**
     * The variance derivative: the chain rule dV/d(sigma^2) = (dV/dsigma) / (2 sigma) for sigma &gt; 0 on both routes, and at
     * sigma = 0 the closed form L''/2 = -1/(pi u^3), checked against a one-sided difference in the variance (error h V''''/8).
     */
    @Test
    void varianceDerivativeIsHalfTheSecondOffsetDerivative() {
        for (double[] gs : new double[][] {{1.0, 0.7}, {1.5, 1e-3}, {0.4, 2.5}}) {
            for (double x : OFFSETS) {
                double[] c = at(x, gs[0], gs[1]);
                double scale = Math.hypot(c[6], c[7]) / (2 * gs[1]);
                assertEquals(c[6] / (2 * gs[1]), c[8], 1e-10 * scale + 1e-300, "re at x " + x);
                assertEquals(c[7] / (2 * gs[1]), c[9], 1e-10 * scale + 1e-300, "im at x " + x);
            }
        }
        double g = 1.2;
        double h = 1e-7;
        for (double x : OFFSETS) {
            double[] c = at(x, g, 0);
            double d = g * g + x * x;
            // 1/u^3 = (Gamma - i x)^3 / d^3
            double re3 = (g * g * g - 3 * g * x * x) / (d * d * d);
            double im3 = (x * x * x - 3 * g * g * x) / (d * d * d);
            double peak = 1 / (Math.PI * g * g * g);
            assertEquals(-re3 / Math.PI, c[8], 1e-14 * peak);
            assertEquals(-im3 / Math.PI, c[9], 1e-14 * peak);
            double[] up = at(x, g, Math.sqrt(h));
            assertEquals((up[0] - c[0]) / h, c[8], 1e-6 * peak, "difference re at x " + x);
            assertEquals((up[1] - c[1]) / h, c[9], 1e-6 * peak, "difference im at x " + x);
        }
    }

    /** Every derivative against central differences of the value (both routes). */
    @Test
    void derivativesMatchCentralDifferences() {
        double h = 1e-5;
        for (double[] gs : new double[][] {{1.0, 0.7}, {1.5, 1e-4}, {0.4, 2.5}}) {
            double g = gs[0];
            double s = gs[1];
            for (double x : OFFSETS) {
                double[] c = at(x, g, s);
                double[][] diff = {
                    sub(at(x + h, g, s), at(x - h, g, s), h),
                    sub(at(x, g + h, s), at(x, g - h, s), h),
                    sub(at(x, g, s + h), at(x, g, Math.max(0, s - h)), s >= h ? h : (s + h) / 2)};
                double peak = at(0, g, s)[0];
                for (int p = 0; p < 3; p++) {
                    // truncation h^2 V''' / 6 ~ 1e-10 of the peak for widths >= 0.4; round-off 1e-16 / 1e-5
                    assertEquals(diff[p][0], c[2 + 2 * p], 1e-8 * peak, "re, parameter " + p + " x " + x);
                    assertEquals(diff[p][1], c[3 + 2 * p], 1e-8 * peak, "im, parameter " + p + " x " + x);
                }
            }
        }
    }

    /** The value-only entry point gives the same numbers as the full evaluation on every route. */
    @Test
    void valueAloneEqualsTheFullEvaluation() {
        double[] v = new double[2];
        for (double[] gs : new double[][] {{1.0, 0.0}, {1.0, 0.03}, {1.0, 0.7}, {0.0, 0.8}}) {
            for (double x : OFFSETS) {
                double[] c = at(x, gs[0], gs[1]);
                ComplexVoigt.value(x, gs[0], gs[1], v);
                assertEquals(c[0], v[0], 1e-15 * Math.abs(c[0]) + 1e-300);
                assertEquals(c[1], v[1], 1e-15 * Math.abs(c[1]) + 1e-300);
            }
        }
        assertThrows(InvalidInputException.class, () -> ComplexVoigt.value(0, 0, 0, v));
    }

    private static double[] sub(double[] up, double[] dn, double h) {
        return new double[] {(up[0] - dn[0]) / (2 * h), (up[1] - dn[1]) / (2 * h)};
    }

    /** The absorption has unit area for any split of the width (trapezoid on a wide axis; Lorentzian tails outside). */
    @Test
    void absorptionHasUnitArea() {
        for (double[] gs : new double[][] {{1.0, 0.0}, {1.0, 1.0}, {0.2, 2.0}}) {
            double sum = 0;
            double step = 0.01;
            double half = 2000;
            for (int i = 0; i <= 2 * half / step; i++) {
                double x = -half + i * step;
                double w = i == 0 || i == 2 * half / step ? 0.5 : 1;
                sum += w * step * at(x, gs[0], gs[1])[0];
            }
            // the Lorentzian tails beyond +-X hold 2 Gamma / (pi X)
            assertEquals(1 - 2 * gs[0] / (Math.PI * half), sum, 1e-6, "Gamma " + gs[0] + " sigma " + gs[1]);
        }
    }

    @Test
    void refusesNegativeOrZeroWidths() {
        double[] out = new double[ComplexVoigt.SIZE];
        assertThrows(InvalidInputException.class, () -> ComplexVoigt.evaluate(0, 0, 0, out));
        assertThrows(InvalidInputException.class, () -> ComplexVoigt.evaluate(0, -1, 1, out));
        assertThrows(InvalidInputException.class, () -> ComplexVoigt.evaluate(0, 1, -1, out));
        assertThrows(InvalidInputException.class, () -> ComplexVoigt.evaluate(Double.NaN, 1, 1, out));
    }
}
