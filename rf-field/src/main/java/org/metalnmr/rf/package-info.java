/**
 * RF fields in and around metal: skin depth ({@code rf.skin}), special functions
 * ({@code rf.bessel}), closed-form penetration profiles ({@code rf.penetration}), the NMR signal by
 * reciprocity ({@code rf.signal}), shields ({@code rf.shield}) and porous deposits
 * ({@code rf.porous}). {@link org.metalnmr.rf.RfMessage} holds the module's error messages.
 * Time dependence throughout: exp(+i omega t).
 */
package org.metalnmr.rf;
