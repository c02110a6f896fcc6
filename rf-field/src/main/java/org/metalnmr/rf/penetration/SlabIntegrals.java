package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;

/**
 * The one-dimensional profile shared by the slabs: on 0 &lt;= u &lt;= L, with u measured from the face
 * where the boundary condition (a, b) holds and the driven face at u = L,
 * \[ h(u) = \frac{a \cosh(\kappa u) + b \sinh(\kappa u)}{a \cosh(\kappa L) + b \sinh(\kappa L)}, \]
 * \[ \frac1L \int_0^L h^2\, du = \frac{(a^2 - b^2)\, 2 L q^2 + (a^2 + b^2)(1 - q^4)/(2\kappa) + a b (1 - q^2)^2/\kappa}
 *    {L\, [a (1 + q^2) + b (1 - q^2)]^2}, \qquad q = e^{-\kappa L}, \]
 * the second line from integrating cosh^2, sinh^2 and cosh sinh and dividing numerator and denominator
 * by e^{2 kappa L}/4, which keeps it finite for any L/d; 1 - q^2 is taken from expm1 so that the thin
 * limit (S/V = 1) keeps full precision.
 */
final class SlabIntegrals {

    private SlabIntegrals() {
    }

    static Complex profile(double u, double length, Complex kappa, double a, double b) {
        Complex e1 = kappa.multiply(u - length).exp();
        Complex e2 = kappa.multiply(-(u + length)).exp();
        Complex num = e1.add(e2).multiply(a).add(e1.subtract(e2).multiply(b));
        Complex q2 = kappa.multiply(-2 * length).exp();
        Complex m1 = ComplexExponential.expm1(kappa.multiply(-2 * length)).negate();
        Complex den = q2.add(1).multiply(a).add(m1.multiply(b));
        return num.divide(den);
    }

    static Complex perVolume(double length, Complex kappa, double a, double b) {
        Complex q2 = kappa.multiply(-2 * length).exp();
        Complex m1 = ComplexExponential.expm1(kappa.multiply(-2 * length)).negate();
        Complex onePlusQ2 = q2.add(1);
        Complex num = q2.multiply(2 * length * (a * a - b * b))
                .add(m1.multiply(onePlusQ2).divide(kappa.multiply(2)).multiply(a * a + b * b))
                .add(m1.multiply(m1).divide(kappa).multiply(a * b));
        Complex den = onePlusQ2.multiply(a).add(m1.multiply(b));
        return num.divide(den.multiply(den)).divide(length);
    }
}
