package org.metalnmr.rf.potential;

import java.util.ArrayList;
import java.util.List;

/**
 * A geometric multigrid V-cycle used as the preconditioner of conjugate gradients on a
 * {@link VoxelOperator}: z = M<sup>-1</sup> r is one V-cycle for A z = r from z = 0.
 * <ul>
 *   <li>coarse grids: 2 x 2 x 2 blocks, operators (1/2) P<sup>T</sup> A P
 *       ({@link VoxelOperator#coarsened()}), so a thin metal foil stays a barrier on the coarse
 *       grids as far as the fine faces it blocks do, and a coarse voxel is metal only when all its
 *       children are;</li>
 *   <li>restriction P<sup>T</sup> (block sums), prolongation P (piecewise constant);</li>
 *   <li>smoothing: {@link #SMOOTHING_SWEEPS} red-black Gauss-Seidel sweeps, red then black before
 *       the coarse correction and black then red after it, so the V-cycle is a symmetric operator
 *       (the post-smoother is the adjoint of the pre-smoother), as conjugate gradients needs;</li>
 *   <li>coarsest grid (at most {@link #COARSEST_VOXELS} voxels or a side of 2): {@link #COARSEST_SWEEPS}
 *       symmetric pairs of red-black sweeps, a fixed linear symmetric operation (it stays one even
 *       where an air pocket enclosed by metal makes the coarse problem singular).</li>
 * </ul>
 * The V-cycle is symmetric positive definite when the smoother contracts in the energy norm
 * (Gauss-Seidel does), so MG-preconditioned CG converges in a number of iterations nearly
 * independent of the grid size (Tatebe, Copper Mountain 1993; Trottenberg, Oosterlee and Schueller,
 * Multigrid, 2001, section 7.8), where SSOR-PCG needs a number growing like n.
 */
final class MultigridPreconditioner {

    /** Red-black sweeps before and after the coarse correction (2 measured fastest, docs/rf-solvers.md). */
    static final int SMOOTHING_SWEEPS = 2;
    /** The coarsening stops at this many voxels. */
    static final int COARSEST_VOXELS = 512;
    /** Symmetric red-black sweep pairs on the coarsest grid (8^3 voxels: error reduced below 1e-3). */
    static final int COARSEST_SWEEPS = 40;

    private final List<VoxelOperator> levels = new ArrayList<>();
    private final double[][] x;
    private final double[][] b;
    private final PlaneLoop loop;

    /**
     * @param fine the fine-grid operator
     * @param loop the plane loop the sweeps run on
     */
    MultigridPreconditioner(VoxelOperator fine, PlaneLoop loop) {
        this.loop = loop;
        VoxelOperator a = fine;
        levels.add(a);
        while (a.size() > COARSEST_VOXELS && a.nx > 2 && a.ny > 2 && a.nz > 2) {
            a = a.coarsened();
            levels.add(a);
        }
        int m = levels.size();
        x = new double[m][];
        b = new double[m][];
        for (int l = 0; l < m; l++) {
            int n = levels.get(l).size();
            if (l > 0) {
                x[l] = new double[n];
                b[l] = new double[n];
            }
        }
    }

    /**
     * Bytes of the multigrid arrays per fine voxel: on the coarse grids (1/7 of the fine count in
     * all) four floats and two doubles per voxel.
     */
    static final double BYTES_PER_FINE_VOXEL = (16 + 16) / 7.0;

    /** @return the number of grids, the fine one included */
    int levelCount() {
        return levels.size();
    }

    /**
     * z = M<sup>-1</sup> r: one V-cycle from zero.
     *
     * @param res the residual (not modified)
     * @param z   output
     */
    void apply(double[] res, double[] z) {
        java.util.Arrays.fill(z, 0);
        cycle(0, res, z);
    }

    private void cycle(int l, double[] rhs, double[] sol) {
        VoxelOperator a = levels.get(l);
        if (l == levels.size() - 1) {
            for (int s = 0; s < COARSEST_SWEEPS; s++) {
                a.redBlackSweep(rhs, sol, 0, loop);
            }
            for (int s = 0; s < COARSEST_SWEEPS; s++) {
                a.redBlackSweep(rhs, sol, 1, loop);
            }
            return;
        }
        for (int s = 0; s < SMOOTHING_SWEEPS; s++) {
            a.redBlackSweep(rhs, sol, 0, loop);
        }
        VoxelOperator coarse = levels.get(l + 1);
        // the pre-smoothing ended with black (colour 1): only red residuals are non-zero
        a.restrictResidual(rhs, sol, 0, coarse, b[l + 1], loop);
        java.util.Arrays.fill(x[l + 1], 0);
        cycle(l + 1, b[l + 1], x[l + 1]);
        a.prolongAdd(x[l + 1], coarse, sol, loop);
        for (int s = 0; s < SMOOTHING_SWEEPS; s++) {
            a.redBlackSweep(rhs, sol, 1, loop);
        }
    }
}
