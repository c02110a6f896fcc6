package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;

/**
 * Directions uniform over the spherical cap within a half-angle alpha of the normal: cos(theta)
 * uniform on [cos alpha, 1] (the solid-angle measure), azimuth uniform. Exact moments:
 * &lt;cos&gt; = (1 + cos alpha) / 2, &lt;cos^2&gt; = (1 + cos alpha + cos^2 alpha) / 3.
 * alpha = pi/2 is the uniform hemisphere.
 *
 * @param halfAngle cone half-angle alpha [rad], in [0, pi/2]
 */
public record ConeOrientation(double halfAngle) implements OrientationDistribution {

    /** Validates. */
    public ConeOrientation {
        Checks.inRange("cone halfAngle", "[rad]", 0, Math.PI / 2, halfAngle);
    }

    @Override
    public Vector3d sample(SplittableRandom rng, Vector3d dest) {
        double c0 = Math.cos(halfAngle);
        return OrientationDistribution.fromCosine(rng, c0 + (1 - c0) * rng.nextDouble(), dest);
    }

    /** @return \( (c - \cos\alpha)/(1 - \cos\alpha) \), clamped to [0, 1]; NaN for a cone of half-angle 0 */
    @Override
    public double cdfCosine(double c) {
        double c0 = Math.cos(halfAngle);
        return c0 >= 1 ? Double.NaN : Math.max(0, Math.min(1, (c - c0) / (1 - c0)));
    }

    @Override
    public double meanCosine() {
        return (1 + Math.cos(halfAngle)) / 2;
    }

    @Override
    public double meanCosineSquared() {
        double c = Math.cos(halfAngle);
        return (1 + c + c * c) / 3;
    }
}
