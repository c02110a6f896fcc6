/**
 * The 2D quasi-static eddy-current solver: conductors invariant along z (wires, whiskers, foils
 * seen edge-on, arrays of strands) on a graded rectilinear grid in a uniform RF field along z or
 * in the cross-section plane; time dependence exp(+i omega t). Gives complex field maps, current
 * densities and the reciprocity signal of each conductor. Entry points:
 * {@link org.metalnmr.rf.eddy.EddyCurrentSolver2D#solve}, with a problem built from a
 * {@link org.metalnmr.rf.eddy.ConductorLayout}, a
 * {@link org.metalnmr.rf.eddy.RectilinearGrid2D#graded graded grid} and an
 * {@link org.metalnmr.rf.eddy.AppliedField2D}.
 */
package org.metalnmr.rf.eddy;
