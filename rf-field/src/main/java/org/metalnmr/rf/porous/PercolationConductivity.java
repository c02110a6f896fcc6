package org.metalnmr.rf.porous;

import org.metalnmr.core.error.Checks;

/**
 * Percolation power law for the conductivity of a random conducting network:
 * \[ \sigma_\mathrm{eff}/\sigma = \left(\frac{p - p_c}{1 - p_c}\right)^t \text{ for } p \gt p_c, \text{ else } 0, \]
 * normalised to 1 at p = 1. The conductivity exponent in 3D is t = 2.0 (D. Stauffer &amp; A. Aharony,
 * Introduction to Percolation Theory, 2nd ed., Taylor &amp; Francis 1994; Kirkpatrick, Rev. Mod.
 * Phys. 45, 574, 1973). The threshold depends on the grains: about 0.16-0.3 (volume fraction)
 * for spheres, much lower for elongated strands (roughly 0.7 divided by the aspect ratio), so it is a
 * parameter.
 *
 * @param percolationThreshold p_c in (0, 1)
 * @param exponent             t &gt; 0
 */
public record PercolationConductivity(double percolationThreshold, double exponent) implements EffectiveConductivity {

    /** The 3D conductivity exponent. */
    public static final double EXPONENT_3D = 2.0;

    /** Validates p_c and t. */
    public PercolationConductivity {
        PackingFractions.requireThreshold(percolationThreshold);
        Checks.positive("conductivity exponent", "[1]", exponent);
    }

    /**
     * @param percolationThreshold p_c
     * @return the 3D law, t = 2.0
     */
    public static PercolationConductivity threeDimensional(double percolationThreshold) {
        return new PercolationConductivity(percolationThreshold, EXPONENT_3D);
    }

    @Override
    public double relativeConductivity(double packingFraction) {
        PackingFractions.requirePackingFraction(packingFraction);
        if (packingFraction <= percolationThreshold) {
            return 0;
        }
        return Math.pow((packingFraction - percolationThreshold) / (1 - percolationThreshold), exponent);
    }
}
