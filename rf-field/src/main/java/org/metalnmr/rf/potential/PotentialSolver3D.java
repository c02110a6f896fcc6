package org.metalnmr.rf.potential;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.rf.RfMessage;
import org.metalnmr.rf.linalg.MemoryBudget;
import org.metalnmr.rf.linalg.ProgressListener;

/**
 * The RF field around mm-scale metal parts when the skin depth d is much smaller than the parts:
 * the metal acts as a perfect diamagnet (B . n = 0 on its surface; the eddy currents flow in a
 * layer of thickness d), and outside it the quasi-static field is curl- and divergence-free.
 * With H = H_a + H', H' = -grad psi', H_a the field that exists without the metal:
 * <pre>  laplacian psi' = 0 in air,    d psi'/dn = H_a . n on metal faces (n outward from the metal),
 *   psi' -&gt; p . r / (4 pi r^3) far away (the induced dipole; no monopole because the net flux
 *   out of a diamagnet is zero).</pre>
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
     * Estimated bytes per voxel: labels (mask and copy), the field vector map (three floats), operator (four floats),
     * seven double vectors of the solve, the multigrid arrays (fine residual and coarse grids).
     */
    public static final double BYTES_PER_VOXEL = 2 + 12 + 16 + 7 * 8 + MultigridPreconditioner.BYTES_PER_FINE_VOXEL;

    /**
     * The passes before the last dipole correction stop at this multiple of the tolerance: their
     * solution only sets the dipole p of the next pass's boundary values, whose effect on the field
     * near the metal is damped by about (a/L)^3 / 2 (a the metal size, L the box half-width). On the
     * cell A/B problems the signals moved by 1e-7 relative (tolerance 1e-6; docs/rf-solvers.md).
     */
    private static final double EARLY_PASS_FACTOR = 10;

    /** PCG iterations between progress reports. */
    private static final int PROGRESS_EVERY = 5;

    /**
     * Distances (in voxels) from a surface face, along the estimated normal, at which the field is
     * sampled (trilinear interpolation of the cell-centred field) and linearly extrapolated back to
     * the surface. Closer than about 1.5 voxels the staircase roughness depresses the field (the
     * sphere's mean |h_t|^2 comes out 20% low at 1 and 2 voxels); 1.5 and 3 gave the smallest
     * error on the sphere at 8 and 16 voxels per radius (docs/rf-solvers.md).
     */
    private static final double SAMPLE_1 = 1.5;
    private static final double SAMPLE_2 = 3.0;

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
        return new Run(mask, field).run();
    }

    /** One solve: its arrays live only as long as the run. */
    private final class Run {
        private final MetalMask mask;
        private final AppliedField3D field;
        private final int nx;
        private final int ny;
        private final int nz;
        private final double h;
        private final byte[] lab;
        private VoxelOperator op;
        private MultigridPreconditioner multigrid;
        private PlaneLoop loop;
        private final double[] phi;
        private final double[] rhsMetal;
        private final double[] outer;
        private int iterations;
        private double residual;
        private double[] dipole = new double[3];
        private double[] centroid = new double[3];
        private double[] r;
        private double[] z;
        private double[] pv;
        private double[] q;

        Run(MetalMask mask, AppliedField3D field) {
            this.mask = mask;
            this.field = field;
            nx = mask.nx();
            ny = mask.ny();
            nz = mask.nz();
            h = mask.voxelSizeM();
            lab = mask.labels();
            int n = lab.length;
            phi = new double[n];
            rhsMetal = new double[n];
            outer = new double[n];
        }

        PotentialSolution3D run() {
            progress.progress("assembling the potential problem", 0);
            double[] ha = new double[3];
            boolean anyMetal = false;
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    for (int k = 0; k < nz; k++) {
                        int c = (i * ny + j) * nz + k;
                        if (lab[c] != 0) {
                            anyMetal = true;
                            continue;
                        }
                        for (int dir = 0; dir < 6; dir++) {
                            int axis = dir >> 1;
                            int s = (dir & 1) == 0 ? 1 : -1;
                            int q = neighbour(i, j, k, axis, s);
                            if (q >= 0 && lab[q] != 0) {
                                double[] f = faceCentre(i, j, k, axis, s);
                                field.field(f[0], f[1], f[2], ha);
                                rhsMetal[c] += h * s * ha[axis];
                            }
                        }
                    }
                }
            }
            if (!anyMetal) {
                throw new InvalidInputException(RfMessage.NO_CONDUCTOR, "the metal mask");
            }
            centroid = metalCentroid();
            op = VoxelOperator.fromMask(lab, nx, ny, nz);
            try (PlaneLoop l = new PlaneLoop(threads)) {
                loop = l;
                multigrid = preconditioning == Preconditioning.MULTIGRID ? new MultigridPreconditioner(op, loop) : null;
                for (int pass = 0; pass <= dipoleCorrections; pass++) {
                    if (pass > 0) {
                        dipole = surfaceDipole(centroid);
                    }
                    setOuter(dipole, centroid);
                    solveCg(pass);
                }
            }
            multigrid = null;
            op = null;
            progress.progress("extracting surface fields", 0.95);
            return new PotentialSolution3D(mask, surfaceElements(), fieldVectors(), iterations, residual, dipole.clone());
        }

        private int neighbour(int i, int j, int k, int axis, int s) {
            int a = i;
            int b = j;
            int e = k;
            if (axis == 0) {
                a += s;
            } else if (axis == 1) {
                b += s;
            } else {
                e += s;
            }
            if (a < 0 || a >= nx || b < 0 || b >= ny || e < 0 || e >= nz) {
                return -1;
            }
            return (a * ny + b) * nz + e;
        }

        private double[] faceCentre(int i, int j, int k, int axis, int s) {
            double[] f = {mask.centerX(i), mask.centerY(j), mask.centerZ(k)};
            f[axis] += 0.5 * s * h;
            return f;
        }

        private double[] metalCentroid() {
            double[] c = new double[3];
            long count = 0;
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    for (int k = 0; k < nz; k++) {
                        if (lab[(i * ny + j) * nz + k] != 0) {
                            c[0] += mask.centerX(i);
                            c[1] += mask.centerY(j);
                            c[2] += mask.centerZ(k);
                            count++;
                        }
                    }
                }
            }
            for (int a = 0; a < 3; a++) {
                c[a] /= count;
            }
            return c;
        }

        private double dipolePotential(double[] p, double[] c, double x, double y, double z) {
            double rx = x - c[0];
            double ry = y - c[1];
            double rz = z - c[2];
            double r2 = rx * rx + ry * ry + rz * rz;
            double r3 = r2 * Math.sqrt(r2);
            return (p[0] * rx + p[1] * ry + p[2] * rz) / (4 * Math.PI * r3);
        }

        /** outer[c] = sum over the cell's outer faces of 2 psi_b(face). */
        private void setOuter(double[] p, double[] c0) {
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    for (int k = 0; k < nz; k++) {
                        boolean edge = i == 0 || j == 0 || k == 0 || i == nx - 1 || j == ny - 1 || k == nz - 1;
                        int c = (i * ny + j) * nz + k;
                        if (!edge || lab[c] != 0) {
                            continue;
                        }
                        double s = 0;
                        for (int dir = 0; dir < 6; dir++) {
                            int axis = dir >> 1;
                            int sg = (dir & 1) == 0 ? 1 : -1;
                            if (neighbour(i, j, k, axis, sg) < 0) {
                                double[] f = faceCentre(i, j, k, axis, sg);
                                s += 2 * dipolePotential(p, c0, f[0], f[1], f[2]);
                            }
                        }
                        outer[c] = s;
                    }
                }
            }
        }

        /**
         * The induced dipole from the current solution by Green's representation of the exterior
         * field: p = closed integral over the metal surface of [psi' n - r (d psi'/dn)] dS, n outward from the metal,
         * r from the metal centroid, d psi'/dn = H_a . n (the Neumann datum), psi' at the face
         * extrapolated from the air cell with that datum.
         */
        private double[] surfaceDipole(double[] c0) {
            double[] p = new double[3];
            double[] ha = new double[3];
            double area = h * h;
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    for (int k = 0; k < nz; k++) {
                        int c = (i * ny + j) * nz + k;
                        if (lab[c] != 0) {
                            continue;
                        }
                        for (int dir = 0; dir < 6; dir++) {
                            int axis = dir >> 1;
                            int s = (dir & 1) == 0 ? 1 : -1;
                            int q = neighbour(i, j, k, axis, s);
                            if (q < 0 || lab[q] == 0) {
                                continue;
                            }
                            double[] f = faceCentre(i, j, k, axis, s);
                            field.field(f[0], f[1], f[2], ha);
                            double dPsiDe = s * ha[axis];          // along e = s x_axis, from air into metal
                            double psiFace = phi[c] + 0.5 * h * dPsiDe;
                            double dPsiDn = -dPsiDe;               // n = -e points from the metal into air
                            p[axis] += area * psiFace * (-s);
                            for (int m = 0; m < 3; m++) {
                                p[m] -= area * (f[m] - c0[m]) * dPsiDn;
                            }
                        }
                    }
                }
            }
            return p;
        }

        private void solveCg(int pass) {
            int n = phi.length;
            if (r == null) {
                r = new double[n];
                z = new double[n];
                pv = new double[n];
                q = new double[n];
            }
            long plane = (long) ny * nz;
            double tol = pass < dipoleCorrections ? Math.min(0.1, EARLY_PASS_FACTOR * tolerance) : tolerance;
            double[] b = rhs();
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
                rr = loop.sum(nx, plane, i -> {
                    double s = 0;
                    for (int c = (int) (i * plane), e = (int) (c + plane); c < e; c++) {
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
                loop.forEach(nx, plane, i -> {
                    for (int c = (int) (i * plane), e = (int) (c + plane); c < e; c++) {
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
                throw new MetalNmrException(RfMessage.SOLVER_NOT_CONVERGED, "3D potential PCG", residual, maxIterations,
                        tolerance);
            }
        }

        /** @return the right-hand side b = Neumann data + Dirichlet terms (0 in metal), in a scratch array */
        private double[] rhs() {
            loop.forEach(nx, (long) ny * nz, i -> {
                for (int c = i * ny * nz, e = c + ny * nz; c < e; c++) {
                    q[c] = lab[c] == 0 ? rhsMetal[c] + outer[c] : 0;
                }
            });
            return q;
        }

        private double dot(double[] a, double[] b) {
            return loop.sum(nx, (long) ny * nz, i -> {
                double s = 0;
                for (int c = i * ny * nz, e = c + ny * nz; c < e; c++) {
                    s += a[c] * b[c];
                }
                return s;
            });
        }

        private void precondition(double[] r, double[] z) {
            switch (preconditioning) {
                case JACOBI -> op.jacobi(r, z);
                case SSOR -> op.symmetricGaussSeidel(r, z);
                default -> multigrid.apply(r, z);
            }
        }

        /** d psi'/d(axis) at the face of cell c toward direction s along axis. */
        private double faceDerivative(int i, int j, int k, int axis, int s, double[] ha) {
            int c = (i * ny + j) * nz + k;
            int q = neighbour(i, j, k, axis, s);
            if (q < 0) {
                double[] f = faceCentre(i, j, k, axis, s);
                double pb = outerValue(f);
                return s * (pb - phi[c]) / (0.5 * h);
            }
            if (lab[q] == 0) {
                return s * (phi[q] - phi[c]) / h;
            }
            double[] f = faceCentre(i, j, k, axis, s);
            field.field(f[0], f[1], f[2], ha);
            return ha[axis];
        }

        private double outerValue(double[] f) {
            return dipolePotential(dipole, centroid, f[0], f[1], f[2]);
        }

        private double[] cellField(int i, int j, int k, double[] out) {
            double[] ha = new double[3];
            field.field(mask.centerX(i), mask.centerY(j), mask.centerZ(k), out);
            for (int axis = 0; axis < 3; axis++) {
                double dp = faceDerivative(i, j, k, axis, 1, ha);
                double dm = faceDerivative(i, j, k, axis, -1, ha);
                out[axis] -= 0.5 * (dp + dm);
            }
            return out;
        }

        /** Trilinear interpolation of the cell-centred total field over the air cells among the 8 nearest. */
        private double[] fieldAt(double x, double y, double z, double[] scratch) {
            double u = (x - mask.originM()[0]) / h - 0.5;
            double v = (y - mask.originM()[1]) / h - 0.5;
            double w = (z - mask.originM()[2]) / h - 0.5;
            int i0 = (int) Math.floor(u);
            int j0 = (int) Math.floor(v);
            int k0 = (int) Math.floor(w);
            double[] out = new double[3];
            double wsum = 0;
            for (int di = 0; di < 2; di++) {
                for (int dj = 0; dj < 2; dj++) {
                    for (int dk = 0; dk < 2; dk++) {
                        int a = i0 + di;
                        int b = j0 + dj;
                        int e = k0 + dk;
                        if (a < 0 || a >= nx || b < 0 || b >= ny || e < 0 || e >= nz || lab[(a * ny + b) * nz + e] != 0) {
                            continue;
                        }
                        double wt = (di == 0 ? 1 - (u - i0) : u - i0) * (dj == 0 ? 1 - (v - j0) : v - j0)
                                * (dk == 0 ? 1 - (w - k0) : w - k0);
                        if (wt <= 0) {
                            continue;
                        }
                        cellField(a, b, e, scratch);
                        for (int m = 0; m < 3; m++) {
                            out[m] += wt * scratch[m];
                        }
                        wsum += wt;
                    }
                }
            }
            if (wsum > 0) {
                for (int m = 0; m < 3; m++) {
                    out[m] /= wsum;
                }
            }
            return out;
        }

        private double smoothedMetal(int i, int j, int k) {
            int count = 0;
            for (int a = i - 1; a <= i + 1; a++) {
                for (int b = j - 1; b <= j + 1; b++) {
                    for (int e = k - 1; e <= k + 1; e++) {
                        if (a >= 0 && a < nx && b >= 0 && b < ny && e >= 0 && e < nz && lab[(a * ny + b) * nz + e] != 0) {
                            count++;
                        }
                    }
                }
            }
            return count / 27.0;
        }

        private double[] metalGradient(int i, int j, int k) {
            return new double[] {
                smoothedMetal(i + 1, j, k) - smoothedMetal(i - 1, j, k),
                smoothedMetal(i, j + 1, k) - smoothedMetal(i, j - 1, k),
                smoothedMetal(i, j, k + 1) - smoothedMetal(i, j, k - 1)};
        }

        private List<SurfaceElement> surfaceElements() {
            List<SurfaceElement> out = new ArrayList<>();
            double[] hc = new double[3];
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    for (int k = 0; k < nz; k++) {
                        int c = (i * ny + j) * nz + k;
                        if (lab[c] != 0) {
                            continue;
                        }
                        for (int dir = 0; dir < 6; dir++) {
                            int axis = dir >> 1;
                            int s = (dir & 1) == 0 ? 1 : -1;
                            int q = neighbour(i, j, k, axis, s);
                            if (q < 0 || lab[q] == 0) {
                                continue;
                            }
                            int[] mi = {i, j, k};
                            mi[axis] += s;
                            double[] g1 = metalGradient(i, j, k);
                            double[] g2 = metalGradient(mi[0], mi[1], mi[2]);
                            double[] nrm = {-(g1[0] + g2[0]), -(g1[1] + g2[1]), -(g1[2] + g2[2])};
                            double len = Math.sqrt(nrm[0] * nrm[0] + nrm[1] * nrm[1] + nrm[2] * nrm[2]);
                            // the normal must point from the metal into this air cell
                            if (len < 1e-12 || nrm[axis] * -s <= 0) {
                                nrm = new double[3];
                                nrm[axis] = -s;
                                len = 1;
                            }
                            for (int a = 0; a < 3; a++) {
                                nrm[a] /= len;
                            }
                            double area = h * h / (Math.abs(nrm[0]) + Math.abs(nrm[1]) + Math.abs(nrm[2]));
                            double[] f = faceCentre(i, j, k, axis, s);
                            // field at one and two voxels out along the normal, extrapolated to the surface
                            double[] h1 = fieldAt(f[0] + SAMPLE_1 * h * nrm[0], f[1] + SAMPLE_1 * h * nrm[1],
                                    f[2] + SAMPLE_1 * h * nrm[2], hc);
                            double[] h2 = fieldAt(f[0] + SAMPLE_2 * h * nrm[0], f[1] + SAMPLE_2 * h * nrm[1],
                                    f[2] + SAMPLE_2 * h * nrm[2], hc);
                            double[] hs = new double[3];
                            for (int a = 0; a < 3; a++) {
                                hs[a] = (SAMPLE_2 * h1[a] - SAMPLE_1 * h2[a]) / (SAMPLE_2 - SAMPLE_1);
                            }
                            double hn = hs[0] * nrm[0] + hs[1] * nrm[1] + hs[2] * nrm[2];
                            out.add(new SurfaceElement(lab[q], f[0], f[1], f[2], nrm[0], nrm[1], nrm[2], area,
                                    hs[0] - hn * nrm[0], hs[1] - hn * nrm[1], hs[2] - hn * nrm[2]));
                        }
                    }
                }
            }
            return out;
        }

        /** @return h per voxel centre as (hx, hy, hz) at 3 c, 3 c + 1, 3 c + 2 (zero inside metal) */
        private float[] fieldVectors() {
            float[] m = new float[3 * phi.length];
            double[] hc = new double[3];
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    for (int k = 0; k < nz; k++) {
                        int c = (i * ny + j) * nz + k;
                        if (lab[c] == 0) {
                            cellField(i, j, k, hc);
                            m[3 * c] = (float) hc[0];
                            m[3 * c + 1] = (float) hc[1];
                            m[3 * c + 2] = (float) hc[2];
                        }
                    }
                }
            }
            return m;
        }
    }
}
