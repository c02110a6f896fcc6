package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The binned packet sum against the exact sum: error bound, convergence order, derivatives, conservation. */
class PacketLinesTest {

    private static double[] axis(double hi, double lo, int m) {
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = hi + (lo - hi) * i / (m - 1); // descending, as spectra are
        }
        return x;
    }

    private static double[][] packets(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] s = new double[n];
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            s[i] = 260 + 12 * r.nextDouble();
            w[i] = r.nextDouble();
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return new double[][] {s, w};
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    @Test
    void binnedMatchesExactWithinTheInterpolationBoundAndConvergesAtSecondOrder() {
        double[] x = axis(300, 230, 701); // step 0.1 ppm
        PacketLines.Axis ax = PacketLines.Axis.of(x);
        assertTrue(ax.uniform());
        double[][] p = packets(200, 7);
        double hwhm = 1.0;
        // sigma = 0: the Lorentzian; sigma = 0.6: a Voigt line, whose |V''| / V(0) is below the Lorentzian's of the same Gamma
        for (double sigma : new double[] {0, 0.6}) {
            double[] er = new double[x.length];
            double[] ei = new double[x.length];
            PacketLines.add(PacketLines.exactKernel(ax, hwhm, sigma), p[0], p[1], null, PacketLines.Kind.VALUE, er, ei);
            double peak = 1 / (Math.PI * hwhm);
            double previous = Double.NaN;
            for (int q : new int[] {1, 2, 4, 8}) {
                double[] br = new double[x.length];
                double[] bi = new double[x.length];
                PacketLines.add(PacketLines.binnedKernel(ax, p[0], hwhm, sigma, false, q), p[0], p[1], null, PacketLines.Kind.VALUE, br, bi);
                double err = Math.max(maxAbsDiff(er, br), maxAbsDiff(ei, bi));
                double delta = 0.1 / q;
                // bound (delta/Gamma)^2 / 4 of the Lorentzian peak of a unit-weight line; the packets' weights sum to 1
                assertTrue(err <= delta * delta / (hwhm * hwhm) / 4 * peak, "sigma " + sigma + " q " + q + " error " + err);
                if (!Double.isNaN(previous)) {
                    double ratio = previous / err;
                    // second order: halving the grid step divides the error by about 4 (a(1-a) varies between packets)
                    assertTrue(ratio > 2.5 && ratio < 6.5, "sigma " + sigma + " q " + q + " ratio " + ratio);
                }
                previous = err;
            }
        }
    }

    @Test
    void shiftWidthAndVarianceDerivativesMatchDifferencesOfTheValue() {
        double[] x = axis(300, 230, 351);
        double[][] p = packets(5, 11);
        double[] rate = {1, 0.5, -0.3, 2, 0};
        double hwhm = 1.7;
        for (double sigma : new double[] {0, 0.9}) {
            for (boolean binned : new boolean[] {false, true}) {
                double[] dr = new double[x.length];
                double[] di = new double[x.length];
                double[] wr = new double[x.length];
                double[] wi = new double[x.length];
                double[] gr = new double[x.length];
                double[] gi = new double[x.length];
                eval(x, p[0], p[1], rate, hwhm, sigma, PacketLines.Kind.SHIFT, binned, dr, di);
                eval(x, p[0], p[1], null, hwhm, sigma, PacketLines.Kind.WIDTH, binned, wr, wi);
                eval(x, p[0], p[1], null, hwhm, sigma, PacketLines.Kind.GAUSS, binned, gr, gi);
                double h = 1e-4;
                double[] su = p[0].clone();
                double[] sd = p[0].clone();
                for (int i = 0; i < su.length; i++) {
                    su[i] += h * rate[i];
                    sd[i] -= h * rate[i];
                }
                double[][] up = value(x, su, p[1], hwhm, sigma, binned);
                double[][] dn = value(x, sd, p[1], hwhm, sigma, binned);
                double[][] hu = value(x, p[0], p[1], hwhm + h, sigma, binned);
                double[][] hd = value(x, p[0], p[1], hwhm - h, sigma, binned);
                // GAUSS is the derivative in the variance sigma^2: central differences in the variance, at sigma = 0 a
                // one-sided one (error h V^(4)/8, about 1e-5 of the peak here: tolerance 1e-4)
                double var = sigma * sigma;
                double[][] gu = value(x, p[0], p[1], hwhm, Math.sqrt(var + h), binned);
                double[][] gd = var > h ? value(x, p[0], p[1], hwhm, Math.sqrt(var - h), binned) : value(x, p[0], p[1], hwhm, sigma, binned);
                double gStep = var > h ? 2 * h : h;
                String where = "sigma " + sigma + ", binned " + binned;
                for (int i = 0; i < x.length; i++) {
                    // central differences: truncation h^2 V''' ~ 1e-8 of the peak, round-off 1e-16 / 1e-4
                    assertEquals((up[0][i] - dn[0][i]) / (2 * h), dr[i], 1e-6, "shift re, " + where);
                    assertEquals((up[1][i] - dn[1][i]) / (2 * h), di[i], 1e-6, "shift im, " + where);
                    assertEquals((hu[0][i] - hd[0][i]) / (2 * h), wr[i], 1e-6, "width re, " + where);
                    assertEquals((hu[1][i] - hd[1][i]) / (2 * h), wi[i], 1e-6, "width im, " + where);
                    assertEquals((gu[0][i] - gd[0][i]) / gStep, gr[i], var > h ? 1e-6 : 1e-4, "variance re, " + where);
                    assertEquals((gu[1][i] - gd[1][i]) / gStep, gi[i], var > h ? 1e-6 : 1e-4, "variance im, " + where);
                }
            }
        }
    }

    private static void eval(double[] x, double[] s, double[] w, double[] rate, double hwhm, double sigma, PacketLines.Kind kind,
                             boolean binned, double[] re, double[] im) {
        PacketLines.Axis ax = PacketLines.Axis.of(x);
        PacketLines.Kernel k = binned ? PacketLines.binnedKernel(ax, s, hwhm, sigma, true, 4) : PacketLines.exactKernel(ax, hwhm, sigma);
        PacketLines.add(k, s, w, rate, kind, re, im);
    }

    private static double[][] value(double[] x, double[] s, double[] w, double hwhm, double sigma, boolean binned) {
        double[] re = new double[x.length];
        double[] im = new double[x.length];
        eval(x, s, w, null, hwhm, sigma, PacketLines.Kind.VALUE, binned, re, im);
        return new double[][] {re, im};
    }

    @Test
    void binnedSumConservesTheIntegral() {
        // a wide axis: the Lorentzian tails beyond +-L hold 2 Gamma / (pi L) of the area
        double[] x = axis(2260, -1740, 40001);
        double[][] p = packets(300, 3);
        double[] re = new double[x.length];
        double[] im = new double[x.length];
        PacketLines.add(PacketLines.Axis.of(x), p[0], p[1], null, 1.0, 0.0, PacketLines.Kind.VALUE, re, im);
        double sum = 0;
        for (double v : re) {
            sum += v * 0.1;
        }
        assertEquals(1 - 2 * 1.0 / (Math.PI * 2000), sum, 2e-5);
    }

    @Test
    void axisWithUnevenPointsIsNotUniformAndUsesTheExactSum() {
        double[] x = axis(300, 230, 101);
        x[50] += 0.01 * (x[1] - x[0]);
        assertFalse(PacketLines.Axis.of(x).uniform());
        double[] x2 = axis(300, 230, 101);
        x2[50] += 1e-4 * (x2[1] - x2[0]);
        assertTrue(PacketLines.Axis.of(x2).uniform(), "rounding below 1e-3 of a step is uniform");
    }
}
