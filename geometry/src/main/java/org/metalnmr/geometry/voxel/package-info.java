/**
 * Voxelisation: a {@link org.metalnmr.geometry.voxel.GridSpec} chosen from a target resolution
 * and a bounding box, a {@link org.metalnmr.geometry.voxel.MemoryEstimate} checked before any
 * large array is allocated, and the {@link org.metalnmr.geometry.voxel.Voxelizer} that fills a
 * {@link org.metalnmr.geometry.voxel.MaterialGrid} of per-channel partial-volume fractions (exact
 * for axis-aligned boxes, exact along the axis of axis-aligned disks, supersampled otherwise).
 * Array layout everywhere: index {@code i + nx * (j + ny * k)}.
 */
package org.metalnmr.geometry.voxel;
