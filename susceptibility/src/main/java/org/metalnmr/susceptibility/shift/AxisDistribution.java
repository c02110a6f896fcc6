package org.metalnmr.susceptibility.shift;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.susceptibility.demag.BodyOrientation;

/**
 * A distribution of the symmetry axis of a body population (plate normals, needle or whisker
 * axes): axially symmetric about a mean direction mu, described by the cumulative distribution of
 * t' = cos(angle to mu). Implementations: isotropic powder, von Mises-Fisher, uniform cone, fixed.
 *
 * <p>Quadrature ({@link #directions(int, int)}): t' = F^-1(u) at Gauss-Legendre nodes u in [0, 1] (the
 * inverse-CDF substitution makes the weights plain Gauss weights) times equally spaced azimuths
 * about mu. The shift depends on the lab direction through n_z^2, a trigonometric polynomial of
 * degree 2 in the azimuth, so 3 or more azimuths integrate it exactly.</p>
 */
public interface AxisDistribution {

    /** @return the mean direction mu (unit vector, lab frame; irrelevant for the isotropic case) */
    Vector3dc meanDirection();

    /**
     * @param u a probability in [0, 1]
     * @return t' = cos(angle to mu) whose cumulative probability is u
     */
    double inverseCdfCosAngle(double u);

    /**
     * Weighted lab-frame axis directions.
     *
     * @param polarNodes   Gauss-Legendre nodes in u (1..64)
     * @param azimuthNodes equally spaced azimuths about mu (at least 1)
     * @return directions and weights (sum 1)
     */
    default WeightedDirections directions(int polarNodes, int azimuthNodes) {
        Checks.inRange("polar nodes", "[count]", 1, GaussLegendre.MAX_NODES, polarNodes);
        Checks.inRange("azimuth nodes", "[count]", 1, 1e6, azimuthNodes);
        GaussLegendre gl = GaussLegendre.onUnitInterval(polarNodes);
        Quaterniond toLab = BodyOrientation.axisAlong(meanDirection());
        int n = polarNodes * azimuthNodes;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] w = new double[n];
        Vector3d v = new Vector3d();
        int idx = 0;
        for (int a = 0; a < polarNodes; a++) {
            double t = Math.max(-1, Math.min(1, inverseCdfCosAngle(gl.node(a))));
            double s = Math.sqrt(Math.max(0, 1 - t * t));
            for (int b = 0; b < azimuthNodes; b++) {
                double phi = 2 * Math.PI * (b + 0.5) / azimuthNodes;
                v.set(s * Math.cos(phi), s * Math.sin(phi), t);
                toLab.transform(v);
                x[idx] = v.x;
                y[idx] = v.y;
                z[idx] = v.z;
                w[idx] = gl.weight(a) / azimuthNodes;
                idx++;
            }
        }
        return new WeightedDirections(x, y, z, w);
    }

    /** @return the isotropic (powder) distribution */
    static AxisDistribution isotropic() {
        return new Isotropic();
    }

    /**
     * @param mean  mean direction (lab frame, non-zero)
     * @param kappa concentration &ge; 0 (0 = isotropic; the angular spread is about 1/sqrt(kappa) rad)
     * @return the von Mises-Fisher distribution
     */
    static AxisDistribution vonMisesFisher(Vector3dc mean, double kappa) {
        return new VonMisesFisher(mean, kappa);
    }

    /**
     * @param mean         axis of the cone (lab frame, non-zero)
     * @param halfAngleRad half-angle in [0, pi]
     * @return directions uniform over the spherical cap
     */
    static AxisDistribution cone(Vector3dc mean, double halfAngleRad) {
        return new Cone(mean, halfAngleRad);
    }

    /** Uniform on the sphere: t' uniform in [-1, 1]. */
    record Isotropic() implements AxisDistribution {
        @Override
        public Vector3dc meanDirection() {
            return new Vector3d(0, 0, 1);
        }

        @Override
        public double inverseCdfCosAngle(double u) {
            return 2 * u - 1;
        }
    }

    /**
     * von Mises-Fisher on the sphere (Fisher 1953): density proportional to exp(kappa mu.n), so
     * t' has density kappa e^{kappa t'} / (2 sinh kappa) on [-1, 1] and
     * F^-1(u) = 1 + ln(1 - (1 - u)(1 - e^{-2 kappa})) / kappa (kappa &gt; 0; 2u - 1 at kappa = 0).
     *
     * @param mean  mean direction (copied, normalised)
     * @param kappa concentration &ge; 0
     */
    record VonMisesFisher(Vector3dc mean, double kappa) implements AxisDistribution {
        /** Validates and copies. */
        public VonMisesFisher {
            BodyOrientation.axisAlong(mean);
            mean = new Vector3d(mean).normalize();
            Checks.inRange("von Mises-Fisher concentration kappa", "[1]", 0, 1e8, kappa);
        }

        @Override
        public Vector3dc meanDirection() {
            return mean;
        }

        @Override
        public double inverseCdfCosAngle(double u) {
            if (kappa < 1e-8) {
                return 2 * u - 1;
            }
            return 1 + Math.log1p((1 - u) * Math.expm1(-2 * kappa)) / kappa;
        }
    }

    /**
     * Uniform over the cap within halfAngle of the mean: t' uniform in [cos(halfAngle), 1].
     *
     * @param mean         cone axis (copied, normalised)
     * @param halfAngleRad half-angle [rad]
     */
    record Cone(Vector3dc mean, double halfAngleRad) implements AxisDistribution {
        /** Validates and copies. */
        public Cone {
            BodyOrientation.axisAlong(mean);
            mean = new Vector3d(mean).normalize();
            Checks.inRange("cone half-angle", "[rad]", 0, Math.PI, halfAngleRad);
        }

        @Override
        public Vector3dc meanDirection() {
            return mean;
        }

        @Override
        public double inverseCdfCosAngle(double u) {
            double c = Math.cos(halfAngleRad);
            return c + u * (1 - c);
        }
    }
}
