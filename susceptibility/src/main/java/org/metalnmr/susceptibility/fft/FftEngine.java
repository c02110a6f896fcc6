package org.metalnmr.susceptibility.fft;

/**
 * Which 3D FFT carries the field solver's convolution. Measured (docs/susceptibility.md, JMH, 2 threads):
 * the own batched FFT is faster on zero-padded grids, where it skips the transforms of the empty
 * padding (a pruned FFT), and since its batch was tuned (28 lines of 256) also on full, unpadded
 * power-of-two grids at N = 256 (1.3-2x faster than JTransforms there in two runs).
 */
public enum FftEngine {
    /** The measured faster one: the own FFT on every grid. */
    AUTO,
    /** Always the own batched FFT ({@link EvenKernelConvolution3d}). */
    OWN,
    /** Always JTransforms ({@link JTransformsConvolution3d}); needs power-of-two FFT grid sizes. */
    JTRANSFORMS
}
