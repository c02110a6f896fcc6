/**
 * Studies of the susceptibility module too large for unit tests, run by hand: convergence of the voxel
 * field solver ({@link org.metalnmr.validation.susceptibility.FieldSolverConvergenceStudy}) and the
 * packed-deposit mean-field model against voxel solves of random packings
 * ({@link org.metalnmr.validation.susceptibility.PackedDepositStudy}). Each prints Markdown tables
 * (the ones in docs/susceptibility.md).
 */
package org.metalnmr.validation.susceptibility;
