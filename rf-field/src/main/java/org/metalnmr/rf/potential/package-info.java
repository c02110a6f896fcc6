/**
 * The 3D RF field around mm-scale metal parts much thicker than the skin depth: magnetic scalar
 * potential outside a perfect diamagnet on a voxel grid, solved matrix-free by preconditioned
 * conjugate gradients, and the one-sided skin-layer signal of each surface element (surface
 * impedance approach). Entry points: {@link org.metalnmr.rf.potential.PotentialSolver3D#solve}
 * with a {@link org.metalnmr.rf.potential.MetalMask} and an
 * {@link org.metalnmr.rf.potential.AppliedField3D}; the result
 * {@link org.metalnmr.rf.potential.PotentialSolution3D} gives the surface elements and the signal of
 * each part. {@link org.metalnmr.rf.potential.PotentialSolver3D#solveInside} refines a sub-grid inside a
 * solved grid (one-way nesting). Inside the solver: VoxelOperator (stencil), MultigridPreconditioner and
 * PreconditionedCg (iteration), DipoleBoundary and InterpolatedBoundary (outer boundary values),
 * SurfaceFieldExtraction (fields at voxel centres and on the metal surface).
 */
package org.metalnmr.rf.potential;
