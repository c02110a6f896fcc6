package org.metalnmr.susceptibility.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchedFftTest {

    /** Each FFT output equals the O(n^2) DFT sum to rounding: 1e-12 relative to the sum of |x|. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 16, 30, 49, 64, 128, 210})
    void matchesDirectDft(int n) {
        int batch = 3;
        Random rnd = new Random(n);
        double[] re = new double[n * batch];
        double[] im = new double[n * batch];
        for (int i = 0; i < re.length; i++) {
            re[i] = rnd.nextGaussian();
            im[i] = rnd.nextGaussian();
        }
        double[] r0 = re.clone();
        double[] i0 = im.clone();
        new BatchedFft(n).transform(re, im, new double[n * batch], new double[n * batch], batch);
        for (int b = 0; b < batch; b++) {
            double scale = 0;
            for (int t = 0; t < n; t++) {
                scale += Math.hypot(r0[t * batch + b], i0[t * batch + b]);
            }
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int t = 0; t < n; t++) {
                    double a = -2 * Math.PI * ((long) k * t % n) / n;
                    sr += r0[t * batch + b] * Math.cos(a) - i0[t * batch + b] * Math.sin(a);
                    si += r0[t * batch + b] * Math.sin(a) + i0[t * batch + b] * Math.cos(a);
                }
                assertEquals(sr, re[k * batch + b], 1e-12 * scale, "re k=" + k);
                assertEquals(si, im[k * batch + b], 1e-12 * scale, "im k=" + k);
            }
        }
    }

    /** Swapping real and imaginary arrays gives n times the inverse: a round trip returns the input. */
    @ParameterizedTest
    @ValueSource(ints = {8, 15, 100})
    void swapGivesInverse(int n) {
        Random rnd = new Random(7);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = rnd.nextDouble();
            im[i] = rnd.nextDouble();
        }
        double[] r0 = re.clone();
        double[] i0 = im.clone();
        BatchedFft f = new BatchedFft(n);
        f.transform(re, im, new double[n], new double[n], 1);
        f.transform(im, re, new double[n], new double[n], 1);
        for (int i = 0; i < n; i++) {
            assertEquals(r0[i], re[i] / n, 1e-13);
            assertEquals(i0[i], im[i] / n, 1e-13);
        }
    }

    /**
     * The input-pruned transform (elements from {@code support} on known to be zero) equals the full one
     * to 1e-13 of the sum of |x| (the pruned butterfly only drops additions of exact zeros, so the
     * difference is rounding at most), for supports below, at and above half the length.
     */
    @ParameterizedTest
    @ValueSource(ints = {4, 8, 12, 16, 20, 64, 128, 256, 6})
    void prunedInputEqualsFull(int n) {
        int batch = 5;
        for (int support : new int[] {1, n / 4, n / 2, n / 2 + 1, n}) {
            if (support < 1) {
                continue;
            }
            Random rnd = new Random(n * 17L + support);
            double[] re = new double[n * batch];
            double[] im = new double[n * batch];
            double scale = 0;
            for (int t = 0; t < support; t++) {
                for (int b = 0; b < batch; b++) {
                    re[t * batch + b] = rnd.nextGaussian();
                    im[t * batch + b] = rnd.nextGaussian();
                    scale += Math.abs(re[t * batch + b]) + Math.abs(im[t * batch + b]);
                }
            }
            double[] fr = re.clone();
            double[] fi = im.clone();
            BatchedFft f = new BatchedFft(n);
            f.transform(fr, fi, new double[n * batch], new double[n * batch], batch);
            f.transform(re, im, new double[n * batch], new double[n * batch], batch, support);
            for (int i = 0; i < re.length; i++) {
                assertEquals(fr[i], re[i], 1e-13 * scale, "n=" + n + " support=" + support + " re at " + i);
                assertEquals(fi[i], im[i], 1e-13 * scale, "n=" + n + " support=" + support + " im at " + i);
            }
        }
    }
}
