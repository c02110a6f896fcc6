/**
 * Microstructures on a voxel grid (issue 16): a deposit given voxel by voxel, generated
 * ({@code org.metalnmr.microstructure.generate}) or imported from tomography
 * ({@code org.metalnmr.microstructure.io}), its BMS shift map by FFT with stated k = 0 conventions
 * ({@code org.metalnmr.microstructure.field}), its complex skin-layer RF weights from an exact Euclidean
 * distance transform ({@code org.metalnmr.microstructure.rf}) and its spectrum histogrammed onto the output
 * axis ({@code org.metalnmr.microstructure.spectrum}). The value type is
 * {@link org.metalnmr.microstructure.grid.VoxelMicrostructure} (one bit per voxel). Design and measurements:
 * docs/microstructures.md.
 */
package org.metalnmr.microstructure;
