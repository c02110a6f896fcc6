package org.metalnmr.rf.bessel;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/**
 * Bessel functions of the first kind J_n(z) of integer order 0 &lt;= n &lt;= 3 and complex argument z,
 * the functions behind the skin effect in cylinders (Kelvin functions: ber x + i bei x = J_0(x e^{3 pi i/4})).
 *
 * <p>Three methods, chosen by |z| (each also reachable on its own, package-private, for the overlap tests):
 * <ul>
 * <li>|z| &lt; {@value #SERIES_LIMIT}: the power series (DLMF 10.2.2)
 *     J_n(z) = (z/2)^n sum_k (-z^2/4)^k / (k! (n+k)!). Cancellation loses at most a factor
 *     I_n(|z|)/|J_n(z)| (about 30 on the real axis at |z| = 4), so the relative error stays near 1e-15.</li>
 * <li>{@value #SERIES_LIMIT} &lt;= |z| &lt; {@value #ASYMPTOTIC_LIMIT}: Bessel's integral (DLMF 10.9.2)
 *     J_n(z) = (1/pi) int_0^pi cos(n tau - z sin tau) d tau by the trapezoidal rule on M = ceil|z| + 20
 *     intervals. The integrand is smooth, even and 2 pi periodic, so the rule is exact up to the aliased
 *     terms J_{2M-n}(z) + J_{2M+n}(z), below 1e-35 relative here (|J_m(z)| &lt;= (|z|/2)^m e^{|Im z|}/m!).</li>
 * <li>|z| &gt;= {@value #ASYMPTOTIC_LIMIT}: Hankel's expansion (DLMF 10.17.3), for Re z &gt;= 0 after the
 *     reflection J_n(-z) = (-1)^n J_n(z):
 *     J_n(z) = sqrt(2/(pi z)) [P cos w - Q sin w], w = z - (2n+1) pi/4, P = sum_k (-1)^k a_{2k}/z^{2k},
 *     Q = sum_k (-1)^k a_{2k+1}/z^{2k+1}, a_k = prod_{j=1..k} (4n^2 - (2j-1)^2) / (k! 8^k), summed until a
 *     term falls below 1e-17; the smallest term of the divergent series is about e^{-2|z|} &lt; 1e-21.</li>
 * </ul>
 * Measured against 40-digit mpmath values (test resources {@code bessel/cylindrical-j.csv}): relative
 * error below 1e-12 on the Kelvin rays arg z = +-pi/4, +-3pi/4 for 1e-3 &lt;= |z| &lt;= 500, and below 1e-10
 * at general complex z away from the real zeros (relative error is meaningless at a zero).
 *
 * <p>Overflow: |J_n(z)| grows like e^{|Im z|}. {@link #scaled} returns J_n(z) e^{-|Im z|}, finite for every
 * finite z; ratios such as J_1(z)/J_0(z) or J_0(kr)/J_0(ka) are formed from scaled values so that
 * nothing overflows for bodies far thicker than the skin depth. {@link #value} refuses |Im z| &gt; 700.
 */
public final class BesselJ {

    /** Largest order implemented (the closed forms of the rf package need 0..3). */
    public static final int MAX_ORDER = 3;
    /** Below this |z| the power series is used. */
    static final double SERIES_LIMIT = 4.0;
    /** From this |z| on the Hankel asymptotic expansion is used. */
    static final double ASYMPTOTIC_LIMIT = 25.0;
    /** Largest |Im z| for which the unscaled value is returned (e^700 ~ 1e304). */
    static final double MAX_UNSCALED_IM = 700.0;

    private BesselJ() {
    }

    /**
     * @param n order, 0..{@value #MAX_ORDER}
     * @param z argument, finite
     * @return J_n(z) e^{-|Im z|}
     */
    public static Complex scaled(int n, Complex z) {
        checkOrder(n);
        ComplexTrig.requireFinite("Bessel argument z", z);
        double r = z.norm();
        if (r < SERIES_LIMIT) {
            return series(n, z);
        }
        if (r < ASYMPTOTIC_LIMIT) {
            return integral(n, z);
        }
        return asymptotic(n, z);
    }

    /**
     * @param n order, 0..{@value #MAX_ORDER}
     * @param z argument, finite, |Im z| &lt;= 700
     * @return J_n(z)
     * @throws InvalidInputException when the value would overflow (use {@link #scaled})
     */
    public static Complex value(int n, Complex z) {
        ComplexTrig.requireFinite("Bessel argument z", z);
        double im = Math.abs(z.getImaginary());
        if (im > MAX_UNSCALED_IM) {
            throw new InvalidInputException(RfMessage.BESSEL_OVERFLOW, "J_" + n, z, im, MAX_UNSCALED_IM);
        }
        return scaled(n, z).multiply(Math.exp(im));
    }

    private static void checkOrder(int n) {
        if (n < 0 || n > MAX_ORDER) {
            throw new InvalidInputException(RfMessage.BESSEL_ORDER, 0, MAX_ORDER, n);
        }
    }

    /** Power series, scaled by e^{-|Im z|}. Accurate for |z| up to about 4 (all arguments) or 30 (Kelvin rays). */
    static Complex series(int n, Complex z) {
        Complex half = z.multiply(0.5);
        Complex prefactor = Complex.ONE;
        for (int i = 1; i <= n; i++) {
            prefactor = prefactor.multiply(half).divide(i);
        }
        Complex q = half.multiply(half).negate();
        Complex term = Complex.ONE;
        Complex sum = Complex.ONE;
        for (int k = 1; k < 1000; k++) {
            term = term.multiply(q).divide((double) k * (n + k));
            sum = sum.add(term);
            if (term.norm() <= 1e-17 * sum.norm() && k > half.norm()) {
                break;
            }
        }
        return prefactor.multiply(sum).multiply(Math.exp(-Math.abs(z.getImaginary())));
    }

    /** Bessel's integral by the trapezoidal rule, scaled by e^{-|Im z|}. */
    static Complex integral(int n, Complex z) {
        double x = z.getReal();
        double y = z.getImaginary();
        double c = Math.abs(y);
        int m = (int) Math.ceil(z.norm()) + 20;
        double h = Math.PI / m;
        double re = 0;
        double im = 0;
        for (int j = 0; j <= m; j++) {
            double tau = j * h;
            double s = Math.sin(tau);
            Complex v = ComplexTrig.scaledCos(n * tau - x * s, -y * s, c);
            double w = (j == 0 || j == m) ? 0.5 : 1.0;
            re += w * v.getReal();
            im += w * v.getImaginary();
        }
        return new Complex(re / m, im / m);
    }

    /** Hankel's asymptotic expansion, scaled by e^{-|Im z|}. Accurate for |z| above about 12. */
    static Complex asymptotic(int n, Complex z) {
        Complex zz = z;
        double sign = 1;
        if (z.getReal() < 0) {
            zz = z.negate();
            sign = (n % 2 == 0) ? 1 : -1;
        }
        double mu = 4.0 * n * n;
        Complex inv8z = zz.multiply(8).reciprocal();
        Complex t = Complex.ONE;
        Complex p = Complex.ONE;
        Complex q = Complex.ZERO;
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k < 400; k++) {
            double odd = 2.0 * k - 1;
            t = t.multiply(inv8z).multiply((mu - odd * odd) / k);
            double size = t.norm();
            if (size > previous) {
                break; // the asymptotic series starts to diverge: stop at its smallest term
            }
            switch (k % 4) {
                case 1 -> q = q.add(t);
                case 2 -> p = p.subtract(t);
                case 3 -> q = q.subtract(t);
                default -> p = p.add(t);
            }
            if (size < 1e-17) {
                break;
            }
            previous = size;
        }
        // w_n = w_0 - n pi/2: the trigonometric factors of all orders come from those of w_0 by exact
        // quarter turns, so that ratios J_n/J_0 carry no rounding error of the phase (which is ~1e-16 |z|)
        double c = Math.abs(zz.getImaginary());
        double wRe = zz.getReal() - Math.PI / 4;
        double wIm = zz.getImaginary();
        Complex cos0 = ComplexTrig.scaledCos(wRe, wIm, c);
        Complex sin0 = ComplexTrig.scaledSin(wRe, wIm, c);
        Complex cos;
        Complex sin;
        switch (n % 4) {
            case 0 -> {
                cos = cos0;
                sin = sin0;
            }
            case 1 -> {
                cos = sin0;
                sin = cos0.negate();
            }
            case 2 -> {
                cos = cos0.negate();
                sin = sin0.negate();
            }
            default -> {
                cos = sin0.negate();
                sin = cos0;
            }
        }
        Complex amplitude = zz.multiply(Math.PI / 2).reciprocal().sqrt();
        return amplitude.multiply(p.multiply(cos).subtract(q.multiply(sin))).multiply(sign);
    }
}
