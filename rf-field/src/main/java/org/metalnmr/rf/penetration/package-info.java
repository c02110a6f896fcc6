/**
 * Closed-form RF penetration into metal bodies (time dependence exp(+i omega t); h = field relative
 * to the applied tangential field; kappa = (1+i)/d, k = (1-i)/d). Entry point: the interface
 * {@link org.metalnmr.rf.penetration.PenetrationProfile}, implemented by
 * {@link org.metalnmr.rf.penetration.HalfSpacePenetration},
 * {@link org.metalnmr.rf.penetration.SlabPenetration} (both faces),
 * {@link org.metalnmr.rf.penetration.BackedSlabPenetration} (one face, the other on a backing),
 * {@link org.metalnmr.rf.penetration.AxialCylinderPenetration},
 * {@link org.metalnmr.rf.penetration.TransverseCylinderPenetration} and
 * {@link org.metalnmr.rf.penetration.SpherePenetration}; {@link org.metalnmr.rf.penetration.BodyShape}
 * maps the command-line shape names to them. Each gives its field at a point, the closed-form
 * small-flip signal per volume (1/V) int h . h dV, its thick-body limit and a quadrature for any
 * local response. Valid for good conductors (displacement current neglected), mu_r = 1 and the normal
 * (not anomalous) skin effect.
 */
package org.metalnmr.rf.penetration;
