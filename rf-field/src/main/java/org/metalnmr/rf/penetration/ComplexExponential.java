package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;

/**
 * exp(w) - 1 for complex w without cancellation near w = 0:
 * \[ \mathrm{expm1}(x + iy) = [\mathrm{expm1}(x) \cos y - 2 \sin^2(y/2)] + i\, e^x \sin y. \]
 * (Hipparchus 4.0.3 {@code Complex.expm1()} does not return e^w - 1 for complex w, e.g. it gives
 * 0.263 + 0.575i at w = -1 - 2i where e^w - 1 = -1.153 - 0.335i, so it is not used.)
 */
public final class ComplexExponential {

    private ComplexExponential() {
    }

    /**
     * @param w the argument
     * @return e^w - 1, accurate to a few ulp relative also for |w| &lt;&lt; 1
     */
    public static Complex expm1(Complex w) {
        double x = w.getReal();
        double y = w.getImaginary();
        double s = Math.sin(0.5 * y);
        return new Complex(Math.expm1(x) * Math.cos(y) - 2 * s * s, Math.exp(x) * Math.sin(y));
    }
}
