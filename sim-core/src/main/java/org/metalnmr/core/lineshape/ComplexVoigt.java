package org.metalnmr.core.lineshape;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.CoreMessage;

/**
 * The complex Voigt line with its offset and width derivatives in one evaluation, for fitting loops that
 * fill kernel tables: a homogeneous Lorentzian of half width \( \Gamma \) convolved with a Gaussian
 * distribution of line centres of standard deviation \( \sigma \ge 0 \) (inhomogeneous broadening),
 * \[ V(x;\Gamma,\sigma) = \frac{\overline{w(z)}}{\sigma\sqrt{2\pi}}, \qquad z = \frac{x + i\Gamma}{\sigma\sqrt2} \]
 * (the normalisation and sign convention of {@link Voigt} and {@link Lineshape}: unit-area absorption,
 * dispersion negative above the centre; w the Faddeeva function, {@link Faddeeva}). Unlike {@link Voigt}
 * it accepts \( \sigma = 0 \), the Lorentzian \( 1/(\pi(\Gamma + ix)) \), so that a fitted Gaussian width
 * may reach its bound 0.
 *
 * <p>Derivatives (x, Gamma, sigma in one unit u; V in 1/u):
 * <ul>
 * <li>\( \partial V/\partial x = \overline{w'(z)}/(2\sqrt\pi\,\sigma^2) \) with
 * \( w'(z) = -2 z w(z) + 2i/\sqrt\pi \) (Abramowitz and Stegun 7.1.20);</li>
 * <li>\( \partial V/\partial\Gamma = -i\,\partial V/\partial x \): w is analytic, so \( \overline{w} \) depends on
 * \( x + i\Gamma \) only through its conjugate;</li>
 * <li>\( \partial V/\partial\sigma = \sigma\,\partial^2 V/\partial x^2 \) (the Gaussian kernel solves the heat
 * equation in the variance \( \sigma^2/2 \)), \( w'' = -2w - 2zw' \);</li>
 * <li>\( \partial V/\partial(\sigma^2) = \tfrac12\,\partial^2 V/\partial x^2 \), finite at sigma = 0 (there
 * \( L''/2 = -1/(\pi u^3) \)): the derivative for a fit in the variance, which, unlike sigma, is not a stationary
 * point of every fit at 0.</li>
 * </ul>
 * Large |z| (sigma small against the distance \( |u| = |\Gamma + ix| \) of the pole): w' = -2zw + 2i/sqrt(pi)
 * and w'' are differences of nearly equal terms (cancellation \( |z|^{-2} \) and worse: at |z| = 1000 the
 * sigma derivative would keep 3 digits), and Faddeeva's continued fraction costs 40 complex divisions. So for
 * \( \sigma \le 0.05|u| \) (\( |z| \ge 14.1 \), most of a wide fit range) the code uses the asymptotic
 * expansion of the Gaussian convolution in moments, with \( t = 1/u \), \( y = \sigma^2 t^2 \), 9 terms:
 * \[ V = \sum_{n} \frac{(\sigma^2/2)^n}{n!} L^{(2n)} = \frac{t}{\pi} \sum_{n=0}^{8} (-1)^n (2n-1)!!\, y^n,
 *    \qquad L^{(m)} = \frac{(-i)^m m!}{\pi u^{m+1}}, \]
 * \( V' = -\frac{i t^2}{\pi}\sum (-1)^n (2n+1)!!\, y^n \),
 * \( \partial V/\partial\sigma = \frac{\sigma t^3}{\pi}\sum_{n\ge1} (-1)^n\, 2n (2n-1)!!\, y^{n-1} \). At
 * \( \sigma/|u| = 0.05 \) the first neglected terms are \( 17!!\,0.05^{18} = 1.3\times10^{-16} \) of |V|,
 * \( 19!!\,0.05^{18} = 2.5\times10^{-15} \) of |V'| and \( 9\cdot17!!\,0.05^{16} = 5\times10^{-13} \) of
 * \( \partial V/\partial\sigma \); the Gaussian part the expansion misses is of order
 * \( e^{-1/(2\cdot0.05^2)} = e^{-200} \). At sigma = 0 it is the Lorentzian exactly, with
 * \( \partial V/\partial\sigma = 0 \) (V is even in sigma). Elsewhere the Faddeeva function's relative
 * accuracy (5e-13, {@link Faddeeva}) carries over to V; the derivatives lose at most a factor \( |z|^2 &lt; 200 \)
 * to the cancellation.
 *
 * <p>Singular case: \( \Gamma = \sigma = 0 \) (a delta function) is refused.
 */
public final class ComplexVoigt {

    /** sigma / |Gamma + i x| at or below which the moment expansion replaces the Faddeeva route (|z| &gt;= 14.1). */
    public static final double SERIES_BELOW = 0.05;
    /** Terms of the moment expansion. */
    private static final int TERMS = 9;
    private static final double[] V_COEFFICIENTS = coefficients(0);
    private static final double[] X_COEFFICIENTS = coefficients(2);
    /** Number of values written by {@link #evaluate}. */
    public static final int SIZE = 10;

    private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private ComplexVoigt() {
    }

    /**
     * Evaluates V and its derivatives at offset x.
     *
     * @param x     offset from the line centre [u], finite
     * @param gamma Lorentzian half width at half maximum \( \Gamma \) [u], &gt;= 0
     * @param sigma Gaussian standard deviation [u], &gt;= 0, not both zero
     * @param out   receives {@value #SIZE} values {A, D, dA/dx, dD/dx, dA/dGamma, dD/dGamma, dA/dsigma, dD/dsigma,
     *              dA/d(sigma^2), dD/d(sigma^2)}
     * @throws InvalidInputException for negative or non-finite widths, both zero, or a non-finite offset
     */
    public static void evaluate(double x, double gamma, double sigma, double[] out) {
        if (!(gamma >= 0) || !(sigma >= 0) || gamma + sigma == 0 || !Double.isFinite(gamma + sigma) || !Double.isFinite(x)) {
            throw new InvalidInputException(CoreMessage.VOIGT_DOMAIN, gamma, sigma, x);
        }
        if (sigma == 0) {
            lorentzian(x, gamma, out);
        } else if (sigma * sigma <= SERIES_BELOW * SERIES_BELOW * (gamma * gamma + x * x)) {
            series(x, gamma, sigma, out);
        } else {
            faddeeva(x, gamma, sigma, out);
        }
    }

    /**
     * V alone (no derivatives): the same routes and accuracy as {@link #evaluate}, about a third of its cost.
     *
     * @param x     offset from the line centre [u], finite
     * @param gamma Lorentzian half width at half maximum [u], &gt;= 0
     * @param sigma Gaussian standard deviation [u], &gt;= 0, not both zero
     * @param out   receives {A, D}
     * @throws InvalidInputException as {@link #evaluate}
     */
    public static void value(double x, double gamma, double sigma, double[] out) {
        if (!(gamma >= 0) || !(sigma >= 0) || gamma + sigma == 0 || !Double.isFinite(gamma + sigma) || !Double.isFinite(x)) {
            throw new InvalidInputException(CoreMessage.VOIGT_DOMAIN, gamma, sigma, x);
        }
        double d = gamma * gamma + x * x;
        if (sigma == 0) {
            out[0] = gamma / (Math.PI * d);
            out[1] = -x / (Math.PI * d);
        } else if (sigma * sigma <= SERIES_BELOW * SERIES_BELOW * d) {
            double tr = gamma / d;
            double ti = -x / d;
            double s2 = sigma * sigma;
            double yr = s2 * (tr * tr - ti * ti);
            double yi = s2 * 2 * tr * ti;
            double vr = 0;
            double vi = 0;
            for (int n = TERMS - 1; n >= 0; n--) {
                double nr = vr * yr - vi * yi + V_COEFFICIENTS[n];
                vi = vr * yi + vi * yr;
                vr = nr;
            }
            out[0] = (tr * vr - ti * vi) / Math.PI;
            out[1] = (tr * vi + ti * vr) / Math.PI;
        } else {
            double k = 1 / (sigma * Math.sqrt(2));
            Faddeeva.w(x * k, gamma * k, out);
            double n = INV_SQRT_2PI / sigma;
            out[0] *= n;
            out[1] *= -n;
        }
    }

    private static void faddeeva(double x, double gamma, double sigma, double[] out) {
        double k = 1 / (sigma * Math.sqrt(2));
        double zr = x * k;
        double zi = gamma * k;
        Faddeeva.w(zr, zi, out);
        double wr = out[0];
        double wi = out[1];
        // w' = -2 z w + 2i/sqrt(pi)
        double dr = -2 * (zr * wr - zi * wi);
        double di = -2 * (zr * wi + zi * wr) + TWO_OVER_SQRT_PI;
        // w'' = -2 w - 2 z w'
        double er = -2 * wr - 2 * (zr * dr - zi * di);
        double ei = -2 * wi - 2 * (zr * di + zi * dr);
        double n = INV_SQRT_2PI / sigma;
        out[0] = n * wr;
        out[1] = -n * wi;
        // dV/dx = n k conj(w')
        double ax = n * k * dr;
        double bx = -n * k * di;
        out[2] = ax;
        out[3] = bx;
        // dV/dGamma = -i dV/dx
        out[4] = bx;
        out[5] = -ax;
        // dV/dsigma = sigma n k^2 conj(w'') = n conj(w'') / (2 sigma)
        out[6] = n * er / (2 * sigma);
        out[7] = -n * ei / (2 * sigma);
        // dV/d(sigma^2) = n k^2 conj(w'') / 2 = n conj(w'') / (4 sigma^2)
        out[8] = n * er / (4 * sigma * sigma);
        out[9] = -n * ei / (4 * sigma * sigma);
    }

    private static void lorentzian(double x, double gamma, double[] out) {
        // 1/(pi u) = (Gamma - i x) / (pi d), u = Gamma + i x, d = |u|^2; L' = -i/(pi u^2)
        double d = gamma * gamma + x * x;
        double pd = Math.PI * d;
        out[0] = gamma / pd;
        out[1] = -x / pd;
        double pd2 = pd * d;
        // 1/u^2 = (Gamma^2 - x^2 - 2 i Gamma x) / d^2; -i/u^2 = (-2 Gamma x - i (Gamma^2 - x^2)) / d^2
        double ax = -2 * gamma * x / pd2;
        double bx = (x * x - gamma * gamma) / pd2;
        out[2] = ax;
        out[3] = bx;
        out[4] = bx;
        out[5] = -ax;
        out[6] = 0;
        out[7] = 0;
        // L''/2 = -1/(pi u^3), 1/u = (Gamma - i x)/d
        double tr = gamma / d;
        double ti = -x / d;
        double t2r = tr * tr - ti * ti;
        double t2i = 2 * tr * ti;
        out[8] = -(t2r * tr - t2i * ti) / Math.PI;
        out[9] = -(t2r * ti + t2i * tr) / Math.PI;
    }

    private static void series(double x, double gamma, double sigma, double[] out) {
        // t = 1/u, u = Gamma + i x; y = sigma^2 t^2
        double d = gamma * gamma + x * x;
        double tr = gamma / d;
        double ti = -x / d;
        double t2r = tr * tr - ti * ti;
        double t2i = 2 * tr * ti;
        double s2 = sigma * sigma;
        double yr = s2 * t2r;
        double yi = s2 * t2i;
        // Horner in y for P_V = sum (-1)^n (2n-1)!! y^n, P_X = sum (-1)^n (2n+1)!! y^n,
        // P_S = sum_{n>=1} (-1)^n 2n (2n-1)!! y^(n-1)
        double vr = 0;
        double vi = 0;
        double xr = 0;
        double xi = 0;
        double sr = 0;
        double si = 0;
        double qr = 0;
        double qi = 0;
        for (int n = TERMS - 1; n >= 0; n--) {
            double a = V_COEFFICIENTS[n];
            double b = X_COEFFICIENTS[n];
            double nr = vr * yr - vi * yi + a;
            vi = vr * yi + vi * yr;
            vr = nr;
            nr = xr * yr - xi * yi + b;
            xi = xr * yi + xi * yr;
            xr = nr;
            if (n >= 1) {
                // the coefficient of y^(n-1) in P_S is 2n a_n
                nr = sr * yr - si * yi + 2 * n * a;
                si = sr * yi + si * yr;
                sr = nr;
                // P_Q = sum_{n>=1} n a_n y^(n-1): dV/d(sigma^2) = c t^3 P_Q
                nr = qr * yr - qi * yi + n * a;
                qi = qr * yi + qi * yr;
                qr = nr;
            }
        }
        double c = 1 / Math.PI;
        // V = c t P_V
        out[0] = c * (tr * vr - ti * vi);
        out[1] = c * (tr * vi + ti * vr);
        // V' = -i c t^2 P_X; -i (a + ib) = b - ia
        double pr = t2r * xr - t2i * xi;
        double pi = t2r * xi + t2i * xr;
        double ax = c * pi;
        double bx = -c * pr;
        out[2] = ax;
        out[3] = bx;
        out[4] = bx;
        out[5] = -ax;
        // dV/dsigma = c sigma t^3 P_S
        double t3r = t2r * tr - t2i * ti;
        double t3i = t2r * ti + t2i * tr;
        out[6] = c * sigma * (t3r * sr - t3i * si);
        out[7] = c * sigma * (t3r * si + t3i * sr);
        out[8] = c * (t3r * qr - t3i * qi);
        out[9] = c * (t3r * qi + t3i * qr);
    }

    private static double[] coefficients(int offset) {
        // (-1)^n (2n - 1 + offset)!!, (-1)!! = 1
        double[] a = new double[TERMS];
        double f = 1;
        for (int n = 0; n < TERMS; n++) {
            if (n > 0 || offset > 0) {
                f *= n > 0 ? 2 * n - 1 + offset : 1;
            }
            a[n] = (n % 2 == 0 ? 1 : -1) * f;
        }
        return a;
    }
}
