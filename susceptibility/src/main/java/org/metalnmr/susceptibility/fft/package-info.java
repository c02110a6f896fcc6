/**
 * Fast Fourier transforms for the voxel field solver, behind
 * {@link org.metalnmr.susceptibility.fft.RealEvenConvolver}: the own
 * {@link org.metalnmr.susceptibility.fft.BatchedFft} (mixed-radix Stockham FFT over batches of
 * sequences) with {@link org.metalnmr.susceptibility.fft.EvenKernelConvolution3d} (pruned
 * real-to-complex 3D convolution, multi-threaded), and
 * {@link org.metalnmr.susceptibility.fft.JTransformsConvolution3d} (JTransforms' 3D real FFT).
 * Which one runs is chosen by measurement ({@link org.metalnmr.susceptibility.fft.FftEngine}; numbers in
 * docs/susceptibility.md): the own pruned FFT; JTransforms stays selectable
 * ({@link org.metalnmr.susceptibility.fft.FftEngine#JTRANSFORMS}) and is tested equal to it.
 */
package org.metalnmr.susceptibility.fft;
