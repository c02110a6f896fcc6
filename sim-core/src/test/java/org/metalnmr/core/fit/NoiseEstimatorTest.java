package org.metalnmr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
