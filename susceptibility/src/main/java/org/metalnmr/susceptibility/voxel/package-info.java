/**
 * The voxel field solver: a susceptibility map ({@link org.metalnmr.susceptibility.voxel.ChiGrid}) to
 * the BMS shift map dBz/B0 in ppm ({@link org.metalnmr.susceptibility.voxel.ShiftMap}), Lorentz sphere
 * included, by zero-padded FFT convolution with the k-space dipole kernel or the cell-exact
 * (Newell) kernel ({@link org.metalnmr.susceptibility.voxel.FieldKernel}). Entry points:
 * {@link org.metalnmr.susceptibility.voxel.VoxelFieldSolver} (configuration, memory check) and
 * {@link org.metalnmr.susceptibility.voxel.FieldSolvePlan} (a prepared, reusable solve);
 * {@link org.metalnmr.susceptibility.voxel.BodyRasterizer} voxelises single convex bodies (through geometry's Voxelizer);
 * {@link org.metalnmr.susceptibility.voxel.RandomPrismPacking} and
 * {@link org.metalnmr.susceptibility.voxel.RootedColumnPacking} build voxel-exact random packings, the
 * test beds of the packed-deposit models.
 */
package org.metalnmr.susceptibility.voxel;
