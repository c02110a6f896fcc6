package org.metalnmr.susceptibility.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class OrientationSeriesFitTest {

    private static double[][] trease() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                OrientationSeriesFitTest.class.getResourceAsStream("/calibration/trease2012-li-strip.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("plane")) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new double[] {Math.toRadians(Double.parseDouble(f[0])), Double.parseDouble(f[1])});
            }
        }
        double[][] out = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            out[0][i] = rows.get(i)[0];
            out[1][i] = rows.get(i)[1];
        }
        return out;
    }

    /**
     * Worked example (docs/physics.md): 0, 30, 45, 90 deg -> 272, 265, 252, 242 ppm. Reference values from
     * the normal equations by hand: x = 1/3 - sin^2(alpha) = (1/3, 1/12, -1/6, -2/3), mean(x) = -5/48;
     * Sxx = 0.546875, Sxy = 16.8125, slope = 30.742857 ppm -> chi = 30.74e-6 (docs/physics.md: "about 31e-6"),
     * K = mean(y) - slope mean(x) = 257.75 + 3.202381 = 260.952381 ppm (close to the isotropic 261 ppm).
     */
    @Test
    void treaseSeries() throws IOException {
        double[][] d = trease();
        KnightChiFit f = OrientationSeriesFit.fitPlateByPlaneAngle(d[0], d[1]);
        assertEquals(30.742857e-6, f.chi(), 1e-12);
        assertEquals(260.952381, f.knightShiftPpm(), 1e-6);
        assertEquals(2, f.degreesOfFreedom());
        double sum = 0;
        for (double r : f.residualsPpm()) {
            sum += r;
        }
        assertEquals(0, sum, 1e-9, "OLS residuals with an intercept sum to zero");
        assertTrue(f.chiStdErr() > 0 && f.chiStdErr() < 10e-6, "chi stderr " + f.chiStdErr());
        // s^2 = RSS/2 and se(slope) = s/sqrt(Sxx): recompute from the residuals
        double rss = 0;
        for (double r : f.residualsPpm()) {
            rss += r * r;
        }
        assertEquals(Math.sqrt(rss / 2 / 0.546875) * 1e-6, f.chiStdErr(), 1e-12);
    }

    /** Synthetic series with known K, chi and Gaussian noise: estimates within 3 standard errors. */
    @Test
    void recoversSyntheticParameters() {
        Random rnd = new Random(11);
        int n = 40;
        double[] tilt = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            tilt[i] = Math.PI / 2 * i / (n - 1);
            double c = Math.cos(tilt[i]);
            s[i] = 261 + 24.1 * (1.0 / 3 - c * c) + 0.5 * rnd.nextGaussian();
        }
        KnightChiFit f = OrientationSeriesFit.fitPlateByNormalTilt(tilt, s);
        assertEquals(261, f.knightShiftPpm(), 3 * f.knightShiftStdErrPpm());
        assertEquals(24.1e-6, f.chi(), 3 * f.chiStdErr());
        assertEquals(0.5, f.rmsResidualPpm(), 0.15);
    }

    /** Equal standard errors: the weighted estimates equal the ordinary ones (the weights cancel). */
    @Test
    void weightedWithEqualErrorsEqualsOrdinary() throws IOException {
        double[][] d = trease();
        double[] nzz = new double[d[0].length];
        double[] sig = new double[d[0].length];
        for (int i = 0; i < nzz.length; i++) {
            nzz[i] = Math.pow(Math.sin(d[0][i]), 2);
            sig[i] = 1.5;
        }
        KnightChiFit w = OrientationSeriesFit.fitWeighted(nzz, d[1], sig);
        KnightChiFit o = OrientationSeriesFit.fit(nzz, d[1]);
        assertEquals(o.chi(), w.chi(), 1e-15);
        assertEquals(o.knightShiftPpm(), w.knightShiftPpm(), 1e-9);
        assertEquals(o.correlation(), w.correlation(), 1e-12);
        // se(slope) = sigma / sqrt(Sxx) with the given sigma (not the scatter): 1.5 / sqrt(0.546875) ppm
        assertEquals(1.5 / Math.sqrt(0.546875) * 1e-6, w.chiStdErr(), 1e-12);
    }

    /** Known K, chi and per-point sigmas: the reduced chi-square is about 1 and the estimates are within 3 errors. */
    @Test
    void weightedRecoversSyntheticParameters() {
        Random rnd = new Random(5);
        int n = 60;
        double[] nzz = new double[n];
        double[] s = new double[n];
        double[] sig = new double[n];
        for (int i = 0; i < n; i++) {
            double c = Math.cos(Math.PI / 2 * i / (n - 1));
            nzz[i] = c * c;
            sig[i] = 0.2 + 2.0 * i / n;
            s[i] = 261 + 24.1 * (1.0 / 3 - nzz[i]) + sig[i] * rnd.nextGaussian();
        }
        KnightChiFit f = OrientationSeriesFit.fitWeighted(nzz, s, sig);
        assertEquals(261, f.knightShiftPpm(), 3 * f.knightShiftStdErrPpm());
        assertEquals(24.1e-6, f.chi(), 3 * f.chiStdErr());
        assertEquals(1.0, f.rmsResidualPpm(), 0.25);
    }

    @Test
    void rejectsDegenerateSeries() {
        assertThrows(InvalidInputException.class, () -> OrientationSeriesFit.fit(new double[] {0.5, 0.5}, new double[] {1, 2}));
        assertThrows(InvalidInputException.class, () -> OrientationSeriesFit.fit(new double[] {0.5}, new double[] {1}));
        assertThrows(InvalidInputException.class, () -> OrientationSeriesFit.fit(new double[] {0.5, 1}, new double[] {1}));
    }
}
