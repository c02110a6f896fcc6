package org.metalnmr.geometry.deposit;

/**
 * The parameters of a deposit, from which {@link #generate} draws one realisation on a site:
 * {@link DenseLayerSpec}, {@link WhiskerSpec}, {@link MossyLayerSpec}, {@link DeadLithiumSpec}.
 * The same spec, site and seed give the same deposit (random draws from
 * {@link java.util.SplittableRandom} with fixed transforms).
 */
public sealed interface DepositSpec permits DenseLayerSpec, WhiskerSpec, MossyLayerSpec, DeadLithiumSpec {

    /** @return material name */
    String material();

    /**
     * @param site where the deposit grows
     * @param seed random seed
     * @return the deposit
     */
    Deposit generate(SurfaceSite site, long seed);
}
