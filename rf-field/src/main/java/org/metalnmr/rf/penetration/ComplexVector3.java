package org.metalnmr.rf.penetration;

import java.util.Objects;

import org.hipparchus.complex.Complex;

/**
 * A complex 3-vector: the phasor of an RF field, time dependence exp(+i omega t), the physical field
 * being Re[h exp(i omega t)].
 *
 * @param x x component
 * @param y y component
 * @param z z component
 */
public record ComplexVector3(Complex x, Complex y, Complex z) {

    /** Validates that no component is null or non-finite. */
    public ComplexVector3 {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(z, "z");
    }

    /**
     * @param value the x component
     * @return (value, 0, 0)
     */
    public static ComplexVector3 alongX(Complex value) {
        return new ComplexVector3(value, Complex.ZERO, Complex.ZERO);
    }

    /**
     * @param value the z component
     * @return (0, 0, value)
     */
    public static ComplexVector3 alongZ(Complex value) {
        return new ComplexVector3(Complex.ZERO, Complex.ZERO, value);
    }

    /**
     * The bilinear product (no complex conjugate), the quantity reciprocity needs: h . h for the
     * small-flip signal.
     *
     * @param o the other vector
     * @return x o.x + y o.y + z o.z
     */
    public Complex dot(ComplexVector3 o) {
        return x.multiply(o.x).add(y.multiply(o.y)).add(z.multiply(o.z));
    }

    /** @return the Hermitian squared norm |x|^2 + |y|^2 + |z|^2 */
    public double normSquared() {
        return sq(x) + sq(y) + sq(z);
    }

    private static double sq(Complex c) {
        return c.getReal() * c.getReal() + c.getImaginary() * c.getImaginary();
    }
}
