package org.metalnmr.rf.linalg;

import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.rf.RfMessage;

/**
 * Incomplete LDL<sup>T</sup> factorisation with zero fill-in, IC(0), of a complex symmetric
 * matrix: A &asymp; L D L<sup>T</sup> with L unit lower triangular on the sparsity pattern of the
 * lower triangle of A and D diagonal (plain transpose, no conjugation, so that the preconditioner
 * is complex symmetric as the COCG method requires). For the five-point stencil this is the
 * classical incomplete Cholesky of Meijerink &amp; van der Vorst (Math. Comp. 31, 148, 1977)
 * continued to complex symmetric matrices (van der Vorst &amp; Melissen, IEEE Trans. Magn. 26,
 * 706, 1990).
 *
 * \[ l_{ik} = \Big(a_{ik} - \sum_{j \lt k} l_{ij} d_j l_{kj}\Big) / d_k, \qquad d_i = a_{ii} - \sum_{k \lt i} l_{ik}^2 d_k \]
 * where the sums run over the stored pattern only. A zero pivot raises {@link MetalNmrException}.
 */
public final class IncompleteLdlt implements ComplexPreconditioner {

    private final int n;
    private final int[] rowStart;
    private final int[] col;
    private final int[] diagPos;
    private final double[] lre;
    private final double[] lim;
    private final double[] invDre;
    private final double[] invDim;

    /**
     * Factorises a complex symmetric matrix (only its lower triangle and diagonal are read).
     *
     * @param a the matrix
     */
    public IncompleteLdlt(ComplexCsrMatrix a) {
        n = a.size();
        rowStart = a.rowStart();
        col = a.columns();
        double[] are = a.realParts();
        double[] aim = a.imagParts();
        lre = new double[col.length];
        lim = new double[col.length];
        diagPos = new int[n];
        double[] dre = new double[n];
        double[] dim = new double[n];
        invDre = new double[n];
        invDim = new double[n];
        for (int i = 0; i < n; i++) {
            int p0 = rowStart[i];
            int dp = -1;
            for (int p = p0; p < rowStart[i + 1]; p++) {
                if (col[p] == i) {
                    dp = p;
                    break;
                }
            }
            if (dp < 0) {
                throw new MetalNmrException(RfMessage.FACTORISATION_BREAKDOWN, "incomplete LDL^T", i);
            }
            diagPos[i] = dp;
            double sdr = are[dp];
            double sdi = aim[dp];
            for (int p = p0; p < dp; p++) {
                int k = col[p];
                double sr = are[p];
                double si = aim[p];
                // subtract sum over j < k in both lower(i) and lower(k) of l_ij d_j l_kj
                int q = rowStart[k];
                int qEnd = diagPos[k];
                int r = p0;
                while (r < p && q < qEnd) {
                    int cj = col[r];
                    int ck = col[q];
                    if (cj == ck) {
                        // t = l_ij * d_j * l_kj
                        double ur = lre[r] * dre[cj] - lim[r] * dim[cj];
                        double ui = lre[r] * dim[cj] + lim[r] * dre[cj];
                        sr -= ur * lre[q] - ui * lim[q];
                        si -= ur * lim[q] + ui * lre[q];
                        r++;
                        q++;
                    } else if (cj < ck) {
                        r++;
                    } else {
                        q++;
                    }
                }
                // l_ik = s / d_k
                double ir = invDre[k];
                double ii = invDim[k];
                double lr = sr * ir - si * ii;
                double li = sr * ii + si * ir;
                lre[p] = lr;
                lim[p] = li;
                // d_i -= l_ik^2 d_k
                double sqr = lr * lr - li * li;
                double sqi = 2 * lr * li;
                sdr -= sqr * dre[k] - sqi * dim[k];
                sdi -= sqr * dim[k] + sqi * dre[k];
            }
            double mag = sdr * sdr + sdi * sdi;
            if (!(mag > 0) || !Double.isFinite(mag)) {
                throw new MetalNmrException(RfMessage.FACTORISATION_BREAKDOWN, "incomplete LDL^T", i);
            }
            dre[i] = sdr;
            dim[i] = sdi;
            invDre[i] = sdr / mag;
            invDim[i] = -sdi / mag;
        }
    }

    @Override
    public void solve(double[] rRe, double[] rIm, double[] zRe, double[] zIm) {
        // forward: L y = r
        for (int i = 0; i < n; i++) {
            double sr = rRe[i];
            double si = rIm[i];
            for (int p = rowStart[i]; p < diagPos[i]; p++) {
                int k = col[p];
                sr -= lre[p] * zRe[k] - lim[p] * zIm[k];
                si -= lre[p] * zIm[k] + lim[p] * zRe[k];
            }
            zRe[i] = sr;
            zIm[i] = si;
        }
        // diagonal
        for (int i = 0; i < n; i++) {
            double sr = zRe[i];
            double si = zIm[i];
            zRe[i] = sr * invDre[i] - si * invDim[i];
            zIm[i] = sr * invDim[i] + si * invDre[i];
        }
        // backward: L^T w = z
        for (int i = n - 1; i >= 0; i--) {
            double wr = zRe[i];
            double wi = zIm[i];
            for (int p = rowStart[i]; p < diagPos[i]; p++) {
                int k = col[p];
                zRe[k] -= lre[p] * wr - lim[p] * wi;
                zIm[k] -= lre[p] * wi + lim[p] * wr;
            }
        }
    }
}
