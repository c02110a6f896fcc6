package org.metalnmr.rf.linalg;

import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.rf.RfMessage;

/** Diagonal (Jacobi) preconditioner z_i = r_i / a_ii of a complex matrix. */
public final class JacobiPreconditioner implements ComplexPreconditioner {

    private final double[] invRe;
    private final double[] invIm;

    /** @param a the matrix whose diagonal is inverted */
    public JacobiPreconditioner(ComplexCsrMatrix a) {
        int n = a.size();
        invRe = new double[n];
        invIm = new double[n];
        for (int i = 0; i < n; i++) {
            double[] d = a.diagonal(i);
            double mag = d[0] * d[0] + d[1] * d[1];
            if (!(mag > 0)) {
                throw new MetalNmrException(RfMessage.FACTORISATION_BREAKDOWN, "Jacobi preconditioner", i);
            }
            invRe[i] = d[0] / mag;
            invIm[i] = -d[1] / mag;
        }
    }

    @Override
    public void solve(double[] rRe, double[] rIm, double[] zRe, double[] zIm) {
        for (int i = 0; i < invRe.length; i++) {
            double sr = rRe[i];
            double si = rIm[i];
            zRe[i] = sr * invRe[i] - si * invIm[i];
            zIm[i] = sr * invIm[i] + si * invRe[i];
        }
    }
}
