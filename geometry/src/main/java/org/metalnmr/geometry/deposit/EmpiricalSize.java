package org.metalnmr.geometry.deposit;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Given sizes (e.g. measured in micrographs), drawn uniformly with replacement.
 *
 * @param values the sizes [m], each &gt; 0, at least one (copied; read through {@link #values()}, a copy)
 */
public record EmpiricalSize(double[] values) implements SizeDistribution {

    /** Validates and copies. */
    public EmpiricalSize {
        if (values == null || values.length == 0) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, "number of given sizes", "[1]", 0);
        }
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            Checks.positive("given size [" + i + "]", "[m]", values[i]);
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double sample(SplittableRandom rng) {
        return values[rng.nextInt(values.length)];
    }

    @Override
    public double mean() {
        return Arrays.stream(values).average().orElseThrow();
    }

    @Override
    public double standardDeviation() {
        double m = mean();
        return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / values.length);
    }

    @Override
    public double upperBound() {
        return Arrays.stream(values).max().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmpiricalSize e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "EmpiricalSize" + Arrays.toString(values);
    }
}
