package org.metalnmr.core.lineshape;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.CoreMessage;

/**
 * The Faddeeva function (scaled complex complementary error function)
 * \( w(z) = e^{-z^2}\,\mathrm{erfc}(-iz) \), for \( \mathrm{Im}\,z \ge 0 \) (the half plane of
 * all lineshapes; the lower half plane follows from \( w(z) = 2e^{-z^2} - w(-z) \), not needed here
 * and refused).
 *
 * <p>Algorithm: inside \( |x| + y &lt; 15 \) Weideman's rational expansion with \( N = 32 \) terms
 * (J. A. C. Weideman, "Computation of the complex error function", SIAM J. Numer. Anal. 31, 1497
 * (1994), eq. (3.11) with the optimal \( L = \sqrt{N/\sqrt 2} \) of sect. 4); outside, where
 * \( |w| \) becomes small and the relative accuracy of the expansion degrades, the Laplace
 * continued fraction \( w(z) = \frac{i}{\sqrt\pi}\,\cfrac{1}{z - \cfrac{1/2}{z - \cfrac{1}{z -
 * \cfrac{3/2}{z - \dots}}}} \) (Gautschi, SIAM J. Numer. Anal. 7, 187 (1970)), truncated at 40
 * levels. Measured accuracy (test {@code FaddeevaTest}, against scipy.special.wofz, itself
 * accurate to about 1e-13): relative error |dw|/|w| below 5e-13 on a grid of x in [-30, 30],
 * y in [0, 30]; the worst case, 3.0e-13, is on and just above the real axis near |x| = 6, where
 * the N = 32 expansion is least accurate; away from the real axis (y &gt;= 0.5) it is below 1e-13.
 *
 * <p>Both results are written into a caller-supplied array to avoid allocation in the inner loops
 * of lineshape evaluation.
 */
public final class Faddeeva {

    private static final int N = 32;
    private static final double L = Math.sqrt(N / Math.sqrt(2.0));
    private static final double INV_SQRT_PI = 1.0 / Math.sqrt(Math.PI);
    private static final double SWITCH = 15.0;
    private static final int CF_LEVELS = 40;
    /** Weideman's coefficients a_1..a_N in the order used by Horner's scheme (highest first). */
    private static final double[] COEFFICIENTS = weidemanCoefficients();

    private Faddeeva() {
    }

    /**
     * Computes w(x + iy).
     *
     * @param x   real part of z
     * @param y   imaginary part of z, &gt;= 0
     * @param out receives {Re w, Im w}
     * @throws InvalidInputException when y &lt; 0 or the input is not finite
     */
    public static void w(double x, double y, double[] out) {
        if (!(y >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidInputException(CoreMessage.FADDEEVA_DOMAIN, x, y);
        }
        if (Math.abs(x) + y < SWITCH) {
            weideman(x, y, out);
        } else {
            continuedFraction(x, y, out);
        }
    }

    private static void weideman(double x, double y, double[] out) {
        // iz = -y + i x ; L + iz = (L - y) + i x ; L - iz = (L + y) - i x
        double nr = L - y;
        double ni = x;
        double dr = L + y;
        double di = -x;
        double dd = dr * dr + di * di;
        // Z = (L + iz) / (L - iz)
        double zr = (nr * dr + ni * di) / dd;
        double zi = (ni * dr - nr * di) / dd;
        // Horner: p = polyval(a, Z)
        double pr = 0;
        double pi = 0;
        for (double a : COEFFICIENTS) {
            double tr = pr * zr - pi * zi + a;
            pi = pr * zi + pi * zr;
            pr = tr;
        }
        // 1/(L - iz)
        double ir = dr / dd;
        double ii = -di / dd;
        // 2 p / (L - iz)^2 + (1/sqrt(pi)) / (L - iz)
        double i2r = ir * ir - ii * ii;
        double i2i = 2 * ir * ii;
        out[0] = 2 * (pr * i2r - pi * i2i) + INV_SQRT_PI * ir;
        out[1] = 2 * (pr * i2i + pi * i2r) + INV_SQRT_PI * ii;
    }

    private static void continuedFraction(double x, double y, double[] out) {
        // backward evaluation of t = z - (k/2) / t, k = CF_LEVELS .. 1
        double tr = x;
        double ti = y;
        for (int k = CF_LEVELS; k >= 1; k--) {
            double dd = tr * tr + ti * ti;
            double qr = 0.5 * k * tr / dd;
            double qi = -0.5 * k * ti / dd;
            tr = x - qr;
            ti = y - qi;
        }
        // w = (i / sqrt(pi)) / t
        double dd = tr * tr + ti * ti;
        out[0] = INV_SQRT_PI * ti / dd;
        out[1] = INV_SQRT_PI * tr / dd;
    }

    /** Weideman (1994) coefficients by the discrete Fourier transform of his eq. (3.10), sect. 4. */
    private static double[] weidemanCoefficients() {
        int m = 2 * N;
        int m2 = 2 * m;
        double[] f = new double[m2];
        // f(k) for k = -M+1 .. M-1 at positions k + M - 1 + 1 (a leading zero for k = -M)
        double[] samples = new double[m2];
        samples[0] = 0;
        for (int k = -m + 1; k <= m - 1; k++) {
            double theta = k * Math.PI / m;
            double t = L * Math.tan(theta / 2);
            samples[k + m] = Math.exp(-t * t) * (L * L + t * t);
        }
        // fftshift: swap halves
        for (int i = 0; i < m2; i++) {
            f[i] = samples[(i + m) % m2];
        }
        double[] a = new double[N];
        // a = real(fft(f)) / M2 ; keep entries 1..N ; reversed for Horner
        for (int j = 1; j <= N; j++) {
            double s = 0;
            for (int n = 0; n < m2; n++) {
                s += f[n] * Math.cos(2 * Math.PI * j * n / m2);
            }
            a[N - j] = s / m2;
        }
        return a;
    }
}
