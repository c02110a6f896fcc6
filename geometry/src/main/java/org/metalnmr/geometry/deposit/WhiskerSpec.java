package org.metalnmr.geometry.deposit;

import java.util.Objects;
import java.util.SplittableRandom;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * Whiskers (needle-like dendrites) standing on a face.
 *
 * <p>Statistical model: the number of whiskers is N = round(n A) (n the areal density, A the site
 * area); their bases are independent and uniform on the face (a binomial point process: x =
 * R sqrt(U1) (cos 2 pi U2, sin 2 pi U2)); each whisker is a straight cylinder whose radius, length
 * and direction are drawn independently from the given distributions (direction about the site
 * normal, see {@link OrientationDistribution}); the base centre sits on the face and the whisker
 * grows outwards. Whiskers are not tested for mutual overlap (at realistic densities they rarely
 * touch; a voxelisation counts shared volume once).</p>
 *
 * @param material     material name
 * @param arealDensity whiskers per unit area [m^-2], &gt;= 0
 * @param radius       radius distribution [m]
 * @param length       length distribution [m]
 * @param orientation  direction distribution about the normal
 */
public record WhiskerSpec(String material, double arealDensity, SizeDistribution radius, SizeDistribution length,
                          OrientationDistribution orientation) implements DepositSpec {

    /** Validates. */
    public WhiskerSpec {
        GeometryChecks.name("whisker material", material);
        Checks.nonNegative("whisker arealDensity", "[m^-2]", arealDensity);
        Objects.requireNonNull(radius, "radius");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(orientation, "orientation");
    }

    @Override
    public WhiskerPopulation generate(SurfaceSite site, long seed) {
        int n = Populations.memberCount("whisker population", arealDensity * site.area());
        SplittableRandom rng = new SplittableRandom(seed);
        double[] bases = new double[3 * n];
        double[] dirs = new double[3 * n];
        double[] radii = new double[n];
        double[] lengths = new double[n];
        Vector3d p = new Vector3d();
        Vector3d local = new Vector3d();
        Vector3d d = new Vector3d();
        for (int i = 0; i < n; i++) {
            double[] uv = RandomDraws.pointInDisk(rng, site.radius());
            site.toLab(uv[0], uv[1], 0, p);
            orientation.sample(rng, local);
            site.directionToLab(local, d).normalize();
            radii[i] = radius.sample(rng);
            lengths[i] = length.sample(rng);
            RandomDraws.put(p, bases, i);
            RandomDraws.put(d, dirs, i);
        }
        return new WhiskerPopulation(material, site, bases, dirs, radii, lengths);
    }
}
