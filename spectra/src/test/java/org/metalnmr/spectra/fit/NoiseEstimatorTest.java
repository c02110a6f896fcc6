package org.metalnmr.spectra.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NoiseEstimatorTest {

    /**
     * White noise of sigma 0.3 under two strong lines and a sloping baseline: the automatic
     * estimate ignores lines and slope. 8192 points: the MAD estimate has a relative spread of
     * about 1.1/sqrt(n_pooled) ~ 1.5%; 6% is four of those.
     */
    @Test
    void automaticEstimateIgnoresLinesAndSlope() {
        int n = 8192;
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < n; i++) {
            double x = i - 3000.0;
            double z = i - 5200.0;
            y[i] = 0.3 * r.nextGaussian() + 1e-4 * i + 200 / (1 + x * x / 400) + 80 / (1 + z * z / 900);
        }
        assertEquals(0.3, NoiseEstimator.automatic(y), 0.06 * 0.3);
    }

    /** Noise smoothed over 3 points (correlated neighbours): the estimate still gives the per-point sigma. */
    @Test
    void correlatedNoiseIsMeasuredPerPoint() {
        int n = 8192;
        double[] w = new double[n + 2];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (w[i] + w[i + 1] + w[i + 2]) / 3; // sigma = 1/sqrt(3)
        }
        assertEquals(1 / Math.sqrt(3), NoiseEstimator.automatic(y), 0.06 / Math.sqrt(3));
    }

    @Test
    void regionEstimateRemovesALinearBaseline() {
        int n = 2000;
        double[] ppm = new double[n];
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < n; i++) {
            ppm[i] = 300 - 0.1 * i;
            y[i] = 2.0 * r.nextGaussian() + 5 + 0.3 * ppm[i];
        }
        // 1001 points: relative spread 2.2%
        assertEquals(2.0, NoiseEstimator.fromRegion(ppm, y, 150, 250), 0.1 * 2.0);
    }

    /**
     * The median by selection equals the median of the sorted array exactly, for odd and even
     * lengths either side of the insertion-sort cut-off (16), for data with many ties (the
     * values equal to the pivot), for sorted data (median-of-three pivots), for values of very
     * different magnitude and for data with the largest values at regular positions.
     */
    @Test
    void medianIsExact() {
        SplittableRandom r = new SplittableRandom(5);
        int[] sizes = {1, 2, 3, 16, 17, 18, 255, 256, 2049, 7001, 7002, 20000};
        for (int n : sizes) {
            for (int kind = 0; kind < 5; kind++) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = switch (kind) {
                        case 0 -> r.nextGaussian();
                        case 1 -> Math.floor(4 * r.nextDouble());
                        case 2 -> i;
                        case 3 -> i % 2 == 0 ? 1e-12 * r.nextGaussian() : 1e6 * r.nextGaussian();
                        default -> r.nextDouble();
                    };
                }
                if (kind == 4) {
                    for (int t = 0; t < 512 && n >= 512; t++) {
                        v[(int) ((long) t * n / 512)] = 1e3 + t;
                    }
                }
                double[] sorted = v.clone();
                Arrays.sort(sorted);
                double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
                assertEquals(expected, NoiseEstimator.median(v.clone()), 0.0, "n = " + n + ", kind " + kind);
            }
        }
    }
}
