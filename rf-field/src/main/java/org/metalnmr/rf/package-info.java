/**
 * RF fields in and around metal: skin depth ({@code rf.skin}), special functions
 * ({@code rf.bessel}), closed-form penetration profiles ({@code rf.penetration}), the NMR signal by
 * reciprocity ({@code rf.signal}), shields ({@code rf.shield}) and porous deposits
 * ({@code rf.porous}); the numerical solvers: 2D eddy currents ({@code rf.eddy}), the 3D field
 * around mm-scale metal ({@code rf.potential}), their sparse linear algebra ({@code rf.linalg}),
 * numerical penetration of single bodies ({@code rf.numeric}) and the coil's B1 ({@code rf.coil}).
 * {@link org.metalnmr.rf.RfMessage} holds the module's error messages.
 * Time dependence throughout: exp(+i omega t).
 */
package org.metalnmr.rf;
