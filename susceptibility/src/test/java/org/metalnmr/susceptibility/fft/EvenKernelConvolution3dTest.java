package org.metalnmr.susceptibility.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvenKernelConvolution3dTest {

    private static double kernel(int x, int y, int z) {
        // an arbitrary function even in each axis
        return Math.exp(-0.3 * x * x - 0.2 * Math.abs(y)) / (1 + z * z) + 0.1 * Math.cos(x * y * 0.7);
    }

    private static int wrap(int i, int m) {
        int w = Math.floorMod(i, m);
        return w > m / 2 ? w - m : w;
    }

    /**
     * The JTransforms engine equals the own engine (which equals the direct sum) to rounding, on
     * power-of-two grids (JTransforms' 3D real transform needs them), full and padded inputs.
     */
    @ParameterizedTest
    @CsvSource({"8,4,16,5,4,3", "8,4,16,8,4,16", "16,8,4,16,8,4", "16,8,4,9,7,2", "4,4,4,4,4,4", "32,32,32,32,32,32"})
    void jtransformsEngineEqualsOwn(int mx, int my, int mz, int nx, int ny, int nz) {
        double[] in = randomInput(nx * ny * nz, mx + 7L * nz);
        double[] oct = kernelOctant(mx, my, mz);
        EvenKernelConvolution3d own = new EvenKernelConvolution3d(mx, my, mz, 1);
        ReducedSpectrum spec = own.evenTransform(oct).scaleInPlace(1.0 / (mx * my * mz));
        double[] a = new double[in.length];
        double[] b = new double[in.length];
        own.convolve(in, nx, ny, nz, spec, a);
        new JTransformsConvolution3d(mx, my, mz, 2).convolve(in, nx, ny, nz, spec, b);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-11, "at " + i);
        }
    }

    /**
     * The FFT convolution equals the direct circular sum on small grids, including odd sizes and
     * pruned (padded) inputs, to 1e-12 of the output scale; with 1 and 3 threads.
     */
    @ParameterizedTest
    @CsvSource({"8,6,10,5,4,3,1", "8,6,10,8,6,10,3", "12,9,5,7,9,4,2", "4,4,4,1,1,1,1", "16,8,8,8,7,5,2"})
    void equalsDirectCircularConvolution(int mx, int my, int mz, int nx, int ny, int nz, int threads) {
        double[] in = randomInput(nx * ny * nz, mx * 31 + nz);
        double[] oct = kernelOctant(mx, my, mz);
        EvenKernelConvolution3d conv = new EvenKernelConvolution3d(mx, my, mz, threads);
        ReducedSpectrum spec = conv.evenTransform(oct).scaleInPlace(1.0 / (mx * my * mz));
        double[] out = new double[in.length];
        conv.convolve(in, nx, ny, nz, spec, out);
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    double s = 0;
                    for (int c = 0; c < nz; c++) {
                        for (int b = 0; b < ny; b++) {
                            for (int a = 0; a < nx; a++) {
                                s += kernel(Math.abs(wrap(x - a, mx)), Math.abs(wrap(y - b, my)), Math.abs(wrap(z - c, mz)))
                                        * in[a + nx * (b + ny * c)];
                            }
                        }
                    }
                    assertEquals(s, out[x + nx * (y + ny * z)], 1e-11, "at " + x + "," + y + "," + z);
                }
            }
        }
    }

    /**
     * The spectra held as chunks of a few planes (1, 2, 3 planes per chunk, the last chunk short) give bit for bit the
     * result of one chunk: the chunking only moves where a plane is stored, not the arithmetic.
     */
    @ParameterizedTest
    @CsvSource({"8,6,10,5,4,3,1", "8,6,10,8,6,10,2", "12,9,5,7,9,4,3"})
    void chunkedSpectraEqualOneChunk(int mx, int my, int mz, int nx, int ny, int nz, int planesPerChunk) {
        double[] in = randomInput(nx * ny * nz, mx * 17 + nz);
        EvenKernelConvolution3d whole = new EvenKernelConvolution3d(mx, my, mz, 2);
        EvenKernelConvolution3d chunked = new EvenKernelConvolution3d(mx, my, mz, 2, planesPerChunk * (mx / 2 + 1) * my);
        ReducedSpectrum spec = whole.evenTransform(kernelOctant(mx, my, mz)).scaleInPlace(1.0 / (mx * my * mz));
        double[] a = new double[in.length];
        double[] b = new double[in.length];
        whole.convolve(in, nx, ny, nz, spec, a);
        chunked.convolve(in, nx, ny, nz, spec, b);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]), "at " + i);
        }
    }

    private static double[] randomInput(int n, long seed) {
        Random rnd = new Random(seed);
        double[] in = new double[n];
        for (int i = 0; i < n; i++) {
            in[i] = rnd.nextGaussian();
        }
        return in;
    }

    /** The test kernel on the non-negative octant of an mx x my x mz grid, as the even transform takes it. */
    private static double[] kernelOctant(int mx, int my, int mz) {
        int hx = mx / 2 + 1;
        int hy = my / 2 + 1;
        int hz = mz / 2 + 1;
        double[] oct = new double[hx * hy * hz];
        for (int z = 0; z < hz; z++) {
            for (int y = 0; y < hy; y++) {
                for (int x = 0; x < hx; x++) {
                    oct[x + hx * (y + hy * z)] = kernel(x, y, z);
                }
            }
        }
        return oct;
    }
}
