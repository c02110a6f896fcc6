package org.metalnmr.susceptibility.fft;

/**
 * Circular convolution of a real 3D array (x fastest) with a real kernel even in each axis, on a
 * fixed {@code mx x my x mz} FFT grid, given the kernel's {@link ReducedSpectrum} (which carries the
 * 1/(mx my mz) of the inverse transform). The input fills the corner [0,nx) x [0,ny) x [0,nz) of the
 * grid (the rest is zero) and only that corner of the result is written.
 * Implementations: {@link EvenKernelConvolution3d} (own batched FFT, pruned for padded inputs) and
 * {@link JTransformsConvolution3d} (JTransforms 3D real FFT, power-of-two grids).
 */
public interface RealEvenConvolver {

    /** @return the FFT grid {mx, my, mz} */
    int[] gridSize();

    /**
     * @param in     input, {@code nx*ny*nz} values, index {@code i + nx (j + ny k)}
     * @param nx     input extent along x
     * @param ny     input extent along y
     * @param nz     input extent along z
     * @param kernel the reduced kernel spectrum for this grid
     * @param out    output, same shape as the input
     */
    void convolve(double[] in, int nx, int ny, int nz, ReducedSpectrum kernel, double[] out);
}
