/**
 * Importers of voxel microstructures from segmented tomography: NumPy {@code .npy}
 * ({@link org.metalnmr.microstructure.io.NpyReader}), raw voxels with a JSON header
 * ({@link org.metalnmr.microstructure.io.RawVoxelReader}) and multi-page baseline TIFF stacks
 * ({@link org.metalnmr.microstructure.io.TiffStackReader}). Every reader parses and checks the whole
 * header against the file's size before allocating anything, refuses a file that is not what it claims
 * with one line (an {@link org.metalnmr.core.error.InvalidInputException}), streams the samples and
 * segments them into metal / not metal with a {@link org.metalnmr.microstructure.io.Segmentation}.
 * Axis convention: an array's axes are (z, y, x), the first the electrode normal (the slice index of a
 * stack), whatever its memory order.
 */
package org.metalnmr.microstructure.io;
