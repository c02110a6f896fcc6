package org.metalnmr.rf.linalg;

/**
 * An approximate inverse z = M<sup>-1</sup> r. For {@link CocgSolver} M must be complex symmetric.
 */
public interface ComplexPreconditioner {

    /**
     * @param rRe real part of r
     * @param rIm imaginary part of r
     * @param zRe real part of z, overwritten
     * @param zIm imaginary part of z, overwritten
     */
    void solve(double[] rRe, double[] rIm, double[] zRe, double[] zIm);
}
