package org.metalnmr.rf.linalg;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.rf.RfMessage;

/**
 * Conjugate orthogonal conjugate gradient (COCG) method for complex symmetric systems
 * A x = b with A = A<sup>T</sup> (van der Vorst &amp; Melissen, IEEE Trans. Magn. 26, 706, 1990):
 * the conjugate gradient recurrence with the bilinear form x<sup>T</sup>y in place of the inner
 * product x<sup>H</sup>y. It keeps the short recurrence and the storage of CG (five vectors), which
 * is why it is used here instead of GMRES (storage grows with the iteration count) or BiCGSTAB (two
 * products with A per iteration). The method can in principle break down (p<sup>T</sup>A p = 0);
 * that is reported as non-convergence.
 *
 * <pre>
 *   r = b - A x,  z = M^-1 r,  p = z,  rho = r^T z
 *   repeat:  q = A p;  alpha = rho / p^T q;  x += alpha p;  r -= alpha q
 *            z = M^-1 r;  rho' = r^T z;  p = z + (rho'/rho) p
 * </pre>
 * Configure with the {@code with*} methods, which return new instances.
 */
public final class CocgSolver {

    private final double tolerance;
    private final int maxIterations;
    private final ProgressListener progress;

    /** A solver with relative tolerance 1e-10, at most 20000 iterations and no progress reports. */
    public CocgSolver() {
        this(1e-10, 20000, ProgressListener.NONE);
    }

    private CocgSolver(double tolerance, int maxIterations, ProgressListener progress) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.progress = progress;
    }

    /**
     * @param relativeTolerance stop when ||r|| &lt;= tol ||b|| (in (0, 1))
     * @return a copy with that tolerance
     */
    public CocgSolver withTolerance(double relativeTolerance) {
        Checks.inRange("relativeTolerance", "[1]", 1e-16, 0.5, relativeTolerance);
        return new CocgSolver(relativeTolerance, maxIterations, progress);
    }

    /**
     * @param iterations the iteration limit (&gt;= 1)
     * @return a copy with that limit
     */
    public CocgSolver withMaxIterations(int iterations) {
        Checks.positive("maxIterations", "[1]", iterations);
        return new CocgSolver(tolerance, iterations, progress);
    }

    /**
     * @param listener receives a report every 50 iterations
     * @return a copy reporting to that listener
     */
    public CocgSolver withProgress(ProgressListener listener) {
        return new CocgSolver(tolerance, maxIterations, listener == null ? ProgressListener.NONE : listener);
    }

    /** @return the relative residual tolerance */
    public double tolerance() {
        return tolerance;
    }

    /**
     * Solves A x = b. x holds the initial guess on entry and the solution on exit.
     *
     * @param a   complex symmetric operator
     * @param m   complex symmetric preconditioner
     * @param bRe real part of b
     * @param bIm imaginary part of b
     * @param xRe real part of x (in/out)
     * @param xIm imaginary part of x (in/out)
     * @return iterations and final residual
     * @throws MetalNmrException when the tolerance is not reached within the iteration limit
     */
    public SolverStatistics solve(ComplexLinearOperator a, ComplexPreconditioner m, double[] bRe, double[] bIm,
                                  double[] xRe, double[] xIm) {
        int n = a.size();
        double[] rRe = new double[n];
        double[] rIm = new double[n];
        double[] zRe = new double[n];
        double[] zIm = new double[n];
        double[] pRe = new double[n];
        double[] pIm = new double[n];
        double[] qRe = new double[n];
        double[] qIm = new double[n];
        double bNorm = Math.sqrt(dotConj(bRe, bIm, bRe, bIm));
        if (bNorm == 0) {
            java.util.Arrays.fill(xRe, 0);
            java.util.Arrays.fill(xIm, 0);
            return new SolverStatistics(n, 0, 0);
        }
        a.apply(xRe, xIm, qRe, qIm);
        for (int i = 0; i < n; i++) {
            rRe[i] = bRe[i] - qRe[i];
            rIm[i] = bIm[i] - qIm[i];
        }
        double res = Math.sqrt(dotConj(rRe, rIm, rRe, rIm)) / bNorm;
        if (res <= tolerance) {
            return new SolverStatistics(n, 0, res);
        }
        m.solve(rRe, rIm, zRe, zIm);
        System.arraycopy(zRe, 0, pRe, 0, n);
        System.arraycopy(zIm, 0, pIm, 0, n);
        double rhoRe = bilinearRe(rRe, rIm, zRe, zIm);
        double rhoIm = bilinearIm(rRe, rIm, zRe, zIm);
        for (int it = 1; it <= maxIterations; it++) {
            a.apply(pRe, pIm, qRe, qIm);
            double pqRe = bilinearRe(pRe, pIm, qRe, qIm);
            double pqIm = bilinearIm(pRe, pIm, qRe, qIm);
            double den = pqRe * pqRe + pqIm * pqIm;
            if (!(den > 0)) {
                break;
            }
            double alRe = (rhoRe * pqRe + rhoIm * pqIm) / den;
            double alIm = (rhoIm * pqRe - rhoRe * pqIm) / den;
            double rr = 0;
            for (int i = 0; i < n; i++) {
                xRe[i] += alRe * pRe[i] - alIm * pIm[i];
                xIm[i] += alRe * pIm[i] + alIm * pRe[i];
                rRe[i] -= alRe * qRe[i] - alIm * qIm[i];
                rIm[i] -= alRe * qIm[i] + alIm * qRe[i];
                rr += rRe[i] * rRe[i] + rIm[i] * rIm[i];
            }
            res = Math.sqrt(rr) / bNorm;
            if (it % 50 == 0) {
                progress.progress(String.format(java.util.Locale.ROOT,
                        "COCG iteration %d, relative residual %.2e", it, res), -1);
            }
            if (res <= tolerance) {
                return new SolverStatistics(n, it, res);
            }
            m.solve(rRe, rIm, zRe, zIm);
            double nRe = bilinearRe(rRe, rIm, zRe, zIm);
            double nIm = bilinearIm(rRe, rIm, zRe, zIm);
            double rhoDen = rhoRe * rhoRe + rhoIm * rhoIm;
            if (!(rhoDen > 0)) {
                break;
            }
            double beRe = (nRe * rhoRe + nIm * rhoIm) / rhoDen;
            double beIm = (nIm * rhoRe - nRe * rhoIm) / rhoDen;
            for (int i = 0; i < n; i++) {
                double pr = pRe[i];
                double pi = pIm[i];
                pRe[i] = zRe[i] + beRe * pr - beIm * pi;
                pIm[i] = zIm[i] + beRe * pi + beIm * pr;
            }
            rhoRe = nRe;
            rhoIm = nIm;
            if (it == maxIterations) {
                break;
            }
        }
        throw new MetalNmrException(RfMessage.SOLVER_NOT_CONVERGED, "COCG", res, maxIterations, tolerance);
    }

    private static double dotConj(double[] ar, double[] ai, double[] br, double[] bi) {
        double s = 0;
        for (int i = 0; i < ar.length; i++) {
            s += ar[i] * br[i] + ai[i] * bi[i];
        }
        return s;
    }

    private static double bilinearRe(double[] ar, double[] ai, double[] br, double[] bi) {
        double s = 0;
        for (int i = 0; i < ar.length; i++) {
            s += ar[i] * br[i] - ai[i] * bi[i];
        }
        return s;
    }

    private static double bilinearIm(double[] ar, double[] ai, double[] br, double[] bi) {
        double s = 0;
        for (int i = 0; i < ar.length; i++) {
            s += ar[i] * bi[i] + ai[i] * br[i];
        }
        return s;
    }
}
