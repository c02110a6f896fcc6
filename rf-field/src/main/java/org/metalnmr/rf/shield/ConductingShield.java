package org.metalnmr.rf.shield;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.penetration.ComplexExponential;

/**
 * Quasi-static transmission of an RF magnetic field through a conducting wall (pouch-cell aluminium,
 * a steel can) into the region it encloses, for a field parallel to the wall, time dependence
 * exp(+i omega t), mu_r = 1, wall thickness t much smaller than the enclosure.
 *
 * <p>Model (the classical eddy-current screen; Kaden, Wirbelstroeme und Schirmung in der
 * Nachrichtentechnik, Springer 1959; for the physics see also Fahy, Kittel &amp; Louie, Am. J. Phys. 56,
 * 989, 1988). Inside the wall h'' = kappa^2 h, kappa = (1+i)/d. The enclosed, non-conducting region
 * holds a uniform field H_i; Faraday's law around it gives the tangential E on the wall's inner face,
 * E = i omega mu0 H_i l, with l = A/P the enclosed cross-section per unit wall perimeter (l = R/2 for a
 * tube of radius R with the field along its axis, g/2 for a flat enclosure of gap g). Matching E = H'/sigma
 * at the inner face and H = H0 at the outer face:
 * \[ T = H_i/H_0 = \frac{1}{\cosh(\kappa t) + \kappa l \sinh(\kappa t)}. \]
 * l = 0 (no enclosed flux, e.g. a wall pressed on the sample or a sheet whose far side is a thin gap)
 * gives T = 1/cosh(kappa t), the far-face field of {@code BackedSlabPenetration.onPerfectConductor}.
 * l &gt; 0 screens far more strongly (the enclosed flux must be driven through the wall's resistance); it
 * applies only if the wall closes an electrical loop around the flux: the two aluminium layers of a
 * heat-sealed pouch are insulated from each other at the seal, so for a pouch l = 0 is the relevant case.
 *
 * <p>Reception by the same coil through the same wall carries the same factor (reciprocity), so the
 * signal of the enclosed sample scales with T^2 ({@link #transmitReceive()}).
 * Evaluated as T = 2q / [(1 + q^2) + kappa l (1 - q^2)], q = exp(-kappa t), finite for any t/d.
 *
 * <p>docs/physics.md quotes "a 10 um Al layer attenuates the Li RF field by up to about 70% at 77 MHz". This
 * model (Al 2.65e-8 Ohm m, d = 9.34 um at 77 MHz, l = 0) gives |T| = 0.728 (field attenuated by 27%)
 * and |T^2| = 0.53 (signal attenuated by 47%); the simple estimate exp(-t/d) = 0.34 (66%) is the likely
 * origin of the quoted figure; an enclosing loop (l &gt; 0) attenuates more.
 *
 * @param thickness                t [m], &gt; 0
 * @param skinDepth                d of the wall [m], &gt; 0
 * @param enclosedAreaPerPerimeter l = A/P [m], &gt;= 0 (0: no enclosed flux)
 */
public record ConductingShield(double thickness, double skinDepth, double enclosedAreaPerPerimeter) {

    /** Validates the lengths. */
    public ConductingShield {
        Checks.positive("shield thickness", "[m]", thickness);
        Checks.positive("shield skin depth", "[m]", skinDepth);
        Checks.nonNegative("enclosed area per perimeter", "[m]", enclosedAreaPerPerimeter);
    }

    /**
     * @param thickness t [m]
     * @param skinDepth d [m]
     * @return a wall that encloses no flux (l = 0): T = 1/cosh(kappa t)
     */
    public static ConductingShield sheet(double thickness, double skinDepth) {
        return new ConductingShield(thickness, skinDepth, 0);
    }

    /** @return the complex transmission T = H_i/H0 of the field (phase &lt;= 0: a lag) */
    public Complex transmission() {
        Complex kappa = new Complex(1 / skinDepth, 1 / skinDepth);
        Complex q = kappa.multiply(-thickness).exp();
        Complex oneMinusQ2 = ComplexExponential.expm1(kappa.multiply(-2 * thickness)).negate();
        Complex den = q.multiply(q).add(1).add(kappa.multiply(enclosedAreaPerPerimeter).multiply(oneMinusQ2));
        return q.multiply(2).divide(den);
    }

    /** @return T^2, the factor on the signal of an enclosed sample (transmit and receive) */
    public Complex transmitReceive() {
        Complex t = transmission();
        return t.multiply(t);
    }

    /** @return 1 - |T|, the fractional loss of RF field amplitude */
    public double fieldAttenuation() {
        return 1 - transmission().norm();
    }

    /** @return 1 - |T|^2, the fractional loss of signal magnitude */
    public double signalAttenuation() {
        return 1 - transmitReceive().norm();
    }
}
