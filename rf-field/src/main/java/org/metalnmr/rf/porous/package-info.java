/**
 * Porous and mossy deposits as effective media: conductivity laws ({@link org.metalnmr.rf.porous.EffectiveMediumConductivity},
 * {@link org.metalnmr.rf.porous.PercolationConductivity}, {@link org.metalnmr.rf.porous.IsolatedParticles}),
 * grain shapes ({@link org.metalnmr.rf.porous.ParticleShape}) and the deposit layer with its signal per metal
 * volume ({@link org.metalnmr.rf.porous.PorousDeposit}).
 */
package org.metalnmr.rf.porous;
