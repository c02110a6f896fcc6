package org.metalnmr.rf.bessel;

import org.hipparchus.complex.Complex;

/**
 * Exponentially scaled complex sine and cosine: sin(w) e^{-c} and cos(w) e^{-c} with c &gt;= |Im w|,
 * computed without forming e^{|Im w|}, so that they stay finite for any |Im w| (the unscaled values
 * overflow a double beyond |Im w| of about 710).
 * \[ \cos(a + ib)\, e^{-c} = \cos a\, \frac{e^{b-c} + e^{-b-c}}{2} - i \sin a\, \frac{e^{b-c} - e^{-b-c}}{2}, \]
 * \[ \sin(a + ib)\, e^{-c} = \sin a\, \frac{e^{b-c} + e^{-b-c}}{2} + i \cos a\, \frac{e^{b-c} - e^{-b-c}}{2} \]
 */
final class ComplexTrig {

    private ComplexTrig() {
    }

    /**
     * @param a Re w
     * @param b Im w
     * @param c scale exponent, c &gt;= |b|
     * @return cos(a + i b) e^{-c}
     */
    static Complex scaledCos(double a, double b, double c) {
        double ep = Math.exp(b - c);
        double em = Math.exp(-b - c);
        return new Complex(Math.cos(a) * 0.5 * (ep + em), -Math.sin(a) * 0.5 * (ep - em));
    }

    /**
     * @param a Re w
     * @param b Im w
     * @param c scale exponent, c &gt;= |b|
     * @return sin(a + i b) e^{-c}
     */
    static Complex scaledSin(double a, double b, double c) {
        double ep = Math.exp(b - c);
        double em = Math.exp(-b - c);
        return new Complex(Math.sin(a) * 0.5 * (ep + em), Math.cos(a) * 0.5 * (ep - em));
    }

    /**
     * @param what name of the argument, for the message
     * @param z    the argument
     * @return z, when both parts are finite
     */
    static Complex requireFinite(String what, Complex z) {
        if (z == null || !Double.isFinite(z.getReal()) || !Double.isFinite(z.getImaginary())) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.rf.RfMessage.NOT_FINITE_COMPLEX, what, z);
        }
        return z;
    }
}
