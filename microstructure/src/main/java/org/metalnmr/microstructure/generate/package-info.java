/**
 * Generators of voxel microstructures, deterministic and seeded: the hexagonal array of cylinders on a
 * slab ({@link org.metalnmr.microstructure.generate.HexCylinderArray}, the LiMetalNMR standard case), random
 * whiskers drawn from geometry's whisker populations on a slab
 * ({@link org.metalnmr.microstructure.generate.RandomWhiskers}), mossy metal as a packing or a connected growth
 * of spheres from the slab ({@link org.metalnmr.microstructure.generate.MossyDeposit}) and dead metal as isolated
 * random ellipsoids above it ({@link org.metalnmr.microstructure.generate.DeadMetalFragments}). All give one
 * laterally periodic period of a laterally infinite patch; a voxel is metal when its centre lies inside a body.
 */
package org.metalnmr.microstructure.generate;
