package org.metalnmr.rf.bessel;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/**
 * Spherical Bessel functions j_n(z) = sqrt(pi/(2z)) J_{n+1/2}(z) of complex argument, orders
 * -1 &lt;= n &lt;= 3, the functions behind the skin effect in a sphere (Landau &amp; Lifshitz, Electrodynamics
 * of Continuous Media, sect. 59, problem 1). Order -1 is j_{-1}(z) = cos(z)/z (DLMF 10.49.3 for n = 0 of
 * y, with j_{-1} = -y_0), which enters Lommel's integral for j_0.
 *
 * <ul>
 * <li>|z| &lt; {@value #SERIES_LIMIT}, n &gt;= 0: the series (DLMF 10.53.1)
 *     j_n(z) = z^n / (2n+1)!! sum_k (-z^2/2)^k / (k! (2n+3)(2n+5)...(2n+2k+1)).</li>
 * <li>otherwise the elementary forms j_0 = sin z / z, j_1 = sin z / z^2 - cos z / z (DLMF 10.49.3) and
 *     upward recurrence j_{n+1} = (2n+1)/z j_n - j_{n-1} (DLMF 10.51.1), stable enough for n &lt;= 3 at
 *     |z| &gt;= 2 (it loses at most a factor of about 10).</li>
 * </ul>
 * {@link #scaled} returns j_n(z) e^{-|Im z|}. Relative error below 1e-12 against 40-digit mpmath
 * values (test resources {@code bessel/spherical-j.csv}) on 1e-3 &lt;= |z| &lt;= 500. j_{-1} is singular at
 * z = 0: the code refuses z = 0 for n = -1.
 */
public final class SphericalBesselJ {

    /** Smallest order implemented. */
    public static final int MIN_ORDER = -1;
    /** Largest order implemented. */
    public static final int MAX_ORDER = 3;
    /** Below this |z| the power series is used. */
    static final double SERIES_LIMIT = 2.0;

    private SphericalBesselJ() {
    }

    /**
     * @param n order, -1..3
     * @param z argument, finite (non-zero for n = -1)
     * @return j_n(z) e^{-|Im z|}
     */
    public static Complex scaled(int n, Complex z) {
        if (n < MIN_ORDER || n > MAX_ORDER) {
            throw new InvalidInputException(RfMessage.BESSEL_ORDER, MIN_ORDER, MAX_ORDER, n);
        }
        ComplexTrig.requireFinite("spherical Bessel argument z", z);
        if (n >= 0 && z.norm() < SERIES_LIMIT) {
            return series(n, z);
        }
        if (z.isZero()) {
            throw new InvalidInputException(RfMessage.NOT_FINITE_COMPLEX, "j_{-1}(z) = cos z / z at z", z);
        }
        return elementary(n, z);
    }

    /** Elementary forms and upward recurrence, scaled by e^{-|Im z|}, z != 0. */
    static Complex elementary(int n, Complex z) {
        double c = Math.abs(z.getImaginary());
        Complex sin = ComplexTrig.scaledSin(z.getReal(), z.getImaginary(), c);
        Complex cos = ComplexTrig.scaledCos(z.getReal(), z.getImaginary(), c);
        Complex inv = z.reciprocal();
        if (n == -1) {
            return cos.multiply(inv);
        }
        Complex jm = sin.multiply(inv);
        if (n == 0) {
            return jm;
        }
        Complex j = sin.multiply(inv).subtract(cos).multiply(inv);
        for (int k = 1; k < n; k++) {
            Complex next = j.multiply(inv).multiply(2 * k + 1).subtract(jm);
            jm = j;
            j = next;
        }
        return j;
    }

    /**
     * @param n order, -1..3
     * @param z argument, finite, |Im z| &lt;= 700
     * @return j_n(z)
     */
    public static Complex value(int n, Complex z) {
        ComplexTrig.requireFinite("spherical Bessel argument z", z);
        double im = Math.abs(z.getImaginary());
        if (im > BesselJ.MAX_UNSCALED_IM) {
            throw new InvalidInputException(RfMessage.BESSEL_OVERFLOW, "j_" + n, z, im, BesselJ.MAX_UNSCALED_IM);
        }
        return scaled(n, z).multiply(Math.exp(im));
    }

    /** Power series, scaled by e^{-|Im z|}, n &gt;= 0. */
    static Complex series(int n, Complex z) {
        Complex prefactor = Complex.ONE;
        for (int i = 1; i <= n; i++) {
            prefactor = prefactor.multiply(z).divide(2 * i + 1);
        }
        Complex q = z.multiply(z).multiply(-0.5);
        Complex term = Complex.ONE;
        Complex sum = Complex.ONE;
        for (int k = 1; k < 1000; k++) {
            term = term.multiply(q).divide((double) k * (2 * n + 2 * k + 1));
            sum = sum.add(term);
            if (term.norm() <= 1e-17 * sum.norm()) {
                break;
            }
        }
        return prefactor.multiply(sum).multiply(Math.exp(-Math.abs(z.getImaginary())));
    }
}
