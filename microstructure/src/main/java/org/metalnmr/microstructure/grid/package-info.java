/**
 * The voxel microstructure value type: grid sizes, cubic voxel size [m], lateral periodicity and metal
 * occupancy as one bit per voxel, index {@code i + nx (j + ny k)} (x fastest, as geometry's
 * {@code GridSpec}); z is the electrode normal. Entry point:
 * {@link org.metalnmr.microstructure.grid.VoxelMicrostructure}; its builder
 * {@link org.metalnmr.microstructure.grid.OccupancyBits}.
 */
package org.metalnmr.microstructure.grid;
