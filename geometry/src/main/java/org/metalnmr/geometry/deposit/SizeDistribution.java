package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

/**
 * A distribution of a positive size (radius, length) [m]: {@link FixedSize}, {@link LogNormalSize}
 * (mean and relative spread), {@link UniformSize} or {@link EmpiricalSize} (given values).
 */
public sealed interface SizeDistribution permits FixedSize, LogNormalSize, UniformSize, EmpiricalSize {

    /**
     * @param rng random source
     * @return one draw [m]
     */
    double sample(SplittableRandom rng);

    /** @return the mean of the distribution [m] */
    double mean();

    /** @return the standard deviation of the distribution [m] */
    double standardDeviation();

    /** @return the largest value the distribution can give, or +infinity [m] */
    double upperBound();
}
