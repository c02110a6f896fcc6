package org.metalnmr.susceptibility.fft;

/**
 * Which 3D FFT carries the field solver's convolution. Measured (docs/susceptibility.md, 2 threads):
 * JTransforms is faster on full, unpadded grids; the own batched FFT is faster on zero-padded grids,
 * where it skips the transforms of the empty padding (a pruned FFT).
 */
public enum FftEngine {
    /** JTransforms when the FFT grid equals the input grid and all sizes are powers of two, else the own FFT. */
    AUTO,
    /** Always the own batched FFT ({@link EvenKernelConvolution3d}). */
    OWN,
    /** Always JTransforms ({@link JTransformsConvolution3d}); needs power-of-two FFT grid sizes. */
    JTRANSFORMS
}
