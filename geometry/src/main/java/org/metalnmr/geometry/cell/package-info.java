/**
 * The coil, the in-situ cells and scenes. {@link org.metalnmr.geometry.cell.Solenoid} (bore 15 mm,
 * axis x); {@link org.metalnmr.geometry.cell.CellParameters} = {@link org.metalnmr.geometry.cell.CellPreset}
 * (A: cylindrical body, disk normal along x = B1; B: box body, normal along z = B0) +
 * {@link org.metalnmr.geometry.cell.StackParameters} (every layer dimension, with sourced or
 * documented defaults) + {@link org.metalnmr.geometry.cell.Housing} +
 * {@link org.metalnmr.geometry.cell.CellPlacement} (position, tilt about y, azimuth about z);
 * {@code build()} gives a {@link org.metalnmr.geometry.cell.Cell} of named
 * {@link org.metalnmr.geometry.cell.Part}s with its deposit faces
 * ({@link org.metalnmr.geometry.cell.CellSite}); a {@link org.metalnmr.geometry.cell.CellGeometry} holds
 * coil, parts and named deposits, checks overlaps and the bore, and hands out voxel sources.
 */
package org.metalnmr.geometry.cell;
