package org.metalnmr.rf.potential;

import java.util.Locale;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.rf.RfMessage;
import org.metalnmr.rf.linalg.ProgressListener;

/**
 * Preconditioned conjugate gradients for A psi = b with the symmetric positive (semi-)definite {@link VoxelOperator}
 * (Hestenes and Stiefel, J. Res. NBS 49, 409 (1952); Saad, Iterative Methods for Sparse Linear Systems, 2nd ed.,
 * algorithm 9.1), matrix-free, with the sweeps on a {@link PlaneLoop} (sums in plane order: the iterates do not depend
 * on the thread count). Stops when the relative residual |b - A psi| / |b| falls below the tolerance. Holds its four
 * work vectors between solves of the same grid.
 */
final class PreconditionedCg {

    /** PCG iterations between progress reports. */
    private static final int PROGRESS_EVERY = 5;

    private final VoxelOperator op;
    private final PotentialSolver3D.Preconditioning preconditioning;
    private final MultigridPreconditioner multigrid;
    private final PlaneLoop loop;
    private final int maxIterations;
    private final ProgressListener progress;
    private final int planes;
    private final long plane;
    private final double[] r;
    private final double[] z;
    private final double[] pv;
    private final double[] q;
    private int iterations;
    private double residual;

    /**
     * @param op              the operator
     * @param preconditioning the preconditioner
     * @param loop            the plane loop
     * @param maxIterations   iteration limit per solve
     * @param progress        receives a report every 5 iterations
     */
    PreconditionedCg(VoxelOperator op, PotentialSolver3D.Preconditioning preconditioning, PlaneLoop loop, int maxIterations,
                     ProgressListener progress) {
        this.op = op;
        this.preconditioning = preconditioning;
        this.loop = loop;
        this.multigrid = preconditioning == PotentialSolver3D.Preconditioning.MULTIGRID ? new MultigridPreconditioner(op, loop) : null;
        this.maxIterations = maxIterations;
        this.progress = progress;
        this.planes = op.planes();
        this.plane = op.planeSize();
        int n = (int) (planes * plane);
        r = new double[n];
        z = new double[n];
        pv = new double[n];
        q = new double[n];
    }

    /** @return a work vector of the grid's size the caller may fill with b before {@link #solve} (it is overwritten there) */
    double[] scratch() {
        return q;
    }

    /** @return iterations of all solves so far */
    int iterations() {
        return iterations;
    }

    /** @return relative residual at the end of the last solve */
    double residual() {
        return residual;
    }

    /**
     * Iterates from the given start.
     *
     * @param b         right-hand side (may be {@link #scratch()})
     * @param phi       start, overwritten by the solution
     * @param tol       relative residual to reach
     * @param tolerance the tolerance named in the failure message
     * @param pass      pass number, for the progress messages
     * @throws MetalNmrException when the iteration limit is reached first
     */
    void solve(double[] b, double[] phi, double tol, double tolerance, int pass) {
        int n = phi.length;
        double bn = Math.sqrt(dot(b, b));
        op.residual(b, phi, r, loop);
        double rr = dot(r, r);
        if (bn == 0) {
            residual = 0;
            return;
        }
        precondition(r, z);
        System.arraycopy(z, 0, pv, 0, n);
        double rz = dot(r, z);
        for (int it = 1; it <= maxIterations; it++) {
            if (Math.sqrt(rr) / bn <= tol) {
                residual = Math.sqrt(rr) / bn;
                return;
            }
            double alpha = rz / op.applyDot(pv, q, loop);
            rr = loop.sum(planes, plane, k -> {
                double s = 0;
                for (int c = (int) (k * plane), e = (int) (c + plane); c < e; c++) {
                    phi[c] += alpha * pv[c];
                    r[c] -= alpha * q[c];
                    s += r[c] * r[c];
                }
                return s;
            });
            precondition(r, z);
            double rzNew = dot(r, z);
            double beta = rzNew / rz;
            rz = rzNew;
            loop.forEach(planes, plane, k -> {
                for (int c = (int) (k * plane), e = (int) (c + plane); c < e; c++) {
                    pv[c] = z[c] + beta * pv[c];
                }
            });
            iterations++;
            if (it % PROGRESS_EVERY == 0) {
                progress.progress(String.format(Locale.ROOT, "PCG pass %d iteration %d, relative residual %.2e",
                        pass, it, Math.sqrt(rr) / bn), -1);
            }
        }
        residual = Math.sqrt(rr) / bn;
        if (residual > tol) {
            throw new MetalNmrException(RfMessage.SOLVER_NOT_CONVERGED, "3D potential PCG", residual, maxIterations, tolerance);
        }
    }

    private double dot(double[] a, double[] b) {
        return loop.sum(planes, plane, k -> {
            double s = 0;
            for (int c = (int) (k * plane), e = (int) (c + plane); c < e; c++) {
                s += a[c] * b[c];
            }
            return s;
        });
    }

    private void precondition(double[] res, double[] out) {
        switch (preconditioning) {
            case JACOBI -> op.jacobi(res, out);
            case SSOR -> op.symmetricGaussSeidel(res, out);
            default -> multigrid.apply(res, out);
        }
    }
}
