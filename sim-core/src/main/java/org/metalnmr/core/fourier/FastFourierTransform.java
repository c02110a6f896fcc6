package org.metalnmr.core.fourier;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * In-place radix-2 fast Fourier transform of a complex sequence held as two {@code double} arrays.
 *
 * <p>Forward transform (no normalisation):
 * \[ X_k = \sum_{j=0}^{N-1} x_j \, e^{-2\pi i\, jk/N}, \qquad k = 0 \dots N-1, \]
 * inverse transform \( x_j = \frac{1}{N}\sum_k X_k e^{+2\pi i\, jk/N} \). With this sign a
 * signal \( x_j = e^{+2\pi i\, m j/N} \) gives its peak at \( k = m \) (mod N), so a FID
 * \( s(t) = e^{+2\pi i \nu t} \) sampled at dwell \( \Delta t \) peaks at
 * \( k = \nu N \Delta t \).
 *
 * <p>Algorithm: iterative decimation-in-time Cooley-Tukey (Cooley &amp; Tukey 1965, Math. Comput.
 * 19, 297) with bit-reversal permutation and twiddle factors from a table of
 * \( \cos(2\pi j/N) \) computed once per call (no accumulated recurrence error; the error of the
 * transform grows as \( O(\epsilon \log N) \)). N must be a power of two; anything else is
 * refused (zero fill first).
 */
public final class FastFourierTransform {

    private FastFourierTransform() {
    }

    /**
     * Forward transform in place.
     *
     * @param re real parts, length N a power of two
     * @param im imaginary parts, length N
     */
    public static void forward(double[] re, double[] im) {
        transform(re, im, false);
    }

    /**
     * Inverse transform in place, normalised by 1/N.
     *
     * @param re real parts, length N a power of two
     * @param im imaginary parts, length N
     */
    public static void inverse(double[] re, double[] im) {
        transform(re, im, true);
        double s = 1.0 / re.length;
        for (int i = 0; i < re.length; i++) {
            re[i] *= s;
            im[i] *= s;
        }
    }

    private static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (im.length != n || n < 1 || Integer.bitCount(n) != 1) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "FFT length (real/imaginary " + n + "/"
                    + im.length + ")", "equal lengths, a power of two", n);
        }
        if (n == 1) {
            return;
        }
        // bit-reversal permutation
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
        // twiddle table: cos and sin of 2 pi j / n, j < n/2
        int half = n >> 1;
        double[] cos = new double[half];
        double[] sin = new double[half];
        double sign = inverse ? 1.0 : -1.0;
        for (int j = 0; j < half; j++) {
            double a = 2.0 * Math.PI * j / n;
            cos[j] = Math.cos(a);
            sin[j] = sign * Math.sin(a);
        }
        for (int len = 2; len <= n; len <<= 1) {
            int h = len >> 1;
            int stride = n / len;
            for (int start = 0; start < n; start += len) {
                for (int k = 0; k < h; k++) {
                    double wr = cos[k * stride];
                    double wi = sin[k * stride];
                    int a = start + k;
                    int b = a + h;
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
