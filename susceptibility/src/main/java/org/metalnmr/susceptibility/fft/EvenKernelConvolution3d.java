package org.metalnmr.susceptibility.fft;

import java.util.function.IntConsumer;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Circular convolution of a real 3D array with a real kernel that is even in each axis, by
 * real-to-complex FFTs on an {@code mx x my x mz} grid (x fastest). The input occupies the corner
 * {@code [0,nx) x [0,ny) x [0,nz)} of the grid (the rest is zero: the padding) and only that corner
 * of the result is returned.
 *
 * <p>Formula: out = IDFT[ K(k) DFT(in) ], with K the DFT of the kernel, real because the kernel is
 * real and even. K is stored on one octant of k-space, {@code (mx/2+1) x (my/2+1) x (mz/2+1)}, index
 * {@code kx + hx (ky' + hy kz')} with {@code ky' = min(ky, my - ky)} (see {@link ReducedSpectrum}).</p>
 *
 * <p>Pipeline (each step parallel over planes or column blocks, all on one
 * {@link WorkerPool}): (A) per input plane z &lt; nz, real FFT along x (two real rows packed into
 * one complex row) then FFT along y; (B) per block of (x, y) columns, FFT along z of the nz non-zero
 * planes, product with K, inverse FFT along z, keeping the nz output planes; (C) per output plane,
 * inverse FFT along y keeping ny rows, inverse real FFT along x keeping nx values. Skipping the
 * zero planes and rows of the padding is exact (a pruned FFT); so is skipping the x-y transforms of an
 * input plane that is all zero (the empty margins of a scene); the forward 1D transforms of an input
 * that fills at most half its axis also skip the zero half in their first radix-4 stage
 * ({@link BatchedFft#transform(double[], double[], double[], double[], int, int)}). The z transforms of step B happen in
 * a cache-sized buffer, so the whole array is streamed three times. The 1D transforms are
 * {@link BatchedFft}.</p>
 *
 * <p>Memory: two complex half-spectra, 16 (mx/2+1) my mz bytes, each held as chunks of whole planes of at most
 * 64 MiB (no single huge array)
 * ({@link #workingBytes(int, int, int)}), allocated at the first convolution and kept for the next
 * ones, plus small per-task buffers. One convolution runs at a time per instance (the methods are
 * synchronized); the worker pool is created once per instance.</p>
 */
public final class EvenKernelConvolution3d implements RealEvenConvolver {

    private final int mx;
    private final int my;
    private final int mz;
    private final int hx;
    private final BatchedFft fx;
    private final BatchedFft fy;
    private final BatchedFft fz;
    private final int threads;
    private final WorkerPool workers;
    /** Planes of the half-spectra per chunk (one chunk holds at most {@link #CHUNK_DOUBLES} values). */
    private final int planesPerChunk;
    private double[][] workRe;
    private double[][] workIm;

    /**
     * Values of one chunk of the half-spectra, 8 Mi (64 MiB): the spectra are held as chunks of whole planes, not as
     * one array, so that a large grid (512^3: two 670 MB spectra) does not need one contiguous block of heap, which a
     * heap holding other large arrays may not have although the total is free (G1 does not move humongous arrays).
     */
    static final int CHUNK_DOUBLES = 1 << 23;

    /**
     * @param mx      FFT grid size along x, even
     * @param my      FFT grid size along y
     * @param mz      FFT grid size along z
     * @param threads worker threads (at least 1)
     */
    public EvenKernelConvolution3d(int mx, int my, int mz, int threads) {
        this(mx, my, mz, threads, CHUNK_DOUBLES);
    }

    /** As the public constructor, with at most {@code chunkDoubles} values per chunk of the spectra (tests). */
    EvenKernelConvolution3d(int mx, int my, int mz, int threads, int chunkDoubles) {
        if (mx % 2 != 0) {
            throw new InvalidInputException(SusceptibilityMessage.FFT_LENGTH_ODD, "the even-kernel convolution", mx);
        }
        this.mx = mx;
        this.my = my;
        this.mz = mz;
        this.hx = mx / 2 + 1;
        this.fx = new BatchedFft(mx);
        this.fy = new BatchedFft(my);
        this.fz = new BatchedFft(mz);
        this.threads = threads;
        this.workers = new WorkerPool(threads);
        this.planesPerChunk = (int) Math.max(1, Math.min(mz, chunkDoubles / ((long) hx * my)));
    }

    /**
     * @param mx FFT grid size along x
     * @param my FFT grid size along y
     * @param mz FFT grid size along z
     * @return bytes of the two half-spectrum arrays a convolution allocates
     */
    public static long workingBytes(int mx, int my, int mz) {
        return 16L * (mx / 2 + 1) * my * mz;
    }

    @Override
    public int[] gridSize() {
        return new int[] {mx, my, mz};
    }

    /**
     * Sequences per {@link BatchedFft} call for length n: about 7168 / n, 8 to 64 (28 at n = 256). Measured
     * (2026-11, 2-core Xeon, thread CPU time, full 256^3 solve): 28 lines of 256 were 20-25 % faster than
     * 64 and than 16; a batch of 64 makes the butterfly's four inputs 32 KB apart (cache-set conflicts)
     * and the working set (4 x 8 n V bytes) spill from L2 into L3.
     */
    static int batchFor(int n) {
        return Math.max(8, Math.min(64, 7168 / Math.max(1, n)));
    }

    private void parallel(int tasks, IntConsumer body) {
        workers.run(tasks, body);
    }

    /**
     * Convolves. The kernel spectrum must already carry the normalisation 1/(mx my mz).
     *
     * @param in     input, {@code nx*ny*nz} values, index {@code i + nx (j + ny k)}
     * @param nx     input extent along x, at most mx
     * @param ny     input extent along y, at most my
     * @param nz     input extent along z, at most mz
     * @param kernel the reduced kernel spectrum for this grid
     * @param out    output, same shape as {@code in} (may be the same array)
     */
    @Override
    public synchronized void convolve(double[] in, int nx, int ny, int nz, ReducedSpectrum kernel, double[] out) {
        if (nx > mx || ny > my || nz > mz || in.length < (long) nx * ny * nz || out.length < (long) nx * ny * nz) {
            throw new InvalidInputException(SusceptibilityMessage.INPUT_EXCEEDS_FFT_GRID, "even-kernel convolution", nx, ny, nz, in.length,
                    out.length, mx, my, mz);
        }
        if (kernel.mx() != mx || kernel.my() != my || kernel.mz() != mz) {
            throw new InvalidInputException(SusceptibilityMessage.KERNEL_GRID_MISMATCH, "even-kernel convolution", kernel.mx(), kernel.my(),
                    kernel.mz(), mx, my, mz);
        }
        int plane = Math.toIntExact((long) hx * my);
        if (workRe == null) {
            int chunks = (mz + planesPerChunk - 1) / planesPerChunk;
            workRe = new double[chunks][];
            workIm = new double[chunks][];
            for (int c = 0; c < chunks; c++) {
                int planes = Math.min(planesPerChunk, mz - c * planesPerChunk);
                workRe[c] = new double[planes * plane];
                workIm[c] = new double[planes * plane];
            }
        }
        double[][] sr = workRe;
        double[][] si = workIm;
        forwardPlanes(in, nx, ny, nz, sr, si);
        zPassWithKernel(nz, kernel, sr, si);
        inversePlanes(out, nx, ny, nz, sr, si);
    }

    /* ---- step A: per plane, real FFT along x then FFT along y ---- */
    private void forwardPlanes(double[] in, int nx, int ny, int nz, double[][] srChunks, double[][] siChunks) {
        int tasks = Math.min(nz, 4 * threads);
        parallel(tasks, t -> {
            int vx = batchFor(mx);
            int vy = batchFor(my);
            double[] br = new double[mx * vx];
            double[] bi = new double[mx * vx];
            double[] cr = new double[mx * vx];
            double[] ci = new double[mx * vx];
            double[] yr = new double[my * vy];
            double[] yi = new double[my * vy];
            double[] zr = new double[my * vy];
            double[] zi = new double[my * vy];
            for (int z = t * nz / tasks; z < (t + 1) * nz / tasks; z++) {
                double[] sr = srChunks[z / planesPerChunk];
                double[] si = siChunks[z / planesPerChunk];
                int p0 = (z % planesPerChunk) * hx * my;
                if (zeroPlane(in, nx * ny * z, nx * ny)) {
                    // an empty input plane has an empty 2D spectrum: skip its transforms
                    java.util.Arrays.fill(sr, p0, p0 + hx * my, 0);
                    java.util.Arrays.fill(si, p0, p0 + hx * my, 0);
                    continue;
                }
                realRowsForward(in, nx, ny, z, sr, si, p0, vx, br, bi, cr, ci);
                for (int c0 = 0; c0 < hx; c0 += vy) {
                    int v = Math.min(vy, hx - c0);
                    gather(sr, si, p0 + c0, hx, my, v, yr, yi);
                    fy.transform(yr, yi, zr, zi, v, ny); // rows from ny on are zero
                    scatter(sr, si, p0 + c0, hx, my, v, yr, yi);
                }
            }
        });
    }

    private void realRowsForward(double[] in, int nx, int ny, int z, double[] sr, double[] si, int p0, int vb,
                                 double[] br, double[] bi, double[] cr, double[] ci) {
        int pairs = (ny + 1) / 2;
        for (int q0 = 0; q0 < pairs; q0 += vb) {
            int v = Math.min(vb, pairs - q0);
            java.util.Arrays.fill(br, 0, mx * v, 0);
            java.util.Arrays.fill(bi, 0, mx * v, 0);
            for (int b = 0; b < v; b++) {
                int y1 = 2 * (q0 + b);
                int row1 = nx * (y1 + ny * z);
                for (int x = 0; x < nx; x++) {
                    br[x * v + b] = in[row1 + x];
                }
                if (y1 + 1 < ny) {
                    int row2 = row1 + nx;
                    for (int x = 0; x < nx; x++) {
                        bi[x * v + b] = in[row2 + x];
                    }
                }
            }
            fx.transform(br, bi, cr, ci, v, nx);
            for (int b = 0; b < v; b++) {
                int y1 = 2 * (q0 + b);
                int o1 = p0 + hx * y1;
                int o2 = o1 + hx;
                boolean second = y1 + 1 < my;
                for (int k = 0; k <= mx / 2; k++) {
                    int km = (mx - k) % mx;
                    double zkr = br[k * v + b];
                    double zki = bi[k * v + b];
                    double zmr = br[km * v + b];
                    double zmi = bi[km * v + b];
                    sr[o1 + k] = 0.5 * (zkr + zmr);
                    si[o1 + k] = 0.5 * (zki - zmi);
                    if (second) {
                        sr[o2 + k] = 0.5 * (zki + zmi);
                        si[o2 + k] = 0.5 * (zmr - zkr);
                    }
                }
            }
        }
        int firstZeroRow = 2 * pairs;
        if (firstZeroRow < my) {
            java.util.Arrays.fill(sr, p0 + hx * firstZeroRow, p0 + hx * my, 0);
            java.util.Arrays.fill(si, p0 + hx * firstZeroRow, p0 + hx * my, 0);
        }
    }

    /* ---- step B: FFT along z, kernel product, inverse FFT along z ---- */
    private void zPassWithKernel(int nz, ReducedSpectrum kernel, double[][] sr, double[][] si) {
        int columns = hx * my;
        int vz = batchFor(mz);
        int blocks = (columns + vz - 1) / vz;
        int tasks = Math.min(blocks, 8 * threads);
        int plane = hx * my;
        double[] k = kernel.values();
        int khx = kernel.hx();
        int khy = kernel.hy();
        parallel(tasks, t -> {
            double[] br = new double[mz * vz];
            double[] bi = new double[mz * vz];
            double[] cr = new double[mz * vz];
            double[] ci = new double[mz * vz];
            int[] base = new int[vz];
            for (int blk = t * blocks / tasks; blk < (t + 1) * blocks / tasks; blk++) {
                int c0 = blk * vz;
                int v = Math.min(vz, columns - c0);
                java.util.Arrays.fill(br, nz * v, mz * v, 0);
                java.util.Arrays.fill(bi, nz * v, mz * v, 0);
                for (int z = 0; z < nz; z++) {
                    int p = c0 + (z % planesPerChunk) * plane;
                    System.arraycopy(sr[z / planesPerChunk], p, br, z * v, v);
                    System.arraycopy(si[z / planesPerChunk], p, bi, z * v, v);
                }
                fz.transform(br, bi, cr, ci, v, nz);
                for (int b = 0; b < v; b++) {
                    int c = c0 + b;
                    int x = c % hx;
                    int y = c / hx;
                    int yr = Math.min(y, my - y);
                    base[b] = x + khx * yr;
                }
                for (int kz = 0; kz < mz; kz++) {
                    int kzr = Math.min(kz, mz - kz);
                    int off = khx * khy * kzr;
                    int row = kz * v;
                    for (int b = 0; b < v; b++) {
                        double f = k[base[b] + off];
                        br[row + b] *= f;
                        bi[row + b] *= f;
                    }
                }
                fz.transform(bi, br, ci, cr, v);
                for (int z = 0; z < nz; z++) {
                    int p = c0 + (z % planesPerChunk) * plane;
                    System.arraycopy(br, z * v, sr[z / planesPerChunk], p, v);
                    System.arraycopy(bi, z * v, si[z / planesPerChunk], p, v);
                }
            }
        });
    }

    /* ---- step C: per output plane, inverse FFT along y then inverse real FFT along x ---- */
    private void inversePlanes(double[] out, int nx, int ny, int nz, double[][] srChunks, double[][] siChunks) {
        int tasks = Math.min(nz, 4 * threads);
        parallel(tasks, t -> {
            int vx = batchFor(mx);
            int vy = batchFor(my);
            double[] br = new double[mx * vx];
            double[] bi = new double[mx * vx];
            double[] cr = new double[mx * vx];
            double[] ci = new double[mx * vx];
            double[] yr = new double[my * vy];
            double[] yi = new double[my * vy];
            double[] zr = new double[my * vy];
            double[] zi = new double[my * vy];
            for (int z = t * nz / tasks; z < (t + 1) * nz / tasks; z++) {
                double[] sr = srChunks[z / planesPerChunk];
                double[] si = siChunks[z / planesPerChunk];
                int p0 = (z % planesPerChunk) * hx * my;
                for (int c0 = 0; c0 < hx; c0 += vy) {
                    int v = Math.min(vy, hx - c0);
                    gather(sr, si, p0 + c0, hx, my, v, yr, yi);
                    fy.transform(yi, yr, zi, zr, v);
                    scatter(sr, si, p0 + c0, hx, ny, v, yr, yi);
                }
                realRowsInverse(out, nx, ny, z, sr, si, p0, vx, br, bi, cr, ci);
            }
        });
    }

    private void realRowsInverse(double[] out, int nx, int ny, int z, double[] sr, double[] si, int p0, int vb,
                                 double[] br, double[] bi, double[] cr, double[] ci) {
        int pairs = (ny + 1) / 2;
        int half = mx / 2;
        for (int q0 = 0; q0 < pairs; q0 += vb) {
            int v = Math.min(vb, pairs - q0);
            for (int b = 0; b < v; b++) {
                int y1 = 2 * (q0 + b);
                int o1 = p0 + hx * y1;
                int o2 = o1 + hx;
                boolean second = y1 + 1 < ny;
                for (int k = 0; k <= half; k++) {
                    double ar = sr[o1 + k];
                    double ai = si[o1 + k];
                    double cr2 = second ? sr[o2 + k] : 0;
                    double ci2 = second ? si[o2 + k] : 0;
                    // Z = X1 + i X2 for k <= mx/2
                    br[k * v + b] = ar - ci2;
                    bi[k * v + b] = ai + cr2;
                    if (k > 0 && k < half) {
                        // Z[mx-k] = conj(X1[k]) + i conj(X2[k])
                        int km = mx - k;
                        br[km * v + b] = ar + ci2;
                        bi[km * v + b] = -ai + cr2;
                    }
                }
            }
            // inverse by swapping real and imaginary parts
            fx.transform(bi, br, ci, cr, v);
            for (int b = 0; b < v; b++) {
                int y1 = 2 * (q0 + b);
                int row1 = nx * (y1 + ny * z);
                for (int x = 0; x < nx; x++) {
                    out[row1 + x] = br[x * v + b];
                }
                if (y1 + 1 < ny) {
                    int row2 = row1 + nx;
                    for (int x = 0; x < nx; x++) {
                        out[row2 + x] = bi[x * v + b];
                    }
                }
            }
        }
    }

    private static boolean zeroPlane(double[] in, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (in[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void gather(double[] sr, double[] si, int start, int stride, int rows, int v, double[] br, double[] bi) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(sr, start + r * stride, br, r * v, v);
            System.arraycopy(si, start + r * stride, bi, r * v, v);
        }
    }

    private static void scatter(double[] sr, double[] si, int start, int stride, int rows, int v, double[] br, double[] bi) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(br, r * v, sr, start + r * stride, v);
            System.arraycopy(bi, r * v, si, start + r * stride, v);
        }
    }

    /**
     * The DFT of a real function that is even in each axis, given on the octant
     * {@code [0, mx/2] x [0, my/2] x [0, mz/2]} of the grid (values at negative offsets are the
     * mirror images): K(k) = sum over the whole grid of f(r) exp(-2 pi i k.r / m), which is real.
     *
     * @param octant values f on the octant, index {@code x + hx (y + hy z)}; transformed in place
     * @return the same array, now holding the reduced spectrum
     */
    public synchronized ReducedSpectrum evenTransform(double[] octant) {
        int hy = my / 2 + 1;
        int hz = mz / 2 + 1;
        if (octant.length != hx * hy * hz) {
            throw new InvalidInputException(SusceptibilityMessage.GRID_SIZE_MISMATCH, "octant of the even kernel", hx, hy, hz, hx * hy * hz, octant.length);
        }
        evenAxis(octant, fx, mx, hx, 1, hy * hz, hx);            // lines along x: start = l*hx
        evenAxisStrided(octant, fy, my, hy, hx, hx, hz, hx * hy);  // along y
        evenAxisStrided(octant, fz, mz, hz, hx * hy, hx * hy, 1, 0);
        return new ReducedSpectrum(mx, my, mz, octant);
    }

    private void evenAxis(double[] a, BatchedFft f, int m, int h, int stride, int lines, int lineStep) {
        evenLines(a, f, m, h, stride, lines, l -> l * lineStep);
    }

    private void evenAxisStrided(double[] a, BatchedFft f, int m, int h, int stride, int inner, int outer, int outerStep) {
        evenLines(a, f, m, h, stride, inner * outer, l -> (l % inner) + (l / inner) * outerStep);
    }

    private void evenLines(double[] a, BatchedFft f, int m, int h, int stride, int lines,
                           java.util.function.IntUnaryOperator start) {
        int vb = batchFor(m);
        int blocks = (lines + vb - 1) / vb;
        int tasks = Math.min(blocks, 4 * threads);
        parallel(tasks, t -> {
            double[] br = new double[m * vb];
            double[] bi = new double[m * vb];
            double[] cr = new double[m * vb];
            double[] ci = new double[m * vb];
            for (int blk = t * blocks / tasks; blk < (t + 1) * blocks / tasks; blk++) {
                int l0 = blk * vb;
                int v = Math.min(vb, lines - l0);
                java.util.Arrays.fill(bi, 0, m * v, 0);
                for (int b = 0; b < v; b++) {
                    int s = start.applyAsInt(l0 + b);
                    for (int tt = 0; tt < m; tt++) {
                        int src = Math.min(tt, m - tt);
                        br[tt * v + b] = a[s + src * stride];
                    }
                }
                f.transform(br, bi, cr, ci, v);
                for (int b = 0; b < v; b++) {
                    int s = start.applyAsInt(l0 + b);
                    for (int k = 0; k < h; k++) {
                        a[s + k * stride] = br[k * v + b];
                    }
                }
            }
        });
    }
}
