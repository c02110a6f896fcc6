package org.metalnmr.rf.porous;

/**
 * Effective-medium (Bruggeman symmetric) conductivity of conducting grains and insulating voids:
 * \[ \sigma_\mathrm{eff}/\sigma = \frac{p - p_c}{1 - p_c} \text{ for } p \gt p_c, \text{ else } 0. \]
 * For spheres in 3D (D. A. G. Bruggeman, Ann. Phys. 416, 636, 1935) the symmetric equation
 * p (sigma - s)/(sigma + 2s) + (1 - p)(0 - s)/(0 + 2s) = 0 gives s = sigma (3p - 1)/2, i.e. p_c = 1/3;
 * S. Kirkpatrick's effective-medium theory of a random resistor network of coordination z
 * (Rev. Mod. Phys. 45, 574, 1973) has the same linear form with p_c = 2/z. The linear law is
 * good away from p_c and misses the critical exponent near it (see {@link PercolationConductivity}).
 *
 * @param percolationThreshold p_c in (0, 1)
 */
public record EffectiveMediumConductivity(double percolationThreshold) implements EffectiveConductivity {

    /** Validates p_c. */
    public EffectiveMediumConductivity {
        PackingFractions.requireThreshold(percolationThreshold);
    }

    /** @return Bruggeman's spheres, p_c = 1/3 */
    public static EffectiveMediumConductivity bruggemanSpheres() {
        return new EffectiveMediumConductivity(1.0 / 3);
    }

    @Override
    public double relativeConductivity(double packingFraction) {
        PackingFractions.requirePackingFraction(packingFraction);
        return Math.max(0, (packingFraction - percolationThreshold) / (1 - percolationThreshold));
    }
}
