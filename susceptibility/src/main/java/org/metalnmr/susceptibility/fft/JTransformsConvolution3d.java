package org.metalnmr.susceptibility.fft;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.jtransforms.fft.DoubleFFT_3D;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * {@link RealEvenConvolver} on JTransforms 3.1 ({@code DoubleFFT_3D.realForward}/{@code realInverse},
 * in place, multithreaded). JTransforms' 3D real transform needs power-of-two sizes
 * ({@link #supports}); the packed layout of {@code realForward} is then as documented by JTransforms.
 *
 * <p>Kernel product in the packed layout: every stored number is the real or imaginary part of the
 * spectrum at some (k_z, k_y, k_x) or at its mirror image, and K is even in each axis, so each is
 * multiplied by K(|k_x|, |k_y|, |k_z|). For 0 &lt; k_x &lt; mx/2 slot (2k_x, 2k_x+1) of row (k_z, k_y) holds
 * wave number k_x. Columns 0 and 1 hold k_x = 0 and k_x = mx/2: for rows 0 &lt; k_y &lt; my/2 both hold
 * k_x = 0, for rows my/2 &lt; k_y &lt; my both hold k_x = mx/2 (mirrored); in rows k_y = 0 and my/2 the same
 * rule applies along k_z (0 &lt; k_z &lt; mz/2: k_x = 0; mz/2 &lt; k_z: mx/2), and for k_z in {0, mz/2}
 * column 0 holds k_x = 0 and column 1 k_x = mx/2.</p>
 *
 * <p>JTransforms keeps its thread count and pool in static state: constructing an instance sets the
 * thread count and installs a pool of daemon threads (so that a JVM using the library can exit).</p>
 */
public final class JTransformsConvolution3d implements RealEvenConvolver {

    private static final Object POOL_LOCK = new Object();
    private static boolean daemonPoolInstalled;

    private final int mx;
    private final int my;
    private final int mz;
    private final int threads;
    private final DoubleFFT_3D fft;
    private final WorkerPool workers;
    private double[] work;

    /**
     * @param mx      FFT grid size along x, even
     * @param my      FFT grid size along y, even
     * @param mz      FFT grid size along z, even
     * @param threads worker threads
     */
    public JTransformsConvolution3d(int mx, int my, int mz, int threads) {
        if (!supports(mx, my, mz)) {
            throw new InvalidInputException(SusceptibilityMessage.FFT_NOT_POWER_OF_TWO, mx, my, mz);
        }
        this.mx = mx;
        this.my = my;
        this.mz = mz;
        this.threads = threads;
        this.workers = new WorkerPool(threads);
        installDaemonPool();
        this.fft = new DoubleFFT_3D(mz, my, mx);
    }

    private static void installDaemonPool() {
        synchronized (POOL_LOCK) {
            if (!daemonPoolInstalled) {
                ThreadFactory f = r -> {
                    Thread t = new Thread(r, "metalnmr-jtransforms");
                    t.setDaemon(true);
                    return t;
                };
                ExecutorService pool = Executors.newCachedThreadPool(f);
                ConcurrencyUtils.setThreadPool(pool);
                daemonPoolInstalled = true;
            }
        }
    }

    /**
     * @param mx FFT grid size along x
     * @param my FFT grid size along y
     * @param mz FFT grid size along z
     * @return whether JTransforms' 3D real transform handles the grid (power-of-two sizes, at least 2)
     */
    public static boolean supports(int mx, int my, int mz) {
        return pow2(mx) && pow2(my) && pow2(mz);
    }

    private static boolean pow2(int n) {
        return n >= 2 && (n & (n - 1)) == 0;
    }

    /**
     * @param mx FFT grid size along x
     * @param my FFT grid size along y
     * @param mz FFT grid size along z
     * @return bytes of the in-place work array
     */
    public static long workingBytes(int mx, int my, int mz) {
        return 8L * mx * my * mz;
    }

    @Override
    public int[] gridSize() {
        return new int[] {mx, my, mz};
    }

    @Override
    public synchronized void convolve(double[] in, int nx, int ny, int nz, ReducedSpectrum kernel, double[] out) {
        if (nx > mx || ny > my || nz > mz) {
            throw new InvalidInputException(SusceptibilityMessage.INPUT_EXCEEDS_FFT_GRID, "JTransforms convolution", nx, ny, nz, in.length,
                    out.length, mx, my, mz);
        }
        if (kernel.mx() != mx || kernel.my() != my || kernel.mz() != mz) {
            throw new InvalidInputException(SusceptibilityMessage.KERNEL_GRID_MISMATCH, "JTransforms convolution", kernel.mx(), kernel.my(),
                    kernel.mz(), mx, my, mz);
        }
        if (work == null) {
            work = new double[Math.toIntExact(workingBytes(mx, my, mz) / 8)];
        }
        double[] a = work;
        if (nx == mx && ny == my && nz == mz) {
            System.arraycopy(in, 0, a, 0, in.length);
        } else {
            java.util.Arrays.fill(a, 0);
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    System.arraycopy(in, nx * (j + ny * k), a, mx * (j + my * k), nx);
                }
            }
        }
        synchronized (POOL_LOCK) {
            ConcurrencyUtils.setNumberOfThreads(threads);
            fft.realForward(a);
            multiply(a, kernel);
            fft.realInverse(a, true);
        }
        if (nx == mx && ny == my && nz == mz) {
            System.arraycopy(a, 0, out, 0, out.length);
        } else {
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    System.arraycopy(a, mx * (j + my * k), out, nx * (j + ny * k), nx);
                }
            }
        }
    }

    private void multiply(double[] a, ReducedSpectrum kernel) {
        double[] kv = kernel.values();
        // the spectrum carries 1/(mx my mz) for an unnormalised inverse; JTransforms' scaled inverse
        // already divides by it, so the product multiplies it back
        double scale = (double) mx * my * mz;
        int hx = kernel.hx();
        int hy = kernel.hy();
        int halfX = mx / 2;
        int halfY = my / 2;
        int halfZ = mz / 2;
        workers.run(Math.min(mz, 4 * threads), t -> {
            for (int kz = t * mz / Math.min(mz, 4 * threads); kz < (t + 1) * mz / Math.min(mz, 4 * threads); kz++) {
                int fz = Math.min(kz, mz - kz);
                for (int ky = 0; ky < my; ky++) {
                    int fy = Math.min(ky, my - ky);
                    int kbase = hx * (fy + hy * fz);
                    int row = mx * (ky + my * kz);
                    for (int kx = 1; kx < halfX; kx++) {
                        double f = scale * kv[kbase + kx];
                        a[row + 2 * kx] *= f;
                        a[row + 2 * kx + 1] *= f;
                    }
                    double k0 = scale * kv[kbase];
                    double kn = scale * kv[kbase + halfX];
                    double c0;
                    double c1;
                    if (ky != 0 && ky != halfY) {
                        c0 = ky < halfY ? k0 : kn;
                        c1 = c0;
                    } else if (kz == 0 || kz == halfZ) {
                        c0 = k0;
                        c1 = kn;
                    } else {
                        c0 = kz < halfZ ? k0 : kn;
                        c1 = c0;
                    }
                    a[row] *= c0;
                    a[row + 1] *= c1;
                }
            }
        });
    }
}
