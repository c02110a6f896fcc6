package org.metalnmr.microstructure.field;

import java.util.Objects;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.susceptibility.fft.BatchedFft;
import org.metalnmr.susceptibility.fft.EvenKernelConvolution3d;
import org.metalnmr.susceptibility.fft.ReducedSpectrum;

/**
 * The BMS shift dBz/B0 [ppm] at every voxel of a microstructure of uniform volume susceptibility chi
 * (linear response, |chi| &lt;&lt; 1), for B0 along one grid axis, Lorentz sphere included.
 *
 * <p>Formula (docs/physics.md sect. 4; Salomir et al., Concepts Magn. Reson. B 19, 26, 2003; Marques and
 * Bowtell, Concepts Magn. Reson. B 25, 65, 2005): the shift is the convolution of chi(r) with the dipole
 * kernel whose Fourier transform is \( D(\mathbf{k}) = \tfrac13 - (\mathbf{k}\cdot\hat{\mathbf b})^2/k^2 \),
 * \( \hat{\mathbf b} \) the B0 direction; the 1/3 is the Lorentz-sphere term of a nucleus inside the
 * metal. Symbols: k the wave vector [1/m], chi the SI volume susceptibility. Sign convention: a needle
 * along B0 shifts by +chi/3, a plate with its normal along B0 by -2chi/3.</p>
 *
 * <p>Boundary conditions and the k = 0 convention. A laterally periodic structure is one period of a
 * laterally infinite patch: x and y are periodic (the FFT grid equals the grid along them) and z is zero
 * padded. An isolated structure is zero padded along all three axes. D is singular at k = 0, where its
 * value depends on the direction from which k tends to 0, i.e. on the outer shape of the sample. Along a
 * periodic axis the smallest non-zero wave number is 2 pi / L, so k tends to 0 only within the subspace P
 * of the padded axes; this solver takes the mean of D over the directions of P:
 * \( D(0) = \tfrac13 - \tfrac{1}{|P|}\sum_{a\in P} \hat b_a^2 \). Hence a laterally infinite layer gets
 * D(0) = 1/3 - b_z^2 (its exact limit: an infinite slab gives -2chi/3 with the normal along B0 and +chi/3
 * across, to rounding), an isolated structure D(0) = 0 (the sample embedded in a sphere of the
 * surrounding medium, chi = 0: a sphere gives 0 inside), and the kx = ky = 0 line of a patch carries the
 * slab's field exactly for any padding (D is constant there, a delta in real space): the electrode under
 * the patch is solved as part of the grid, not pasted in as constants.</p>
 *
 * <p>Padding along z (patch): the lateral modes decay as exp(-2 pi |z| / L) away from the layer, so the
 * grid is padded until the empty gap between the top of the metal and the bottom of its periodic image is
 * at least the lateral period L (image error below exp(-2 pi) = 0.2 % of the slowest lateral mode), to the
 * next length with prime factors 2, 3, 5, 7. An isolated structure is padded on every axis to at least twice its
 * longest length, a cube: the k-space kernel makes the padded box one cell of a periodic lattice of images with the
 * mean field removed, and only on a cubic lattice does the dipole sum of the images vanish (the Lorentz-sphere
 * argument); in a box padded to twice each length, a needle 16 times longer than its radius sat 0.02 chi below its
 * closed-form shift (its side-by-side images 8 radii apart), in the cube within 6e-4 chi, falling on refinement
 * (NeedleArrayTest). Periodic axes must already be such lengths (x also even); others are refused.</p>
 *
 * <p>Numerics and reuse: susceptibility's {@link EvenKernelConvolution3d} (own batched mixed-radix FFT,
 * pruned for the padding, tested against a direct DFT in susceptibility's BatchedFftTest) convolves the
 * occupancy (1 in metal, 0 elsewhere) in place with the kernel scaled by chi. Memory (checked before
 * allocating, {@link #estimateBytes}): 8 bytes per voxel for the occupancy/shift array, the two complex
 * half-spectra 16 (mx/2+1) my mz bytes and the kernel octant.</p>
 */
public final class PatchFieldSolver {

    private final B0Axis b0;
    private final int threads;

    private PatchFieldSolver(B0Axis b0, int threads) {
        this.b0 = b0;
        this.threads = threads;
    }

    /** @return a solver with B0 along z (the electrode normal) on all available processors */
    public static PatchFieldSolver create() {
        return new PatchFieldSolver(B0Axis.Z, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param axis the B0 direction
     * @return a solver with B0 along that axis
     */
    public PatchFieldSolver withB0Axis(B0Axis axis) {
        return new PatchFieldSolver(Objects.requireNonNull(axis, "B0 axis"), threads);
    }

    /**
     * @param n worker threads, at least 1
     * @return a solver with that many threads
     */
    public PatchFieldSolver withThreads(int n) {
        Checks.inRange("threads", "[1]", 1, 1024, n);
        return new PatchFieldSolver(b0, n);
    }

    /** @return the B0 axis */
    public B0Axis b0Axis() {
        return b0;
    }

    /**
     * The FFT grid for a structure with the given periodic axes: periodic axes as they are, padded axes
     * as described in the class Javadoc.
     *
     * @param s        the structure
     * @param periodic which axes (x, y, z) are periodic
     * @return {mx, my, mz}
     * @throws InvalidInputException when a periodic axis is not an FFT length (factors 2, 3, 5, 7; x even)
     */
    public static int[] fftGrid(VoxelMicrostructure s, boolean[] periodic) {
        int[] n = {s.nx(), s.ny(), s.nz()};
        String[] names = {"x", "y", "z"};
        int longestPeriodic = 0;
        for (int a = 0; a < 3; a++) {
            if (periodic[a]) {
                checkPeriodic(names[a], n[a], a == 0);
                longestPeriodic = Math.max(longestPeriodic, n[a]);
            }
        }
        int[] m = new int[3];
        int longest = Math.max(n[0], Math.max(n[1], n[2]));
        for (int a = 0; a < 3; a++) {
            if (periodic[a]) {
                m[a] = n[a];
            } else if (longestPeriodic == 0) {
                // isolated: a cubic padded box (see the class Javadoc)
                m[a] = a == 0 ? evenGoodSize(2 * longest) : BatchedFft.goodSize(2 * longest);
            } else {
                int[] extent = metalExtent(s, a);
                int emptyGap = n[a] - (extent[1] - extent[0] + 1);
                int len = n[a] + Math.max(0, longestPeriodic - emptyGap);
                m[a] = a == 0 ? evenGoodSize(len) : BatchedFft.goodSize(len);
            }
        }
        return m;
    }

    /**
     * @param s a structure
     * @return its default periodic axes: x and y for a laterally periodic patch, none otherwise
     */
    public static boolean[] defaultPeriodicity(VoxelMicrostructure s) {
        return new boolean[] {s.laterallyPeriodic(), s.laterallyPeriodic(), false};
    }

    private static int evenGoodSize(int n) {
        int m = BatchedFft.goodSize(n);
        while (m % 2 != 0) {
            m = BatchedFft.goodSize(m + 1);
        }
        return m;
    }

    private static void checkPeriodic(String axis, int n, boolean even) {
        if (BatchedFft.goodSize(n) != n || (even && n % 2 != 0)) {
            throw new InvalidInputException(MicrostructureMessage.NOT_FFT_FRIENDLY, "the grid's " + axis + " axis", n,
                    even ? evenGoodSize(n) : BatchedFft.goodSize(n));
        }
    }

    /** @return {lowest, highest} index along axis a (0 x, 1 y, 2 z) holding metal, {0, -1} when there is none */
    static int[] metalExtent(VoxelMicrostructure s, int a) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int k = 0; k < s.nz(); k++) {
            for (int j = 0; j < s.ny(); j++) {
                for (int i = 0; i < s.nx(); i++) {
                    if (s.isMetal(i, j, k)) {
                        int c = a == 0 ? i : a == 1 ? j : k;
                        lo = Math.min(lo, c);
                        hi = Math.max(hi, c);
                    }
                }
            }
        }
        return hi < 0 ? new int[] {0, -1} : new int[] {lo, hi};
    }

    /**
     * Bytes a solve holds at its peak: the occupancy bits, the in-place shift array, the two complex
     * half-spectra of the FFT and the kernel octant.
     *
     * @param nx voxels along x
     * @param ny voxels along y
     * @param nz voxels along z
     * @param mx FFT grid along x
     * @param my FFT grid along y
     * @param mz FFT grid along z
     * @return bytes
     */
    public static long estimateBytes(long nx, long ny, long nz, long mx, long my, long mz) {
        long n = nx * ny * nz;
        return n / 8 + 8 * n + EvenKernelConvolution3d.workingBytes((int) mx, (int) my, (int) mz)
                + 8L * (mx / 2 + 1) * (my / 2 + 1) * (mz / 2 + 1);
    }

    /**
     * The kernel's value at k = 0 for this solver's B0 axis: the mean of D over the directions of the
     * padded axes (class Javadoc).
     *
     * @param periodic which axes (x, y, z) are periodic
     * @return D(0)
     */
    public double kernelAtZero(boolean[] periodic) {
        int padded = 0;
        double b2 = 0;
        for (int a = 0; a < 3; a++) {
            if (!periodic[a]) {
                padded++;
                if (a == b0.ordinal()) {
                    b2 += 1;
                }
            }
        }
        return padded == 0 ? 0 : 1.0 / 3 - b2 / padded;
    }

    /**
     * Solves with the structure's default periodicity ({@link #defaultPeriodicity}).
     *
     * @param s   the structure
     * @param chi SI volume susceptibility of the metal (e.g. 24.1e-6 for Li)
     * @return the shift [ppm] at every voxel, index {@code i + nx (j + ny k)}
     * @throws InvalidInputException when the grid is not FFT-friendly or would not fit in memory
     */
    public double[] solvePpm(VoxelMicrostructure s, double chi) {
        return solvePpm(s, chi, defaultPeriodicity(s));
    }

    /**
     * Solves with the given periodic axes (an axis along which the structure is one period of an
     * infinite repetition).
     *
     * @param s        the structure
     * @param chi      SI volume susceptibility of the metal
     * @param periodic which axes (x, y, z) are periodic
     * @return the shift [ppm] at every voxel, index {@code i + nx (j + ny k)}
     * @throws InvalidInputException when the grid is not FFT-friendly or would not fit in memory
     */
    public double[] solvePpm(VoxelMicrostructure s, double chi, boolean[] periodic) {
        Checks.inRange("chi", "[SI volume]", -1, 1, chi);
        boolean[] p = periodic.clone();
        int[] m = fftGrid(s, p);
        MemoryCheck.require("field solve", s.nx(), s.ny(), s.nz(), m,
                estimateBytes(s.nx(), s.ny(), s.nz(), m[0], m[1], m[2]), s.laterallyPeriodic());
        ReducedSpectrum kernel = kernel(m[0], m[1], m[2], chi * 1e6 / ((double) m[0] * m[1] * m[2]), kernelAtZero(p));
        double[] field = new double[s.voxelCount()];
        for (int idx = 0; idx < field.length; idx++) {
            if (s.isMetal(idx)) {
                field[idx] = 1.0;
            }
        }
        EvenKernelConvolution3d conv = new EvenKernelConvolution3d(m[0], m[1], m[2], threads);
        conv.convolve(field, s.nx(), s.ny(), s.nz(), kernel, field);
        return field;
    }

    /** The octant of D(k) times scale, on an mx x my x mz grid of cubic voxels. */
    ReducedSpectrum kernel(int mx, int my, int mz, double scale, double atZero) {
        int hx = mx / 2 + 1;
        int hy = my / 2 + 1;
        int hz = mz / 2 + 1;
        double[] v = new double[hx * hy * hz];
        for (int c = 0; c < hz; c++) {
            double kz = c / (double) mz;
            for (int b = 0; b < hy; b++) {
                double ky = b / (double) my;
                for (int a = 0; a < hx; a++) {
                    double kx = a / (double) mx;
                    double k2 = kx * kx + ky * ky + kz * kz;
                    double kb = switch (b0) {
                        case X -> kx;
                        case Y -> ky;
                        case Z -> kz;
                    };
                    v[a + hx * (b + hy * c)] = scale * (k2 == 0 ? atZero : 1.0 / 3 - kb * kb / k2);
                }
            }
        }
        return new ReducedSpectrum(mx, my, mz, v);
    }
}
