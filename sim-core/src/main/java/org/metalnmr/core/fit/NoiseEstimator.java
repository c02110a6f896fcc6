package org.metalnmr.core.fit;

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

    /** Arrays shorter than this go straight to {@link #select}. */
    private static final int SAMPLED_MEDIAN_MIN = 2048;
    /** Size of the strided sample that brackets the median in {@link #median}. */
    private static final int SAMPLE = 512;

    /**
     * The exact median (mean of the two middle values for even n); reorders v.
     *
     * <p>Short arrays: Hoare's FIND ({@link #select}). Long arrays (the pooled residuals of the
     * automatic estimate, thousands of points): the bracketing of Floyd &amp; Rivest (Comm. ACM 18,
     * 165 (1975)): two values from a sorted strided sample of 512 that lie, in the sample, about
     * 3 binomial standard deviations either side of the middle rank bound the middle of the whole
     * array with high probability; one predictable pass counts the values below the lower bound and
     * collects those between the bounds, and FIND runs on that small set. The middle ranks of the
     * array are ranks of the small set shifted by the count below, so the result is exact; when
     * the bounds miss the middle (unlucky order of the data, NaN) the method falls back to FIND on
     * the whole array.
     */
    static double median(double[] v) {
        int n = v.length;
        if (n >= SAMPLED_MEDIAN_MIN) {
            double bracketed = bracketedMedian(v);
            if (!Double.isNaN(bracketed)) {
                return bracketed;
            }
        }
        return selectMedian(v);
    }

    private static double selectMedian(double[] v) {
        int n = v.length;
        int m = n / 2;
        double upper = select(v, m);
        if (n % 2 == 1) {
            return upper;
        }
        // after select, v[0..m-1] are all <= v[m]: the lower middle is their maximum
        return 0.5 * (maximum(v, m) + upper);
    }

    /** @return the median, or NaN when the sampled bounds do not bracket the middle ranks */
    private static double bracketedMedian(double[] v) {
        int n = v.length;
        double[] sample = new double[SAMPLE];
        for (int t = 0; t < SAMPLE; t++) {
            sample[t] = v[(int) ((long) t * n / SAMPLE)];
        }
        Arrays.sort(sample);
        // rank of the median in the sample: SAMPLE/2, binomial standard deviation sqrt(SAMPLE)/2
        int spread = (int) Math.ceil(1.5 * Math.sqrt(SAMPLE));
        double lo = sample[SAMPLE / 2 - spread];
        double hi = sample[SAMPLE / 2 + spread];
        double[] between = new double[n];
        int below = 0;
        int count = 0;
        int above = 0;
        for (double x : v) {
            if (x < lo) {
                below++;
            } else if (x > hi) {
                above++;
            } else {
                between[count++] = x;
            }
        }
        int m = n / 2;
        // ranks m (and m - 1 for even n) of v are ranks m - below (and m - 1 - below) of between
        int first = n % 2 == 1 ? m - below : m - 1 - below;
        int last = m - below;
        if (below + count + above != n || first < 0 || last >= count) {
            return Double.NaN;
        }
        double[] set = Arrays.copyOf(between, count);
        double upper = select(set, last);
        if (n % 2 == 1) {
            return upper;
        }
        return 0.5 * (maximum(set, last) + upper);
    }

    /** @return the largest of v[0 .. count - 1] */
    private static double maximum(double[] v, int count) {
        double max = v[0];
        for (int i = 1; i < count; i++) {
            if (v[i] > max) {
                max = v[i];
            }
        }
        return max;
    }

    /** Hoare's FIND (Comm. ACM 4, 321 (1961)), O(n): puts the k-th smallest at v[k], smaller ones before it. */
    private static double select(double[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            double pivot = v[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return v[k];
    }
}
