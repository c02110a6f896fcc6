package org.metalnmr.rf.linalg;

/**
 * A complex linear map y = A x on vectors stored as separate real and imaginary arrays.
 * Implementations used with {@link CocgSolver} must be complex symmetric (A = A<sup>T</sup>).
 */
public interface ComplexLinearOperator {

    /** @return the dimension n of the (square) operator */
    int size();

    /**
     * Computes y = A x. The output arrays must not alias the input arrays.
     *
     * @param xRe real part of x (length n)
     * @param xIm imaginary part of x
     * @param yRe real part of y, overwritten
     * @param yIm imaginary part of y, overwritten
     */
    void apply(double[] xRe, double[] xIm, double[] yRe, double[] yIm);
}
