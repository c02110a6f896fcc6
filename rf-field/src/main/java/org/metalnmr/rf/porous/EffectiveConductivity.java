package org.metalnmr.rf.porous;

/**
 * The macroscopic conductivity of a metal-insulator mixture relative to the bulk metal,
 * sigma_eff/sigma, as a function of the metal's volume (packing) fraction p.
 */
public interface EffectiveConductivity {

    /**
     * @param packingFraction p, metal volume / total volume, in (0, 1]
     * @return sigma_eff / sigma in [0, 1] (1 at p = 1)
     */
    double relativeConductivity(double packingFraction);
}
