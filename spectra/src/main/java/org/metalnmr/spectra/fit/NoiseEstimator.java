package org.metalnmr.spectra.fit;

import java.util.Arrays;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The noise standard deviation sigma of a spectrum, per point.
 *
 * <p>From a signal-free region given by the user ({@link #fromRegion}): the root mean square of
 * the residual about a least-squares straight line through the region (so a sloping baseline
 * does not count as noise), with n - 2 degrees of freedom.
 *
 * <p>Automatically ({@link #automatic}): the spectrum is cut into windows of
 * {@code max(32, n/32)} points; in each, a straight line is removed and the robust scale
 * \( \hat\sigma_w = 1.4826\,\mathrm{MAD} \) of the residual is taken (MAD = median absolute
 * deviation from the median; 1.4826 makes it consistent for Gaussian noise; Rousseeuw &amp; Croux,
 * J. Am. Stat. Assoc. 88, 1273 (1993)). The flattest window has the smallest
 * \( \hat\sigma_w \); every window with \( \hat\sigma_w \le 1.5\,\hat\sigma_{min} \) is taken as
 * signal-free (with 32 windows of Gaussian noise the spread of \( \hat\sigma_w \) is about 10%,
 * so all noise-only windows pass and windows holding a line fail), and sigma is the robust scale
 * of their pooled residuals. The residual about a line, not the point-to-point difference, is
 * used, so that noise correlated between neighbouring points (apodised, zero-filled spectra) is
 * measured correctly.
 */
public final class NoiseEstimator {

    private static final double MAD_TO_SIGMA = 1.482602218505602;

    private NoiseEstimator() {
    }

    /**
     * @param ppm   shifts [ppm]
     * @param y     values
     * @param loPpm one end of the signal-free region [ppm]
     * @param hiPpm other end [ppm]
     * @return sigma
     * @throws InvalidInputException when the region holds fewer than 8 points
     */
    public static double fromRegion(double[] ppm, double[] y, double loPpm, double hiPpm) {
        double lo = Math.min(loPpm, hiPpm);
        double hi = Math.max(loPpm, hiPpm);
        int count = 0;
        for (double p : ppm) {
            if (p >= lo && p <= hi) {
                count++;
            }
        }
        if (count < 8) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of points in the noise region " + lo + ":" + hi + " ppm",
                    8, ppm.length, "[points]", count);
        }
        double[] x = new double[count];
        double[] v = new double[count];
        int k = 0;
        for (int i = 0; i < ppm.length; i++) {
            if (ppm[i] >= lo && ppm[i] <= hi) {
                x[k] = ppm[i];
                v[k++] = y[i];
            }
        }
        double[] r = detrended(x, v, 0, count);
        double ss = 0;
        for (double e : r) {
            ss += e * e;
        }
        return Math.sqrt(ss / (count - 2));
    }

    /**
     * @param y values on a uniform axis (at least 64)
     * @return sigma (0 for noise-free data)
     */
    public static double automatic(double[] y) {
        int n = y.length;
        if (n < 64) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of points for the automatic noise estimate", 64,
                    Integer.MAX_VALUE, "[points]", n);
        }
        int width = Math.max(32, n / 32);
        int windows = n / width;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        double[][] residuals = new double[windows][];
        double[] scale = new double[windows];
        double min = Double.POSITIVE_INFINITY;
        for (int w = 0; w < windows; w++) {
            residuals[w] = detrended(x, y, w * width, width);
            scale[w] = MAD_TO_SIGMA * mad(residuals[w]);
            min = Math.min(min, scale[w]);
        }
        if (min == 0) {
            return 0;
        }
        double[] pooled = new double[windows * width];
        int k = 0;
        for (int w = 0; w < windows; w++) {
            if (scale[w] <= 1.5 * min) {
                System.arraycopy(residuals[w], 0, pooled, k, width);
                k += width;
            }
        }
        return MAD_TO_SIGMA * mad(Arrays.copyOf(pooled, k));
    }

    private static double[] detrended(double[] x, double[] y, int from, int count) {
        double sx = 0;
        double sy = 0;
        for (int i = from; i < from + count; i++) {
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / count;
        double my = sy / count;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i < from + count; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double[] r = new double[count];
        for (int i = 0; i < count; i++) {
            r[i] = y[from + i] - my - slope * (x[from + i] - mx);
        }
        return r;
    }

    private static double mad(double[] values) {
        double med = median(values.clone());
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            dev[i] = Math.abs(values[i] - med);
        }
        return median(dev);
    }

    /** Ranges of at most this many values are finished by insertion sort. */
    private static final int SMALL = 16;

    /**
     * The exact median (mean of the two middle values for even n) by selection; reorders v.
     *
     * @param v values
     * @return the median
     */
    static double median(double[] v) {
        int n = v.length;
        int m = n / 2;
        double upper = select(v, m);
        if (n % 2 == 1) {
            return upper;
        }
        // after select, v[0..m-1] are all <= v[m]: the lower middle is their maximum
        double lower = v[0];
        for (int i = 1; i < m; i++) {
            if (v[i] > lower) {
                lower = v[i];
            }
        }
        return 0.5 * (lower + upper);
    }

    /**
     * Quickselect (Hoare's FIND, Comm. ACM 4, 321 (1961)) with the median of three as pivot and a
     * branch-free Lomuto partition: every value is swapped and the boundary moves by the result of
     * the comparison, so the noise residuals (random signs, the worst case for a branch predictor)
     * cost no mispredicted branches; measured two to three times faster than the classic
     * two-pointer partition on them. When no value is below the pivot, a second pass moves the
     * values equal to it to the front, so that runs of equal values end the search. O(n) expected.
     *
     * @param v values; reordered so that v[k] is the k-th smallest and v[0..k-1] are not larger
     * @param k rank (0-based)
     * @return the k-th smallest value
     */
    private static double select(double[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (hi - lo > SMALL) {
            double a = v[lo];
            double b = v[(lo + hi) >>> 1];
            double c = v[hi];
            double pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            // [lo, below) < pivot <= [below, hi]
            int below = lo;
            for (int i = lo; i <= hi; i++) {
                double t = v[i];
                v[i] = v[below];
                v[below] = t;
                below += t < pivot ? 1 : 0;
            }
            if (k < below) {
                hi = below - 1;
                continue;
            }
            if (below > lo) {
                lo = below;
                continue;
            }
            // nothing below the pivot (the pivot is the smallest value): [lo, equal) == pivot < [equal, hi]
            int equal = below;
            for (int i = below; i <= hi; i++) {
                double t = v[i];
                v[i] = v[equal];
                v[equal] = t;
                equal += t == pivot ? 1 : 0;
            }
            if (k < equal) {
                return v[k];
            }
            if (equal == lo) {
                // no progress (a NaN pivot): finish by insertion sort
                break;
            }
            lo = equal;
        }
        for (int i = lo + 1; i <= hi; i++) {
            double t = v[i];
            int j = i - 1;
            while (j >= lo && v[j] > t) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = t;
        }
        return v[k];
    }
}
