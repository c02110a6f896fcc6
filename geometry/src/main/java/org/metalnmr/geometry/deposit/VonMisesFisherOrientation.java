package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;

/**
 * The von Mises-Fisher distribution on the sphere about the normal, folded onto the outer
 * hemisphere: density of w = cos(theta) proportional to exp(kappa w) on [-1, 1], then w -&gt; |w|
 * (a direction that would point into the electrode is mirrored in the surface plane).
 *
 * <p>Sampling (exact, A. T. A. Wood, Commun. Stat. Simul. Comput. 23, 157 (1994), for the
 * 2-sphere): w = 1 + ln(xi + (1 - xi) exp(-2 kappa)) / kappa with xi uniform on (0, 1]; kappa = 0
 * gives w uniform on [-1, 1].</p>
 *
 * <p>Exact moments of the folded variable u = |w| (density proportional to cosh(kappa u) on
 * [0, 1]): &lt;u&gt; = 1 - tanh(kappa / 2) / kappa, and &lt;u^2&gt; = &lt;w^2&gt; =
 * 1 - 2 L(kappa) / kappa with L(kappa) = coth(kappa) - 1/kappa the Langevin function (limits 1/2
 * and 1/3 at kappa = 0). For large kappa the spread angle is about sqrt(2/kappa) [rad].</p>
 *
 * @param kappa concentration, &gt;= 0 (0 = uniform hemisphere)
 */
public record VonMisesFisherOrientation(double kappa) implements OrientationDistribution {

    /** Validates. */
    public VonMisesFisherOrientation {
        Checks.nonNegative("von Mises-Fisher kappa", "[1]", kappa);
    }

    @Override
    public Vector3d sample(SplittableRandom rng, Vector3d dest) {
        double w;
        if (kappa < 1e-8) {
            w = 2 * rng.nextDouble() - 1;
        } else {
            double xi = 1.0 - rng.nextDouble();
            w = 1 + Math.log(xi + (1 - xi) * Math.exp(-2 * kappa)) / kappa;
        }
        return OrientationDistribution.fromCosine(rng, Math.min(1, Math.abs(w)), dest);
    }

    /**
     * The folded draw |w| has density proportional to cosh(kappa u) on [0, 1], so
     * \( F(c) = \sinh(\kappa c)/\sinh\kappa = e^{\kappa (c - 1)} (1 - e^{-2\kappa c})/(1 - e^{-2\kappa}) \)
     * (the second form without overflow); c at kappa = 0.
     */
    @Override
    public double cdfCosine(double c) {
        double u = Math.max(0, Math.min(1, c));
        if (kappa < 1e-8) {
            return u;
        }
        return Math.exp(kappa * (u - 1)) * (-Math.expm1(-2 * kappa * u)) / (-Math.expm1(-2 * kappa));
    }

    @Override
    public double meanCosine() {
        if (kappa < 1e-4) {
            return 0.5 + kappa * kappa / 24; // series of 1 - tanh(k/2)/k
        }
        return 1 - Math.tanh(kappa / 2) / kappa;
    }

    @Override
    public double meanCosineSquared() {
        if (kappa < 1e-4) {
            return 1.0 / 3 + 2 * kappa * kappa / 45; // series of 1 - 2 L(k) / k
        }
        double langevin = 1 / Math.tanh(kappa) - 1 / kappa;
        return 1 - 2 * langevin / kappa;
    }
}
