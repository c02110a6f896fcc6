/**
 * The BMS shift map of a voxel microstructure by FFT, reusing susceptibility's mixed-radix (2, 3, 5, 7)
 * pruned real-even convolution ({@code EvenKernelConvolution3d}, tested against a direct DFT there) with a
 * k-space dipole kernel whose k = 0 value follows the structure's periodicity. Entry point:
 * {@link org.metalnmr.microstructure.field.PatchFieldSolver}.
 */
package org.metalnmr.microstructure.field;
