package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.metalnmr.core.error.Checks;

/**
 * A log-normal size, given by its arithmetic mean m and relative spread c = (standard deviation) /
 * mean: ln X ~ Normal(mu, s^2) with s^2 = ln(1 + c^2) and mu = ln m - s^2 / 2, so that E[X] = m
 * and sd[X] = c m exactly. The usual model of particle and filament sizes from growth by many
 * multiplicative steps (e.g. E. Limpert, W. A. Stahel, M. Abbt, BioScience 51, 341 (2001)).
 * Normal deviates by the Box-Muller transform, so a seed gives the same sizes on every JVM.
 *
 * @param mean           arithmetic mean [m], &gt; 0
 * @param relativeSpread standard deviation / mean, &gt;= 0 (0 = fixed)
 */
public record LogNormalSize(double mean, double relativeSpread) implements SizeDistribution {

    /** Validates. */
    public LogNormalSize {
        Checks.positive("log-normal mean", "[m]", mean);
        Checks.inRange("log-normal relativeSpread", "[1]", 0, 10, relativeSpread);
    }

    /** @return s, the standard deviation of ln X */
    public double sigmaLog() {
        return Math.sqrt(Math.log1p(relativeSpread * relativeSpread));
    }

    /** @return mu, the mean of ln X */
    public double muLog() {
        double s = sigmaLog();
        return Math.log(mean) - s * s / 2;
    }

    @Override
    public double sample(SplittableRandom rng) {
        // muLog() + sigmaLog() * g with the logarithm of 1 + spread^2 taken once (the same numbers)
        double s = sigmaLog();
        return Math.exp((Math.log(mean) - s * s / 2) + s * RandomDraws.gaussian(rng));
    }

    @Override
    public double standardDeviation() {
        return relativeSpread * mean;
    }

    @Override
    public double upperBound() {
        return relativeSpread == 0 ? mean : Double.POSITIVE_INFINITY;
    }
}
