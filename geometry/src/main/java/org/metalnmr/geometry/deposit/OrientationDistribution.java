package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.joml.Vector3d;

/**
 * A distribution of growth directions about a surface normal, in site axes (z = the normal):
 * {@link AlignedOrientation}, {@link ConeOrientation} (uniform over a cone), or
 * {@link VonMisesFisherOrientation} (concentration kappa). Every draw points into the outer
 * hemisphere (cos theta &gt;= 0, theta the angle to the normal); azimuths are uniform.
 */
public sealed interface OrientationDistribution permits AlignedOrientation, ConeOrientation, VonMisesFisherOrientation {

    /**
     * @param rng  random source
     * @param dest receives a unit direction in site axes (z = normal)
     * @return dest
     */
    Vector3d sample(SplittableRandom rng, Vector3d dest);

    /** @return the exact mean of cos(theta) */
    double meanCosine();

    /** @return the exact mean of cos^2(theta) (what orientation-averaged needle shifts need) */
    double meanCosineSquared();

    /**
     * The distribution function of the drawn cos(theta): the probability that a draw has cos(theta) &le; c. A whisker's
     * value of it is its quantile in the law, which a fit model with another spread of a law maps back to an angle.
     *
     * @param c cos(theta), in [0, 1]
     * @return F(c) in [0, 1]; NaN when the law has no spread (every draw along the normal)
     */
    double cdfCosine(double c);

    /** Unit vector from cos(theta) and a uniform azimuth. */
    static Vector3d fromCosine(SplittableRandom rng, double cosTheta, Vector3d dest) {
        double s = Math.sqrt(Math.max(0, 1 - cosTheta * cosTheta));
        double phi = 2 * Math.PI * rng.nextDouble();
        return dest.set(s * Math.cos(phi), s * Math.sin(phi), cosTheta);
    }
}
