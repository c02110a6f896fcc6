package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.joml.Vector3d;

/**
 * Random draws the generators share, written out so that a seed gives the same deposit on every
 * JVM ({@link SplittableRandom}'s algorithm is specified; these transforms are fixed here).
 */
final class RandomDraws {

    private RandomDraws() {
    }

    /** Standard normal deviate by the Box-Muller transform (one of the pair; the other is discarded). */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble(); // in (0, 1]
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Uniform point on a disk of radius r: (r sqrt(U1), 2 pi U2) in polar coordinates; returns {u, v}. */
    static double[] pointInDisk(SplittableRandom rng, double r) {
        double rho = r * Math.sqrt(rng.nextDouble());
        double phi = 2 * Math.PI * rng.nextDouble();
        return new double[] {rho * Math.cos(phi), rho * Math.sin(phi)};
    }

    /** Unit vector uniform on the sphere: cos(theta) uniform in [-1, 1], phi uniform. */
    static Vector3d isotropic(SplittableRandom rng, Vector3d dest) {
        double c = 2 * rng.nextDouble() - 1;
        double s = Math.sqrt(Math.max(0, 1 - c * c));
        double phi = 2 * Math.PI * rng.nextDouble();
        return dest.set(s * Math.cos(phi), s * Math.sin(phi), c);
    }

    /** Stores v at a[3i], a[3i+1], a[3i+2]. */
    static void put(org.joml.Vector3dc v, double[] a, int i) {
        a[3 * i] = v.x();
        a[3 * i + 1] = v.y();
        a[3 * i + 2] = v.z();
    }
}
