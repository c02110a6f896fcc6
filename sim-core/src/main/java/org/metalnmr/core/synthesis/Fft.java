package org.metalnmr.core.synthesis;

/**
 * In-place iterative radix-2 Cooley-Tukey FFT (Cooley &amp; Tukey, Math. Comput. 19, 297 (1965)),
 * forward \( X_k = \sum_j x_j e^{-2\pi i jk/N} \), inverse with 1/N. Length a power of two
 * (checked by the caller). Twiddles from a fresh cos/sin table per call (no recurrence error).
 * Package-private: the convolution engine of the synthesis; same convention as the processing
 * transform of the readers, so the two can be merged.
 */
final class Fft {

    private Fft() {
    }

    static void forward(double[] re, double[] im) {
        transform(re, im, -1);
    }

    static void inverse(double[] re, double[] im) {
        transform(re, im, +1);
        double s = 1.0 / re.length;
        for (int i = 0; i < re.length; i++) {
            re[i] *= s;
            im[i] *= s;
        }
    }

    private static void transform(double[] re, double[] im, int sign) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double[] cos = new double[n / 2];
        double[] sin = new double[n / 2];
        for (int k = 0; k < n / 2; k++) {
            double a = 2 * Math.PI * k / n;
            cos[k] = Math.cos(a);
            sin[k] = sign * Math.sin(a);
        }
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            int step = n / len;
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sin[k * step];
                    int a = i + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
