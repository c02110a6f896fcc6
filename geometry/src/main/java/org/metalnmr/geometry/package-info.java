/**
 * Geometry of in-situ NMR cells: bodies ({@link org.metalnmr.geometry.body}), the coil, cells and
 * scenes ({@link org.metalnmr.geometry.cell}), deposit generators
 * ({@link org.metalnmr.geometry.deposit}) and voxelisation ({@link org.metalnmr.geometry.voxel}).
 *
 * <p>Lab frame, used throughout: B0 along +z; the solenoid coil axis along +x, so B1 is along x;
 * y completes a right-handed frame. All lengths in metres, angles in radians (degrees only at the
 * edges, with {@code Deg} in the name). The messages of the module are in
 * {@link org.metalnmr.geometry.GeometryMessage}.</p>
 */
package org.metalnmr.geometry;
