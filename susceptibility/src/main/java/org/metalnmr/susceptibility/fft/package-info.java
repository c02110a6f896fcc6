/**
 * Fast Fourier transforms for the voxel field solver: {@link org.metalnmr.susceptibility.fft.BatchedFft}
 * (mixed-radix Stockham FFT over batches of sequences) and
 * {@link org.metalnmr.susceptibility.fft.EvenKernelConvolution3d} (pruned real-to-complex 3D
 * convolution with a real kernel that is even in each axis, multi-threaded). Chosen over JTransforms
 * by measurement (see docs/susceptibility.md).
 */
package org.metalnmr.susceptibility.fft;
