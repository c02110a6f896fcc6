package org.metalnmr.toolkit.morphology;

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
        double[] er = new double[x.length];
        double[] ei = new double[x.length];
        PacketLines.exact(x, p[0], p[1], null, hwhm, PacketLines.Kind.VALUE, er, ei);
        double peak = 1 / (Math.PI * hwhm);
        double previous = Double.NaN;
        for (int q : new int[] {1, 2, 4, 8}) {
            double[] br = new double[x.length];
            double[] bi = new double[x.length];
            PacketLines.binned(ax, p[0], p[1], null, hwhm, PacketLines.Kind.VALUE, q, br, bi);
            double err = Math.max(maxAbsDiff(er, br), maxAbsDiff(ei, bi));
            double delta = 0.1 / q;
            // bound (delta/Gamma)^2 / 4 of the peak of a unit-weight line; the packets' weights sum to 1
            assertTrue(err <= delta * delta / (hwhm * hwhm) / 4 * peak, "q " + q + " error " + err);
            if (!Double.isNaN(previous)) {
                double ratio = previous / err;
                // second order: halving the grid step divides the error by about 4 (a(1-a) varies between packets)
                assertTrue(ratio > 2.5 && ratio < 6.5, "q " + q + " ratio " + ratio);
            }
            previous = err;
        }
    }

    @Test
    void shiftAndWidthDerivativesMatchDifferencesOfTheValue() {
        double[] x = axis(300, 230, 351);
        double[][] p = packets(5, 11);
        double[] rate = {1, 0.5, -0.3, 2, 0};
        double hwhm = 1.7;
        for (boolean binned : new boolean[] {false, true}) {
            double[] dr = new double[x.length];
            double[] di = new double[x.length];
            double[] wr = new double[x.length];
            double[] wi = new double[x.length];
            eval(x, p[0], p[1], rate, hwhm, PacketLines.Kind.SHIFT, binned, dr, di);
            eval(x, p[0], p[1], null, hwhm, PacketLines.Kind.WIDTH, binned, wr, wi);
            double h = 1e-4;
            double[] su = p[0].clone();
            double[] sd = p[0].clone();
            for (int i = 0; i < su.length; i++) {
                su[i] += h * rate[i];
                sd[i] -= h * rate[i];
            }
            double[][] up = value(x, su, p[1], hwhm, binned);
            double[][] dn = value(x, sd, p[1], hwhm, binned);
            double[][] gu = value(x, p[0], p[1], hwhm + h, binned);
            double[][] gd = value(x, p[0], p[1], hwhm - h, binned);
            for (int i = 0; i < x.length; i++) {
                // central differences: truncation h^2 L''' ~ 1e-8 of the peak, round-off 1e-16 / 1e-4
                assertEquals((up[0][i] - dn[0][i]) / (2 * h), dr[i], 1e-6, "shift re, binned " + binned);
                assertEquals((up[1][i] - dn[1][i]) / (2 * h), di[i], 1e-6, "shift im, binned " + binned);
                assertEquals((gu[0][i] - gd[0][i]) / (2 * h), wr[i], 1e-6, "width re, binned " + binned);
                assertEquals((gu[1][i] - gd[1][i]) / (2 * h), wi[i], 1e-6, "width im, binned " + binned);
            }
        }
    }

    private static void eval(double[] x, double[] s, double[] w, double[] rate, double hwhm, PacketLines.Kind kind, boolean binned,
                             double[] re, double[] im) {
        if (binned) {
            PacketLines.binned(PacketLines.Axis.of(x), s, w, rate, hwhm, kind, 4, re, im);
        } else {
            PacketLines.exact(x, s, w, rate, hwhm, kind, re, im);
        }
    }

    private static double[][] value(double[] x, double[] s, double[] w, double hwhm, boolean binned) {
        double[] re = new double[x.length];
        double[] im = new double[x.length];
        eval(x, s, w, null, hwhm, PacketLines.Kind.VALUE, binned, re, im);
        return new double[][] {re, im};
    }

    @Test
    void binnedSumConservesTheIntegral() {
        // a wide axis: the Lorentzian tails beyond +-L hold 2 Gamma / (pi L) of the area
        double[] x = axis(2260, -1740, 40001);
        double[][] p = packets(300, 3);
        double[] re = new double[x.length];
        double[] im = new double[x.length];
        PacketLines.add(PacketLines.Axis.of(x), p[0], p[1], null, 1.0, PacketLines.Kind.VALUE, re, im);
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
