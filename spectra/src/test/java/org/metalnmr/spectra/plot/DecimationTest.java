package org.metalnmr.spectra.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DecimationTest {

    /**
     * For random noisy series (monotonic and not, with line breaks), the kept points have in every pixel column
     * exactly the minimum and maximum of all points there, the first and last point of every run, and at most four
     * points per run.
     */
    @Test
    void keepsTheExactMinimumAndMaximumOfEveryColumn() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1000 + rnd.nextInt(50_000);
            int columns = 50 + rnd.nextInt(1500);
            boolean monotonic = trial % 4 != 0;
            double[] col = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = monotonic ? (double) i * columns / n : rnd.nextDouble() * columns;
                y[i] = Math.sin(i * 0.01) + rnd.nextGaussian() * 0.3;
                if (rnd.nextInt(5000) == 0) {
                    y[i] = Double.NaN;
                }
            }
            int[] keep = Decimation.keep(col, y);
            for (int k = 1; k < keep.length; k++) {
                assertTrue(keep[k] > keep[k - 1], "ascending");
            }
            double[] allMin = fill(columns + 1, Double.POSITIVE_INFINITY);
            double[] allMax = fill(columns + 1, Double.NEGATIVE_INFINITY);
            double[] keptMin = fill(columns + 1, Double.POSITIVE_INFINITY);
            double[] keptMax = fill(columns + 1, Double.NEGATIVE_INFINITY);
            int nan = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(y[i])) {
                    nan++;
                    continue;
                }
                int c = (int) Math.floor(col[i]);
                allMin[c] = Math.min(allMin[c], y[i]);
                allMax[c] = Math.max(allMax[c], y[i]);
            }
            int keptNan = 0;
            for (int i : keep) {
                if (Double.isNaN(y[i])) {
                    keptNan++;
                    continue;
                }
                int c = (int) Math.floor(col[i]);
                keptMin[c] = Math.min(keptMin[c], y[i]);
                keptMax[c] = Math.max(keptMax[c], y[i]);
            }
            assertArrayEquals(allMin, keptMin, 0.0);
            assertArrayEquals(allMax, keptMax, 0.0);
            assertEquals(nan, keptNan, "line breaks are kept");
            if (monotonic) {
                assertTrue(keep.length <= 4 * (columns + 1) + 5 * nan, keep.length + " points for " + columns + " columns");
                assertEquals(0, keep[0]);
                assertEquals(n - 1, keep[keep.length - 1]);
            }
        }
    }

    @Test
    void shortRunsAreKeptWhole() {
        double[] col = {0.1, 0.5, 1.2, 2.7};
        double[] y = {3, 1, 2, 5};
        assertArrayEquals(new int[] {0, 1, 2, 3}, Decimation.keep(col, y));
    }

    private static double[] fill(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
