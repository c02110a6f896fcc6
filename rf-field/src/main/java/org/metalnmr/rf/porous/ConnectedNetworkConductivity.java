package org.metalnmr.rf.porous;

/**
 * The conductivity of a connected metal network (mossy metal grown as chains of strands from the electrode), which
 * conducts at any packing: the differential effective medium (DEM) with the metal as the host and the pores as
 * insulating spheres added in infinitesimal steps,
 * \[ \frac{\sigma_\mathrm{eff}}{\sigma} = p^{3/2}, \]
 * p the metal volume fraction (P. N. Sen, C. Scala, M. H. Cohen, Geophysics 46, 781, 1981, eq. 13 with an insulating
 * inclusion phase; the Archie form with cementation exponent 3/2). In contrast to Bruggeman's symmetric medium
 * ({@link EffectiveMediumConductivity}, p_c = 1/3), where metal and pores play the same role and isolated grains stop
 * conducting below p_c, the host phase of the DEM stays connected at every p. Checks (tested): the dilute-pore limit
 * 1 - (3/2)(1 - p) is Maxwell's result for insulating spheres; p^{3/2} lies below the Hashin-Shtrikman upper bound
 * 2p/(3 - p) for an insulating second phase (Z. Hashin, S. Shtrikman, J. Appl. Phys. 33, 3125, 1962) and above the
 * straight-strand value p/3 of isotropically oriented wires (each strand carries current only along itself:
 * the orientation average of cos^2 is 1/3) for p &gt; 1/9. At the packings of mossy Li (0.05-0.3) it gives
 * 0.011-0.16 of the bulk conductivity.
 */
public record ConnectedNetworkConductivity() implements EffectiveConductivity {

    /** The one instance needed. */
    public static final ConnectedNetworkConductivity INSTANCE = new ConnectedNetworkConductivity();

    @Override
    public double relativeConductivity(double packingFraction) {
        PackingFractions.requirePackingFraction(packingFraction);
        return Math.pow(packingFraction, 1.5);
    }
}
