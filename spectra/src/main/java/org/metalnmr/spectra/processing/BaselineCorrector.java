package org.metalnmr.spectra.processing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Polynomial baseline correction over signal-free regions.
 *
 * <p>The baseline \( b(x) = \sum_{k=0}^{K} c_k x^k \), with \( x_i = 2i/(N-1) - 1 \in [-1, 1] \) the
 * scaled point index (for a well-conditioned fit), is fitted by linear least squares (QR) to the
 * real part at the signal-free points only and subtracted from the real part at every point. The
 * imaginary part is left as it is (a line's dispersion has long tails that are not baseline).
 *
 * <p><b>Signal-free points, automatically</b> (in the spirit of Dietrich, Rüdel and Kalbitzer,
 * J. Magn. Reson. 91, 1 (1991): the baseline is where the spectrum is locally flat to the noise,
 * whatever its level, so a rolling baseline is not mistaken for signal):
 * <ol>
 *   <li>the spectrum is cut into windows of {@code max(16, N/64)} points; in each, the root mean
 *       square about a least-squares straight line measures its local roughness (noise, plus the
 *       curvature of any line in it);</li>
 *   <li>a window rougher than 1.5 times the lower quartile of all windows' roughness is signal;</li>
 *   <li>each run of signal points is widened on both sides by its own length, to take in the line
 *       wings (a Lorentzian of half width w has curvature \( \propto u^{-4} \) but height
 *       \( \propto u^{-2} \) at u widths: its wings look flat long before they reach the baseline,
 *       and a wing left in the fit is taken for baseline).</li>
 * </ol>
 * On spectra whose lines fill the spectrum, or whose wings are long compared with the free
 * regions, give the regions.
 * Fewer than {@code order + 2} signal-free points, or none found, is refused with a message that
 * asks for the regions.
 */
public final class BaselineCorrector {

    /**
     * A window is flat when its scatter about a straight line is at most this multiple of the lower
     * quartile of all windows' (the noise, when lines fill less than three quarters of the spectrum;
     * not the smallest, which at the edges of a digitally filtered spectrum is the filter's
     * attenuated noise): for windows of m &gt;= 16 points of noise alone the scatter varies by about
     * \( 1/\sqrt{2m} \le 18\% \), so noise windows pass and windows holding a line or its curved
     * flank fail.
     */
    private static final double FLATNESS = 1.5;

    private BaselineCorrector() {
    }

    /**
     * The corrected spectrum and what was fitted.
     *
     * @param spectrum     the spectrum with the baseline subtracted from its real part
     * @param coefficients \( c_0 .. c_K \) in the scaled index x [intensity]
     * @param regions      the signal-free windows used [ppm], ascending
     * @param points       number of signal-free points fitted
     * @param rms          root mean square of the real part about the baseline at those points [intensity]
     */
    public record Result(Spectrum spectrum, double[] coefficients, List<PpmWindow> regions, int points, double rms) {

        /** Copies. */
        public Result {
            coefficients = coefficients.clone();
            regions = List.copyOf(regions);
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }
    }

    /**
     * @param s          the spectrum
     * @param correction the order and the regions (empty: automatic)
     * @return the corrected spectrum with the fit
     * @throws InvalidInputException when too few signal-free points are given or found
     */
    public static Result correct(Spectrum s, BaselineCorrection correction) {
        int n = s.axis().size();
        double[] y = s.real();
        int order = correction.order();
        boolean[] free = correction.automaticRegions() ? signalFree(y, order) : inRegions(s.axis(), correction.regions());
        int count = count(free);
        if (count < order + 2) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "signal-free points for the baseline of order " + order
                    + (correction.automaticRegions() ? " (found automatically)" : " in the regions " + correction.regions() + " ppm"),
                    order + 2, n, "[points] (give signal-free windows inside the spectrum with --baseline-region LO:HI)", count);
        }
        double[] c = fit(y, free, order);
        double[] out = new double[n];
        double ss = 0;
        for (int i = 0; i < n; i++) {
            out[i] = y[i] - evaluate(c, x(i, n));
            if (free[i]) {
                ss += out[i] * out[i];
            }
        }
        Spectrum corrected = new Spectrum(s.axis(), out, s.imag(), s.acquisitionTimeSeconds(), s.metadata());
        return new Result(corrected, c, windows(s.axis(), free), count, Math.sqrt(ss / count));
    }

    /**
     * The automatic choice of signal-free points (class comment).
     *
     * @param y     the real part, at least 64 points
     * @param order the polynomial order (the choice does not depend on it)
     * @return true at the signal-free points
     */
    public static boolean[] signalFree(double[] y, int order) {
        int n = y.length;
        if (n < 64) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "points for the automatic baseline regions", 64,
                    Integer.MAX_VALUE, "[points] (give the regions)", n);
        }
        int width = Math.max(16, n / 64);
        int windows = n / width;
        double[] scale = new double[windows];
        for (int w = 0; w < windows; w++) {
            scale[w] = rmsAboutLine(y, w * width, w == windows - 1 ? n - w * width : width);
        }
        double[] sorted = scale.clone();
        Arrays.sort(sorted);
        double reference = sorted[windows / 4];
        boolean[] signal = new boolean[n];
        for (int w = 0; w < windows; w++) {
            if (scale[w] > FLATNESS * reference) {
                Arrays.fill(signal, w * width, w == windows - 1 ? n : (w + 1) * width, true);
            }
        }
        boolean[] widened = signal.clone();
        int i = 0;
        while (i < n) {
            if (!signal[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && signal[j]) {
                j++;
            }
            int grow = j - i;
            Arrays.fill(widened, Math.max(0, i - grow), Math.min(n, j + grow), true);
            i = j;
        }
        boolean[] free = new boolean[n];
        for (int k = 0; k < n; k++) {
            free[k] = !widened[k];
        }
        return free;
    }

    private static boolean[] inRegions(SpectralAxis axis, List<PpmWindow> regions) {
        boolean[] free = new boolean[axis.size()];
        for (int i = 0; i < free.length; i++) {
            double p = axis.ppm(i);
            for (PpmWindow w : regions) {
                if (w.contains(p)) {
                    free[i] = true;
                    break;
                }
            }
        }
        return free;
    }

    private static double x(int i, int n) {
        return 2.0 * i / (n - 1) - 1.0;
    }

    private static double evaluate(double[] c, double x) {
        double v = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v * x + c[k];
        }
        return v;
    }

    private static double[] fit(double[] y, boolean[] free, int order) {
        int n = y.length;
        int m = count(free);
        RealMatrix a = MatrixUtils.createRealMatrix(m, order + 1);
        RealVector b = MatrixUtils.createRealVector(new double[m]);
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (!free[i]) {
                continue;
            }
            double xi = x(i, n);
            double p = 1;
            for (int k = 0; k <= order; k++) {
                a.setEntry(r, k, p);
                p *= xi;
            }
            b.setEntry(r, y[i]);
            r++;
        }
        return new QRDecomposition(a).getSolver().solve(b).toArray();
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean v : b) {
            if (v) {
                c++;
            }
        }
        return c;
    }

    /** @return the runs of true points as ppm windows, ascending */
    private static List<PpmWindow> windows(SpectralAxis axis, boolean[] free) {
        List<PpmWindow> out = new ArrayList<>();
        int n = free.length;
        int i = 0;
        while (i < n) {
            if (!free[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && free[j + 1]) {
                j++;
            }
            if (j > i) {
                out.add(PpmWindow.between(axis.ppm(i), axis.ppm(j)));
            }
            i = j + 1;
        }
        out.sort((p, q) -> Double.compare(p.loPpm(), q.loPpm()));
        return out;
    }

    private static double rmsAboutLine(double[] y, int from, int count) {
        double sx = 0;
        double sy = 0;
        for (int i = from; i < from + count; i++) {
            sx += i;
            sy += y[i];
        }
        double mx = sx / count;
        double my = sy / count;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i < from + count; i++) {
            sxx += (i - mx) * (i - mx);
            sxy += (i - mx) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double ss = 0;
        for (int i = from; i < from + count; i++) {
            double r = y[i] - (my + slope * (i - mx));
            ss += r * r;
        }
        return Math.sqrt(ss / (count - 2));
    }

}
