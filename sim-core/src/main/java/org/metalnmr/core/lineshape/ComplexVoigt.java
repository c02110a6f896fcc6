package org.metalnmr.core.lineshape;

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
 * equation in the variance \( \sigma^2/2 \)), \( w'' = -2w - 2zw' \).</li>
 * </ul>
 * Large |z| (sigma small against the distance \( |u| = |\Gamma + ix| \) from the pole): w' = -2zw + 2i/sqrt(pi)
 * and w'' are differences of nearly equal terms (cancellation \( |z|^{-2} \) and worse: at |z| = 1000 the
 * sigma derivative would keep 3 digits), so for \( \sigma \le 10^{-2}|u| \) (\( |z| \ge 70.7 \)) the code uses
 * the (asymptotic) expansion of the Gaussian convolution in moments,
 * \( V = \sum_{n=0}^{3} \frac{(\sigma^2/2)^n}{n!} L^{(2n)} + O(\sigma^8) \) with
 * \( L^{(m)} = (-i)^m m!/(\pi u^{m+1}) \), \( u = \Gamma + ix \): the neglected term is at most
 * \( 105 (\sigma/|u|)^8 \le 1.1\times10^{-14} \) of \( |L| \) there (the derivatives' at most
 * \( 945 (\sigma/|u|)^8 \) and \( 420 (\sigma/|u|)^6 \) relative; the Gaussian part the expansion misses is of order
 * \( e^{-x^2/2\sigma^2} \), below 1e-1000), and at sigma = 0 it is the Lorentzian
 * exactly with \( \partial V/\partial\sigma = 0 \) (V is even in sigma). The Faddeeva function's relative
 * accuracy (5e-13, {@link Faddeeva}) carries over to V; the derivatives lose at most a factor \( |z|^2 \) in the
 * far wings (where they are tiny).
 *
 * <p>Singular case: \( \Gamma = \sigma = 0 \) (a delta function) is refused.
 */
public final class ComplexVoigt {

    /** sigma / |Gamma + i x| at or below which the moment expansion replaces the Faddeeva route. */
    public static final double SERIES_BELOW = 1e-2;
    /** Number of values written by {@link #evaluate}. */
    public static final int SIZE = 8;

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
     * @param out   receives {@value #SIZE} values {A, D, dA/dx, dD/dx, dA/dGamma, dD/dGamma, dA/dsigma, dD/dsigma}
     * @throws IllegalArgumentException for negative or non-finite widths, both zero, or a non-finite offset
     */
    public static void evaluate(double x, double gamma, double sigma, double[] out) {
        if (!(gamma >= 0) || !(sigma >= 0) || gamma + sigma == 0 || !Double.isFinite(gamma + sigma) || !Double.isFinite(x)) {
            throw new IllegalArgumentException("complex Voigt needs Gamma >= 0 and sigma >= 0, not both 0, and a finite offset; got Gamma = "
                    + gamma + ", sigma = " + sigma + ", x = " + x);
        }
        if (sigma * sigma <= SERIES_BELOW * SERIES_BELOW * (gamma * gamma + x * x)) {
            series(x, gamma, sigma, out);
        } else {
            faddeeva(x, gamma, sigma, out);
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
    }

    private static void series(double x, double gamma, double sigma, double[] out) {
        // 1/u, u = Gamma + i x
        double d = gamma * gamma + x * x;
        double ur = gamma / d;
        double ui = -x / d;
        // powers p_n = 1/u^n
        double p2r = ur * ur - ui * ui;
        double p2i = 2 * ur * ui;
        double p3r = p2r * ur - p2i * ui;
        double p3i = p2r * ui + p2i * ur;
        double p4r = p3r * ur - p3i * ui;
        double p4i = p3r * ui + p3i * ur;
        double p5r = p4r * ur - p4i * ui;
        double p5i = p4r * ui + p4i * ur;
        double p6r = p5r * ur - p5i * ui;
        double p6i = p5r * ui + p5i * ur;
        double p7r = p6r * ur - p6i * ui;
        double p7i = p6r * ui + p6i * ur;
        double p8r = p7r * ur - p7i * ui;
        double p8i = p7r * ui + p7i * ur;
        double s2 = sigma * sigma;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        double c = 1 / Math.PI;
        // V = sum_n (s2/2)^n / n! L^(2n), L^(m) = (-i)^m m! / (pi u^(m+1)): c (p1 - s2 p3 + 3 s4 p5 - 15 s6 p7)
        double vr = c * (ur - s2 * p3r + 3 * s4 * p5r - 15 * s6 * p7r);
        double vi = c * (ui - s2 * p3i + 3 * s4 * p5i - 15 * s6 * p7i);
        // V' = (-i c) (p2 - 3 s2 p4 + 15 s4 p6 - 105 s6 p8); -i (a + ib) = b - ia
        double tr = p2r - 3 * s2 * p4r + 15 * s4 * p6r - 105 * s6 * p8r;
        double ti = p2i - 3 * s2 * p4i + 15 * s4 * p6i - 105 * s6 * p8i;
        double ax = c * ti;
        double bx = -c * tr;
        // dV/dsigma = c (-2 sigma p3 + 12 sigma^3 p5 - 90 sigma^5 p7)
        out[0] = vr;
        out[1] = vi;
        out[2] = ax;
        out[3] = bx;
        out[4] = bx;
        out[5] = -ax;
        out[6] = c * sigma * (-2 * p3r + 12 * s2 * p5r - 90 * s4 * p7r);
        out[7] = c * sigma * (-2 * p3i + 12 * s2 * p5i - 90 * s4 * p7i);
    }
}
