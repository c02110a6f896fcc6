/**
 * Bessel functions of complex argument for the skin effect: {@link org.metalnmr.rf.bessel.BesselJ}
 * (J_0..J_3: power series, Bessel's integral, Hankel's expansion), {@link org.metalnmr.rf.bessel.SphericalBesselJ}
 * (j_{-1}..j_3) and {@link org.metalnmr.rf.bessel.KelvinFunctions} (ber, bei). All offer values scaled by
 * e^{-|Im z|} so that profiles of bodies far thicker than the skin depth never overflow. Accuracy is
 * tested against 40-digit mpmath tables in {@code src/test/resources/bessel/}.
 */
package org.metalnmr.rf.bessel;
