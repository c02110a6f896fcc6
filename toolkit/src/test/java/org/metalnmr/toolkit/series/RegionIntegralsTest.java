package org.metalnmr.toolkit.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;

/**
 * Integrals' standard errors against the scatter of integrals of pure noise: synthetic white and correlated (AR(1)) noise,
 * whose integral variance has a closed form, and the real operando spectra.
 */
class RegionIntegralsTest {

    static final Path OPERANDO = Path.of("..", "data", "operando-li-li", "bruker");

    /** AR(1) noise of unit marginal variance: x_i = phi x_(i-1) + sqrt(1 - phi^2) e_i, so rho_k = phi^k. */
    private static double[] ar1(int n, double phi, SplittableRandom rnd) {
        double[] x = new double[n];
        x[0] = rnd.nextGaussian();
        for (int i = 1; i < n; i++) {
            x[i] = phi * x[i - 1] + Math.sqrt(1 - phi * phi) * rnd.nextGaussian();
        }
        return x;
    }

    /** Exact standard deviation of the sum of N consecutive AR(1) values times the spacing. */
    private static double exact(int n, double phi, double spacing) {
        double v = n;
        for (int k = 1; k < n; k++) {
            v += 2.0 * (n - k) * Math.pow(phi, k);
        }
        return spacing * Math.sqrt(v);
    }

    @Test
    void errorsMatchTheClosedFormAndTheScatterForWhiteAndCorrelatedNoise() {
        for (double phi : new double[] {0, 0.8}) {
            SplittableRandom rnd = new SplittableRandom(42);
            int points = 4000;
            SpectralAxis axis = new SpectralAxis(points, 400, 0, 116.64e6); // 0.1 ppm spacing
            double spacing = Math.abs(axis.stepPpm());
            RegionIntegrals integrals = new RegionIntegrals(List.of(new IntegrationRegion("w", 300, 310)))
                    .withNoiseRegionPpm(100, 300);
            int replicas = 400;
            double sumZ2 = 0;
            double sumErr = 0;
            int n = 0;
            for (int r = 0; r < replicas; r++) {
                Spectrum s = new Spectrum(axis, ar1(points, phi, rnd), new double[points], OptionalDouble.empty(), Map.of());
                RegionIntegrals.Noise noise = integrals.noise(s);
                RowValue v = integrals.integrate(s, noise).get("w");
                sumZ2 += Math.pow(v.value() / v.stderr(), 2);
                sumErr += v.stderr();
                n = (int) Math.round(10 / spacing) + 1;
            }
            double zStd = Math.sqrt(sumZ2 / replicas);
            // the std of 400 unit normal z-scores is 1 within 1/sqrt(2 * 400) = 0.035; 3 of those
            assertEquals(1, zStd, 3 / Math.sqrt(2.0 * replicas), "z-score spread, phi = " + phi);
            // the mean reported error against the closed form: the estimated rho is truncated at its first non-positive lag,
            // which for phi = 0.8 drops the tail sum_{k > ~17} phi^k, about 2 % of the variance; sigma from 2000 points is
            // exact within 1.6 % (phi = 0) to 5 % (phi = 0.8, fewer independent points)
            assertEquals(exact(n, phi, spacing), sumErr / replicas, 0.05 * exact(n, phi, spacing), "mean standard error, phi = " + phi);
        }
    }

    /**
     * The real spectra: the second difference A - 2B + C of three adjacent 10 ppm windows of a signal-free region cancels a
     * constant and a linear baseline (which differ between spectra and are not noise) and leaves noise only; its z-score,
     * divided by the error the noise model predicts, must scatter with unit variance over the 300 spectra (within 3 standard
     * errors of a sample standard deviation, 3 / sqrt(2 x 299) = 0.12). The noise of these spectra (50 Hz line broadening) is
     * strongly correlated between points (rho_1 = 0.95): white-noise errors would be about 4 times too small.
     */
    @Test
    void realSpectraErrorsMatchTheScatterOfNoiseIntegrals() {
        assertTrue(Files.isDirectory(OPERANDO), "data/operando-li-li not found at " + OPERANDO.toAbsolutePath());
        List<LabelledSpectrum> spectra = SpectrumReaders.readAll(List.of(OPERANDO), ReadOptions.DEFAULT);
        RegionIntegrals integrals = new RegionIntegrals(List.of(new IntegrationRegion("a", -150, -140),
                new IntegrationRegion("b", -140, -130), new IntegrationRegion("c", -130, -120))).withNoiseRegionPpm(-250, -160);
        List<RegionIntegrals.Row> rows = integrals.integrate(spectra);
        assertEquals(300, rows.size());
        double sumZ2 = 0;
        double whiteRatio = 0;
        List<Double> z = new ArrayList<>();
        for (RegionIntegrals.Row r : rows) {
            RowValue a = r.integrals().get("a");
            RowValue b = r.integrals().get("b");
            RowValue c = r.integrals().get("c");
            double d = a.value() - 2 * b.value() + c.value();
            double sd = Math.sqrt(a.stderr() * a.stderr() + 4 * b.stderr() * b.stderr() + c.stderr() * c.stderr());
            z.add(d / sd);
            sumZ2 += Math.pow(d / sd, 2);
            double white = r.noise().sigma() * Math.sqrt(102.0) * 0.0977;
            whiteRatio += a.stderr() / white / rows.size();
        }
        double zStd = Math.sqrt(sumZ2 / rows.size());
        assertEquals(1, zStd, 3 / Math.sqrt(2.0 * (rows.size() - 1)), "z-score spread of noise integrals " + z.subList(0, 5));
        assertTrue(whiteRatio > 3, "correlated noise: errors " + whiteRatio + " times the white-noise formula");
    }
}
