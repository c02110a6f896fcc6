package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.metalnmr.core.error.Checks;

/**
 * Every draw is the same value.
 *
 * @param value the size [m], &gt; 0
 */
public record FixedSize(double value) implements SizeDistribution {

    /** Validates. */
    public FixedSize {
        Checks.positive("fixed size", "[m]", value);
    }

    @Override
    public double sample(SplittableRandom rng) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double standardDeviation() {
        return 0;
    }

    @Override
    public double upperBound() {
        return value;
    }
}
