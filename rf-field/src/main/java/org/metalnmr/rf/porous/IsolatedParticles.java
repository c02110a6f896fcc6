package org.metalnmr.rf.porous;

/**
 * Particles that do not touch (dead lithium islands, dispersed powder): no macroscopic current path,
 * sigma_eff = 0 at any packing, so the layer does not screen and each particle is penetrated on its own.
 * (Their magnetic screening, a diamagnetic effective permeability of order -p for particles thicker
 * than d, is neglected.)
 */
public enum IsolatedParticles implements EffectiveConductivity {
    /** The only instance. */
    INSTANCE;

    @Override
    public double relativeConductivity(double packingFraction) {
        PackingFractions.requirePackingFraction(packingFraction);
        return 0;
    }
}
