package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A size uniform on [min, max]: mean (min + max) / 2, standard deviation (max - min) / sqrt(12).
 *
 * @param min smallest size [m], &gt; 0
 * @param max largest size [m], &gt;= min
 */
public record UniformSize(double min, double max) implements SizeDistribution {

    /** Validates. */
    public UniformSize {
        Checks.positive("uniform size min", "[m]", min);
        Checks.positive("uniform size max", "[m]", max);
        if (max < min) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "uniform size max", min, Double.POSITIVE_INFINITY, "[m]", max);
        }
    }

    @Override
    public double sample(SplittableRandom rng) {
        return min + (max - min) * rng.nextDouble();
    }

    @Override
    public double mean() {
        return (min + max) / 2;
    }

    @Override
    public double standardDeviation() {
        return (max - min) / Math.sqrt(12);
    }

    @Override
    public double upperBound() {
        return max;
    }
}
