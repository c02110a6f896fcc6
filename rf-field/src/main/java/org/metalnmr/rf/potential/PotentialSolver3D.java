package org.metalnmr.rf.potential;

import java.util.Locale;
import java.util.Objects;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;
import org.metalnmr.rf.linalg.MemoryBudget;
import org.metalnmr.rf.linalg.ProgressListener;

/**
 * The RF field around mm-scale metal parts when the skin depth d is much smaller than the parts:
 * the metal acts as a perfect diamagnet (B . n = 0 on its surface; the eddy currents flow in a
 * layer of thickness d), and outside it the quasi-static field is curl- and divergence-free.
 * With H = H_a + H', H' = -grad psi', H_a the field that exists without the metal:
 * \[ \nabla^2 \psi' = 0 \text{ in air}, \qquad \frac{\partial \psi'}{\partial n} = H_a \cdot n
 *    \text{ on metal faces (} n \text{ outward from the metal)}, \qquad
 *    \psi' \to \frac{p \cdot r}{4 \pi r^3} \text{ far away} \]
 * (the induced dipole; no monopole because the net flux out of a diamagnet is zero).
 * Discretisation: cell-centred finite volumes on the voxels of a {@link MetalMask}, 7-point
 * stencil, the Neumann flux imposed on every air/metal voxel face (staircase surface). On the outer
 * faces of the grid psi' is prescribed (Dirichlet, at the face): first 0, then, for each of
 * {@link #withDipoleCorrections(int) n} outer iterations, the field of the induced dipole p computed
 * from the current solution by Green's representation on the metal surface,
 * p = closed integral of [psi' n - r (H_a . n)] dS. Without correction the image of the
 * induced dipole in a box of half-width L around a body of radius a changes the field by a relative
 * (a/L)<sup>3</sup>; with it the leading error becomes the next (quadrupole) order, (a/L)<sup>5</sup>.
 *
 * <p>The symmetric positive (semi-)definite system ({@link VoxelOperator}) is solved matrix-free by
 * preconditioned conjugate gradients. Default preconditioner: one geometric multigrid V-cycle
 * ({@link MultigridPreconditioner}: coarse grids that respect the metal mask, red-black
 * Gauss-Seidel smoothing), whose iteration count does not grow with the grid (16-17 for the sphere
 * at 4 to 16 voxels per radius, 17-22 on the 1.8 M-voxel cell stacks, against 66-220 and 260-300
 * with SSOR). Jacobi and symmetric Gauss-Seidel (SSOR, omega = 1) remain available; their
 * iteration counts grow like the grid size n (condition number ~ n<sup>2</sup>). Stopping
 * criterion: relative residual |b - A psi| / |b| below the tolerance (default 1e-8; 1e-6 changes
 * the cell signals by 3e-7 relative, far below the first-order discretisation error of a few
 * percent; measured in docs/rf-solvers.md). The grid loops run on {@link #withThreads(int) n}
 * threads, plane by plane, with sums added in plane order: the result does not depend on the
 * thread count. Memory is estimated before anything is allocated ({@link #BYTES_PER_VOXEL}).
 * Progress goes to a {@link ProgressListener}, never to a stream.
 *
 * <p>The pieces: {@link VoxelOperator} (the stencil), {@link PreconditionedCg} (the iteration),
 * {@link DipoleBoundary} (the outer boundary values), {@link SurfaceFieldExtraction} (fields at the voxel centres and
 * on the metal surface); this class assembles the right-hand side and runs the boundary passes.
 *
 * <p>Accuracy: the staircase surface makes the surface field and area converge at first order in
 * the voxel size; the area is corrected by weighting every face with h<sup>2</sup> / (|n_x| + |n_y| +
 * |n_z|) (the true element whose projections the staircase faces are), n estimated from the gradient
 * of the box-smoothed metal indicator.
 */
public final class PotentialSolver3D {

    /** Preconditioner of the conjugate-gradient iteration. */
    public enum Preconditioning {
        /** diagonal scaling */
        JACOBI,
        /** symmetric Gauss-Seidel (SSOR with omega = 1), sequential */
        SSOR,
        /** one geometric multigrid V-cycle with red-black Gauss-Seidel smoothing, the default */
        MULTIGRID
    }

    /**
     * Estimated bytes per voxel: labels (mask and copy), the field vector map (three floats), the potential (a float), operator (four floats),
     * seven double vectors of the solve, the multigrid arrays (fine residual and coarse grids).
     */
    public static final double BYTES_PER_VOXEL = 2 + 12 + 4 + 16 + 7 * 8 + MultigridPreconditioner.BYTES_PER_FINE_VOXEL;

    /**
     * The passes before the last dipole correction stop at this multiple of the tolerance: their
     * solution only sets the dipole p of the next pass's boundary values, whose effect on the field
     * near the metal is damped by about (a/L)^3 / 2 (a the metal size, L the box half-width). On the
     * cell A/B problems the signals moved by 1e-7 relative (tolerance 1e-6; docs/rf-solvers.md).
     */
    private static final double EARLY_PASS_FACTOR = 10;

    private final double tolerance;
    private final int maxIterations;
    private final int dipoleCorrections;
    private final Preconditioning preconditioning;
    private final ProgressListener progress;
    private final int threads;

    /**
     * Tolerance 1e-8, at most 20000 iterations, two dipole corrections, multigrid preconditioner, one
     * thread per available processor (at most {@link #MAX_DEFAULT_THREADS}).
     */
    public PotentialSolver3D() {
        this(1e-8, 20000, 2, Preconditioning.MULTIGRID, ProgressListener.NONE,
                Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** Default thread limit: the sweeps are memory-bound, more threads gain little. */
    public static final int MAX_DEFAULT_THREADS = 4;

    private PotentialSolver3D(double tolerance, int maxIterations, int dipoleCorrections, Preconditioning p,
                              ProgressListener progress, int threads) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.dipoleCorrections = dipoleCorrections;
        this.preconditioning = p;
        this.progress = progress;
        this.threads = threads;
    }

    /**
     * @param relativeTolerance relative residual at which CG stops, in [1e-14, 0.1]
     * @return a copy
     */
    public PotentialSolver3D withTolerance(double relativeTolerance) {
        Checks.inRange("relativeTolerance", "[1]", 1e-14, 0.1, relativeTolerance);
        return new PotentialSolver3D(relativeTolerance, maxIterations, dipoleCorrections, preconditioning, progress, threads);
    }

    /**
     * @param iterations iteration limit per solve
     * @return a copy
     */
    public PotentialSolver3D withMaxIterations(int iterations) {
        Checks.positive("maxIterations", "[1]", iterations);
        return new PotentialSolver3D(tolerance, iterations, dipoleCorrections, preconditioning, progress, threads);
    }

    /**
     * @param n number of outer dipole corrections of the far boundary, 0 to 10
     * @return a copy
     */
    public PotentialSolver3D withDipoleCorrections(int n) {
        Checks.inRange("dipoleCorrections", "[1]", 0, 10, n);
        return new PotentialSolver3D(tolerance, maxIterations, n, preconditioning, progress, threads);
    }

    /**
     * @param p preconditioner
     * @return a copy
     */
    public PotentialSolver3D withPreconditioning(Preconditioning p) {
        return new PotentialSolver3D(tolerance, maxIterations, dipoleCorrections, Objects.requireNonNull(p), progress, threads);
    }

    /**
     * @param listener receives a report every 5 PCG iterations
     * @return a copy
     */
    public PotentialSolver3D withProgress(ProgressListener listener) {
        return new PotentialSolver3D(tolerance, maxIterations, dipoleCorrections, preconditioning,
                listener == null ? ProgressListener.NONE : listener, threads);
    }

    /**
     * @param n threads for the grid sweeps, 1 to 64 (1: everything on the calling thread); the result
     *          is bit-for-bit the same for any number (sums are added plane by plane in order)
     * @return a copy
     */
    public PotentialSolver3D withThreads(int n) {
        Checks.inRange("threads", "[1]", 1, 64, n);
        return new PotentialSolver3D(tolerance, maxIterations, dipoleCorrections, preconditioning, progress, n);
    }

    /**
     * @param mask  the metal parts (the grid must leave air around them)
     * @param field the field without metal
     * @return the surface elements and their fields
     * @throws InvalidInputException when the grid would not fit in memory or holds no metal
     */
    public PotentialSolution3D solve(MetalMask mask, AppliedField3D field) {
        long n = mask.voxelCount();
        MemoryBudget.require(String.format(Locale.ROOT, "3D potential grid %d x %d x %d", mask.nx(), mask.ny(), mask.nz()),
                n * BYTES_PER_VOXEL, BYTES_PER_VOXEL, "voxels");
        if (n > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.OUT_OF_RANGE, "voxel count", 1,
                    Integer.MAX_VALUE - 8, "[1]", n);
        }
        return new Run(mask, field, null).run();
    }

    /**
     * A refined solve on a sub-grid inside an enclosing (coarser) solve of the same metal and applied field (one-way
     * nesting): psi' on the sub-grid's outer faces is interpolated from the enclosing solution ({@link InterpolatedBoundary}),
     * one PCG pass, no dipole correction. The sub-grid should end inside metal or a few coarse voxels out in air.
     *
     * @param subMask   the metal parts on the fine sub-grid (same part names and order as the enclosing mask)
     * @param field     the field without metal
     * @param enclosing the solution whose potential sets the sub-grid's boundary values
     * @return the surface elements and fields of the sub-grid
     * @throws InvalidInputException when the grid would not fit in memory or holds no metal
     */
    public PotentialSolution3D solveInside(MetalMask subMask, AppliedField3D field, PotentialSolution3D enclosing) {
        Objects.requireNonNull(enclosing, "enclosing");
        long n = subMask.voxelCount();
        MemoryBudget.require(String.format(Locale.ROOT, "3D potential sub-grid %d x %d x %d", subMask.nx(), subMask.ny(),
                subMask.nz()), n * BYTES_PER_VOXEL, BYTES_PER_VOXEL, "voxels");
        if (n > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.OUT_OF_RANGE, "voxel count", 1,
                    Integer.MAX_VALUE - 8, "[1]", n);
        }
        return new Run(subMask, field, enclosing).run();
    }

    /**
     * One solve: assembles the right-hand side (Neumann data on the metal faces, Dirichlet terms on the outer faces),
     * runs {@link PreconditionedCg} once per boundary pass ({@link DipoleBoundary}: p = 0, then the dipole of the
     * previous pass) and extracts the fields ({@link SurfaceFieldExtraction}). Its arrays live only as long as the run.
     */
    private final class Run {
        private final MaskFaces g;
        private final AppliedField3D field;
        private final double[] phi;
        private final double[] rhsMetal;
        private final double[] outer;
        private final PotentialSolution3D enclosing;
        private int iterations;
        private double residual;

        Run(MetalMask mask, AppliedField3D field, PotentialSolution3D enclosing) {
            this.g = new MaskFaces(mask);
            this.field = field;
            this.enclosing = enclosing;
            int n = g.lab.length;
            phi = new double[n];
            rhsMetal = new double[n];
            outer = new double[n];
        }

        PotentialSolution3D run() {
            progress.progress("assembling the potential problem", 0);
            if (!assembleNeumann()) {
                throw new InvalidInputException(RfMessage.NO_CONDUCTOR, "the metal mask");
            }
            OuterBoundary boundary = enclosing == null ? solvePasses() : solveNested();
            progress.progress("extracting surface fields", 0.95);
            SurfaceFieldExtraction fields = new SurfaceFieldExtraction(g, field, boundary, phi);
            double[] dipole = boundary instanceof DipoleBoundary d ? d.moment().clone() : enclosing.dipoleMoment();
            return new PotentialSolution3D(g.mask, fields.surfaceElements(), fields.fieldVectors(), potentials(), iterations,
                    residual, dipole);
        }

        /** @return the boundary of the last pass; the operator and the CG work vectors are released on return */
        private DipoleBoundary solvePasses() {
            double[] centroid = g.metalCentroid();
            DipoleBoundary boundary = DipoleBoundary.none(centroid);
            VoxelOperator op = VoxelOperator.fromMask(g.lab, g.nx, g.ny, g.nz);
            try (PlaneLoop loop = new PlaneLoop(threads)) {
                PreconditionedCg cg = new PreconditionedCg(op, preconditioning, loop, maxIterations, progress);
                for (int pass = 0; pass <= dipoleCorrections; pass++) {
                    if (pass > 0) {
                        boundary = DipoleBoundary.fromSurface(g, phi, field, centroid);
                    }
                    setOuter(boundary);
                    double tol = pass < dipoleCorrections ? Math.min(0.1, EARLY_PASS_FACTOR * tolerance) : tolerance;
                    cg.solve(rhs(cg.scratch(), loop), phi, tol, tolerance, pass);
                }
                iterations = cg.iterations();
                residual = cg.residual();
            }
            return boundary;
        }

        /** @return psi' at the voxel centres, single precision (0 in metal) */
        private float[] potentials() {
            float[] out = new float[phi.length];
            for (int c = 0; c < phi.length; c++) {
                out[c] = g.lab[c] == 0 ? (float) phi[c] : 0f;
            }
            return out;
        }

        /** @return the interpolated boundary of the enclosing solution, after one pass with it */
        private OuterBoundary solveNested() {
            OuterBoundary boundary = new InterpolatedBoundary(enclosing);
            VoxelOperator op = VoxelOperator.fromMask(g.lab, g.nx, g.ny, g.nz);
            try (PlaneLoop loop = new PlaneLoop(threads)) {
                PreconditionedCg cg = new PreconditionedCg(op, preconditioning, loop, maxIterations, progress);
                setOuter(boundary);
                cg.solve(rhs(cg.scratch(), loop), phi, tolerance, tolerance, 0);
                iterations = cg.iterations();
                residual = cg.residual();
            }
            return boundary;
        }

        /** rhsMetal[c] = h times the applied normal field summed over the metal faces of air cell c; @return any metal */
        private boolean assembleNeumann() {
            double[] ha = new double[3];
            boolean anyMetal = false;
            for (int k = 0; k < g.nz; k++) {
                for (int j = 0; j < g.ny; j++) {
                    for (int i = 0; i < g.nx; i++) {
                        int c = g.index(i, j, k);
                        if (g.lab[c] != 0) {
                            anyMetal = true;
                            continue;
                        }
                        for (int dir = 0; dir < 6; dir++) {
                            int axis = dir >> 1;
                            int s = (dir & 1) == 0 ? 1 : -1;
                            int q = g.neighbour(i, j, k, axis, s);
                            if (q >= 0 && g.lab[q] != 0) {
                                double[] f = g.faceCentre(i, j, k, axis, s);
                                field.field(f[0], f[1], f[2], ha);
                                rhsMetal[c] += g.h * s * ha[axis];
                            }
                        }
                    }
                }
            }
            return anyMetal;
        }

        /** outer[c] = sum over the cell's outer faces of 2 psi_b(face). */
        private void setOuter(OuterBoundary boundary) {
            for (int k = 0; k < g.nz; k++) {
                for (int j = 0; j < g.ny; j++) {
                    for (int i = 0; i < g.nx; i++) {
                        boolean edge = i == 0 || j == 0 || k == 0 || i == g.nx - 1 || j == g.ny - 1 || k == g.nz - 1;
                        int c = g.index(i, j, k);
                        if (!edge || g.lab[c] != 0) {
                            continue;
                        }
                        double s = 0;
                        for (int dir = 0; dir < 6; dir++) {
                            int axis = dir >> 1;
                            int sg = (dir & 1) == 0 ? 1 : -1;
                            if (g.neighbour(i, j, k, axis, sg) < 0) {
                                double[] f = g.faceCentre(i, j, k, axis, sg);
                                s += 2 * boundary.potential(f[0], f[1], f[2]);
                            }
                        }
                        outer[c] = s;
                    }
                }
            }
        }

        /** @return the right-hand side b = Neumann data + Dirichlet terms (0 in metal), in the given scratch array */
        private double[] rhs(double[] b, PlaneLoop loop) {
            int plane = g.nx * g.ny;
            loop.forEach(g.nz, plane, k -> {
                for (int c = k * plane, e = c + plane; c < e; c++) {
                    b[c] = g.lab[c] == 0 ? rhsMetal[c] + outer[c] : 0;
                }
            });
            return b;
        }
    }
}
