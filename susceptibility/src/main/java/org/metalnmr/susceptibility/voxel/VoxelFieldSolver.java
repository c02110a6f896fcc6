package org.metalnmr.susceptibility.voxel;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.memory.AvailableHeap;
import org.metalnmr.susceptibility.SusceptibilityMessage;
import org.metalnmr.susceptibility.fft.BatchedFft;
import org.metalnmr.susceptibility.fft.EvenKernelConvolution3d;
import org.metalnmr.susceptibility.fft.FftEngine;
import org.metalnmr.susceptibility.fft.JTransformsConvolution3d;
import org.metalnmr.susceptibility.fft.RealEvenConvolver;
import org.metalnmr.susceptibility.fft.ReducedSpectrum;
import org.metalnmr.susceptibility.fft.WorkerPool;

/**
 * The BMS shift map of a voxelised susceptibility distribution in a uniform field B0 along +z
 * (linear response, |chi| &lt;&lt; 1, so M = chi B0/mu0 and the demagnetising field does not feed back).
 *
 * <p>Formula: dBz/B0 at a nucleus = chi(r)/3 + H_dz(r)/H0 = (D * chi)(r), with the Lorentz-sphere term
 * included in the kernel D (docs/physics.md sect. 4): in k-space D(k) = 1/3 - k_z^2/|k|^2 (Salomir et al. 2003;
 * Marques &amp; Bowtell 2005), in real space D(r) = delta(r)/3 - N_zz(r). Sign checks (tested): a sphere
 * gives 0 inside, a needle along B0 +chi/3, a plate with its normal along B0 -2 chi/3, an ellipsoid
 * chi (1/3 - N_zz) at every interior point. Output in ppm (x 1e6).</p>
 *
 * <p>Numerics: circular convolution by real-to-complex FFTs, with the kernel chosen by
 * {@link FieldKernel} and the FFT by {@link FftEngine} (by default the own pruned FFT
 * {@link EvenKernelConvolution3d}, measured faster than JTransforms on padded and unpadded grids;
 * docs/susceptibility.md). With zero padding (default) each axis of length n is
 * padded to the smallest length &ge; 2n with factors 2, 3, 5, 7, so the cell-averaged kernel gives the
 * exact linear (aperiodic) convolution; without padding the grid is taken as the whole computational
 * box (the caller has left the margin, as the {@code field} command does with the body spanning half of
 * it) and each axis must already have length with factors 2, 3, 5, 7 only (x even).</p>
 *
 * <p>Memory is estimated before allocation ({@link #estimateBytes}); a grid that would not fit in the
 * JVM's free heap raises {@link InvalidInputException} saying which cubic grid would fit.</p>
 *
 * <p>Configured with {@code with*} methods that return new instances; {@link #plan} builds the kernel
 * spectrum once for a grid shape and returns a reusable {@link FieldSolvePlan}.</p>
 */
public final class VoxelFieldSolver {

    private final FieldKernel kernel;
    private final boolean zeroPadding;
    private final int threads;
    private final FftEngine engine;

    private VoxelFieldSolver(FieldKernel kernel, boolean zeroPadding, int threads, FftEngine engine) {
        this.kernel = kernel;
        this.zeroPadding = zeroPadding;
        this.threads = threads;
        this.engine = engine;
    }

    /** @return a solver with the cell-averaged kernel, zero padding and all available processors */
    public static VoxelFieldSolver create() {
        return new VoxelFieldSolver(FieldKernel.CELL_AVERAGED, true, Runtime.getRuntime().availableProcessors(), FftEngine.AUTO);
    }

    /**
     * @param k the kernel
     * @return a solver with that kernel
     */
    public VoxelFieldSolver withKernel(FieldKernel k) {
        return new VoxelFieldSolver(java.util.Objects.requireNonNull(k, "kernel"), zeroPadding, threads, engine);
    }

    /**
     * @param pad whether to zero-pad each axis to at least twice its length
     * @return a solver with that padding policy
     */
    public VoxelFieldSolver withZeroPadding(boolean pad) {
        return new VoxelFieldSolver(kernel, pad, threads, engine);
    }

    /**
     * @param n worker threads, at least 1
     * @return a solver with that many threads
     */
    public VoxelFieldSolver withThreads(int n) {
        if (n < 1) {
            throw new InvalidInputException(SusceptibilityMessage.BAD_THREADS, n);
        }
        return new VoxelFieldSolver(kernel, zeroPadding, n, engine);
    }

    /**
     * @param e the FFT engine (default {@link FftEngine#AUTO})
     * @return a solver with that engine
     */
    public VoxelFieldSolver withFftEngine(FftEngine e) {
        return new VoxelFieldSolver(kernel, zeroPadding, threads, java.util.Objects.requireNonNull(e, "FFT engine"));
    }

    /** @return the FFT engine */
    public FftEngine fftEngine() {
        return engine;
    }

    /** @return the kernel */
    public FieldKernel kernel() {
        return kernel;
    }

    /** @return whether the solver zero-pads */
    public boolean zeroPadding() {
        return zeroPadding;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /**
     * Solves once (builds the kernel, then convolves). For repeated solves on one grid shape use
     * {@link #plan}.
     *
     * @param grid the susceptibility map
     * @return the shift map [ppm]
     */
    public ShiftMap solve(ChiGrid grid) {
        return plan(grid.nx(), grid.ny(), grid.nz(), grid.dx(), grid.dy(), grid.dz()).solve(grid);
    }

    /**
     * FFT length used for an axis of n voxels.
     *
     * @param n voxels along the axis
     * @param x whether it is the x axis (which must be even for the real transform)
     * @return the FFT length
     */
    int fftLength(int n, boolean x) {
        int m = BatchedFft.goodSize(zeroPadding ? 2 * n : n);
        if (x && m % 2 != 0) {
            m = BatchedFft.goodSize(m + 1);
            while (m % 2 != 0) {
                m = BatchedFft.goodSize(m + 1);
            }
        }
        return m;
    }

    /**
     * Bytes a solve allocates: the two half-spectrum arrays, the kernel octant, the output and its copy
     * in the result record.
     *
     * @param nx voxels along x
     * @param ny voxels along y
     * @param nz voxels along z
     * @return estimated bytes
     */
    public long estimateBytes(int nx, int ny, int nz) {
        return estimateBytes(nx, ny, nz, fftLength(nx, true), fftLength(ny, false), fftLength(nz, false));
    }

    private static long estimateBytes(int nx, int ny, int nz, long mx, long my, long mz) {
        long n = (long) nx * ny * nz;
        return Math.max(EvenKernelConvolution3d.workingBytes((int) mx, (int) my, (int) mz),
                        JTransformsConvolution3d.workingBytes((int) mx, (int) my, (int) mz))
                + 8L * (mx / 2 + 1) * (my / 2 + 1) * (mz / 2 + 1)
                + 2 * 8L * n;
    }

    /**
     * Builds the kernel spectrum for one grid shape, after checking memory.
     *
     * @param nx voxels along x
     * @param ny voxels along y
     * @param nz voxels along z
     * @param dx voxel size along x [m]
     * @param dy voxel size along y [m]
     * @param dz voxel size along z [m]
     * @return the reusable plan
     * @throws InvalidInputException when the grid is malformed, not FFT-friendly without padding, or
     *                               too large for the memory
     */
    public FieldSolvePlan plan(int nx, int ny, int nz, double dx, double dy, double dz) {
        ChiGrid.checkDimension("nx", nx);
        ChiGrid.checkDimension("ny", ny);
        ChiGrid.checkDimension("nz", nz);
        int mx = fftLength(nx, true);
        int my = fftLength(ny, false);
        int mz = fftLength(nz, false);
        if (!zeroPadding && (mx != nx || my != ny || mz != nz)) {
            throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                    "grid size without zero padding (nx even; every axis with prime factors 2, 3, 5, 7 only)",
                    "e.g. " + BatchedFft.goodSize(Math.max(nx, Math.max(ny, nz))), nx + "x" + ny + "x" + nz);
        }
        return build(nx, ny, nz, dx, dy, dz, mx, my, mz);
    }

    /**
     * A plan for susceptibility maps that vanish outside one block of a periodic computational box:
     * the map given to the plan is the block ({@code nx x ny x nz} voxels), the box has
     * {@code boxX x boxY x boxZ} voxels (no padding is added: the box is the FFT grid, as for
     * {@code withZeroPadding(false)}), and the shift returned is the one on the block. This is exactly
     * the block of the unpadded solve of the whole box with the map placed anywhere in it: the circular
     * convolution commutes with translations, so the block may be moved to the box's corner, where the
     * own FFT skips the zero planes, rows and outputs outside the block (a pruned FFT; with the block
     * half the box per axis it does about 40 % of the work of the full transforms). The
     * {@code field} command's job: a body spanning half the box. The padding policy of this solver is
     * not used.
     *
     * @param nx   block voxels along x, at most boxX
     * @param ny   block voxels along y, at most boxY
     * @param nz   block voxels along z, at most boxZ
     * @param dx   voxel size along x [m]
     * @param dy   voxel size along y [m]
     * @param dz   voxel size along z [m]
     * @param boxX box voxels along x (even, prime factors 2, 3, 5, 7 only)
     * @param boxY box voxels along y (prime factors 2, 3, 5, 7 only)
     * @param boxZ box voxels along z (prime factors 2, 3, 5, 7 only)
     * @return the reusable plan (its {@link FieldSolvePlan#fftGrid()} is the box)
     * @throws InvalidInputException when the block does not fit the box, the box is not FFT-friendly or
     *                               the memory is too small
     */
    public FieldSolvePlan planInBox(int nx, int ny, int nz, double dx, double dy, double dz, int boxX, int boxY, int boxZ) {
        ChiGrid.checkDimension("nx", nx);
        ChiGrid.checkDimension("ny", ny);
        ChiGrid.checkDimension("nz", nz);
        ChiGrid.checkDimension("box x", boxX);
        ChiGrid.checkDimension("box y", boxY);
        ChiGrid.checkDimension("box z", boxZ);
        if (boxX % 2 != 0 || BatchedFft.goodSize(boxX) != boxX || BatchedFft.goodSize(boxY) != boxY
                || BatchedFft.goodSize(boxZ) != boxZ) {
            throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                    "grid size of the box (x even; every axis with prime factors 2, 3, 5, 7 only)",
                    "e.g. " + BatchedFft.goodSize(Math.max(boxX, Math.max(boxY, boxZ))), boxX + "x" + boxY + "x" + boxZ);
        }
        if (nx > boxX || ny > boxY || nz > boxZ) {
            throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                    "block size", "at most the box " + boxX + "x" + boxY + "x" + boxZ, nx + "x" + ny + "x" + nz);
        }
        return build(nx, ny, nz, dx, dy, dz, boxX, boxY, boxZ);
    }

    private FieldSolvePlan build(int nx, int ny, int nz, double dx, double dy, double dz, int mx, int my, int mz) {
        Checks.positive("voxel size dx", "[m]", dx);
        Checks.positive("voxel size dy", "[m]", dy);
        Checks.positive("voxel size dz", "[m]", dz);
        checkMemory(nx, ny, nz, mx, my, mz);
        WorkerPool workers = new WorkerPool(threads);
        EvenKernelConvolution3d own = new EvenKernelConvolution3d(mx, my, mz, threads);
        ReducedSpectrum spectrum = switch (kernel) {
            case DIPOLE_K_SPACE -> dipoleSpectrum(mx, my, mz, dx, dy, dz);
            case CELL_AVERAGED -> own.evenTransform(new CellDemagKernel(dx, dy, dz)
                    .shiftKernelOctant(mx / 2 + 1, my / 2 + 1, mz / 2 + 1, workers));
        };
        spectrum.scaleInPlace(1e6 / ((double) mx * my * mz));
        boolean pow2 = JTransformsConvolution3d.supports(mx, my, mz);
        boolean useJt = switch (engine) {
            case OWN -> false;
            case JTRANSFORMS -> {
                if (!pow2) {
                    throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                            "FFT grid for the JTransforms engine", "power-of-two sizes", mx + "x" + my + "x" + mz);
                }
                yield true;
            }
            case AUTO -> false;
        };
        RealEvenConvolver conv = useJt ? new JTransformsConvolution3d(mx, my, mz, threads) : own;
        return new FieldSolvePlan(nx, ny, nz, dx, dy, dz, conv, spectrum);
    }

    private void checkMemory(int nx, int ny, int nz, int mx, int my, int mz) {
        long available = AvailableHeap.bytes();
        long need = estimateBytes(nx, ny, nz, mx, my, mz);
        if (need > 0.9 * available) {
            // what is in use may be garbage of a previous solve: collect before refusing
            available = AvailableHeap.bytesAfterCollecting();
        }
        if (need > 0.9 * available || (long) (mx / 2 + 1) * my * mz > Integer.MAX_VALUE - 16) {
            int fit = 1;
            for (int n = Math.max(nx, Math.max(ny, nz)); n >= 1; n--) {
                if (estimateBytes(n, n, n) <= 0.9 * available && (long) (fftLength(n, true) / 2 + 1) * fftLength(n, false) * fftLength(n, false) < Integer.MAX_VALUE - 16) {
                    fit = n;
                    break;
                }
            }
            throw new InvalidInputException(SusceptibilityMessage.GRID_TOO_LARGE, nx, ny, nz, mx, my, mz,
                    need / 1048576.0, available / 1048576.0, fit);
        }
    }

    /** D(k) = 1/3 - kz^2/k^2 on the octant, D(0) = 0. */
    static ReducedSpectrum dipoleSpectrum(int mx, int my, int mz, double dx, double dy, double dz) {
        int hx = mx / 2 + 1;
        int hy = my / 2 + 1;
        int hz = mz / 2 + 1;
        double[] v = new double[hx * hy * hz];
        for (int c = 0; c < hz; c++) {
            double kz = c / (mz * dz);
            for (int b = 0; b < hy; b++) {
                double ky = b / (my * dy);
                for (int a = 0; a < hx; a++) {
                    double kx = a / (mx * dx);
                    double k2 = kx * kx + ky * ky + kz * kz;
                    v[a + hx * (b + hy * c)] = k2 == 0 ? 0 : 1.0 / 3 - kz * kz / k2;
                }
            }
        }
        return new ReducedSpectrum(mx, my, mz, v);
    }
}
