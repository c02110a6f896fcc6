package org.metalnmr.spectra.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/** A polynomial added to a spectrum of lines and noise is removed to well below the noise. */
class BaselineCorrectorTest {

    private static final int N = 8192;
    private static final SpectralAxis AXIS = new SpectralAxis(N, 537.8, -263.1, 116.68e6);
    private static final double SIGMA = 1.0;

    /**
     * Two Lorentzian lines (metal 250 ppm, half width 1 ppm, electrolyte 0.5 ppm, half width 0.3 ppm) with
     * signal-to-noise 200 and 50, plus noise. Their wings fall below a tenth of the noise 50 ppm (metal) and
     * 7 ppm (electrolyte) from the centre; a wing above that in a "signal-free" region is baseline to any fit.
     */
    static double[] linesAndNoise(long seed) {
        Random rnd = new Random(seed);
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            double p = AXIS.ppm(i);
            double u1 = (p - 250) / 1.0;
            double u2 = (p - 0.5) / 0.3;
            y[i] = 200 / (1 + u1 * u1) + 50 / (1 + u2 * u2) + SIGMA * rnd.nextGaussian();
        }
        return y;
    }

    /** A cubic in the scaled index x in [-1, 1], 60 sigma across the spectrum. */
    static double polynomial(int i) {
        double x = 2.0 * i / (N - 1) - 1;
        return 20 - 15 * x + 30 * x * x + 10 * x * x * x;
    }

    static double rmsError(Spectrum corrected, double[] truth) {
        double ss = 0;
        for (int i = 0; i < N; i++) {
            double e = corrected.realAt(i) - truth[i];
            ss += e * e;
        }
        return Math.sqrt(ss / N);
    }

    static Spectrum withBaseline(double[] truth) {
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = truth[i] + polynomial(i);
        }
        return new Spectrum(AXIS, y, new double[N], OptionalDouble.empty(), Map.of());
    }

    @Test
    void automaticRegionsRemoveTheAddedPolynomialToBelowTheNoise() {
        double[] truth = linesAndNoise(5);
        Spectrum s = withBaseline(truth);
        BaselineCorrector.Result r = BaselineCorrector.correct(s, new BaselineCorrection(3, List.of()));
        // a cubic fitted to M noisy points has an error of about sigma sqrt(4/M) (M ~ 7000: 0.02 sigma); the
        // Lorentzian wings outside the excluded regions add a little
        double err = rmsError(r.spectrum(), truth);
        assertTrue(err < 0.1 * SIGMA, "rms error " + err + " (noise " + SIGMA + ", added baseline up to 75)");
        // the lines are excluded from the fit: neither 250 nor 0.5 ppm is in a signal-free region
        for (PpmWindow w : r.regions()) {
            assertTrue(!w.contains(250) && !w.contains(0.5), "region " + w);
        }
        assertEquals(SIGMA, r.rms(), 0.05 * SIGMA);
    }

    @Test
    void givenRegionsRemoveTheAddedPolynomialToBelowTheNoise() {
        double[] truth = linesAndNoise(6);
        Spectrum s = withBaseline(truth);
        List<PpmWindow> regions = List.of(new PpmWindow(400, 537), new PpmWindow(100, 200), new PpmWindow(-260, -50));
        BaselineCorrector.Result r = BaselineCorrector.correct(s, new BaselineCorrection(3, regions));
        double err = rmsError(r.spectrum(), truth);
        assertTrue(err < 0.1 * SIGMA, "rms error " + err);
    }

    @Test
    void anOrderTooHighForTheGivenPointsIsRefused() {
        Spectrum s = withBaseline(linesAndNoise(7));
        double step = Math.abs(AXIS.stepPpm());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BaselineCorrector.correct(s,
                new BaselineCorrection(5, List.of(new PpmWindow(100, 100 + 3.5 * step)))));
        assertTrue(e.getMessage().contains("--baseline-region"), e.getMessage());
    }
}
