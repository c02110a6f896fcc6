package org.metalnmr.geometry.deposit;

import java.util.Objects;
import java.util.SplittableRandom;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * Dead lithium: metal fragments detached from the electrode, lying in the electrolyte / interphase
 * above the face.
 *
 * <p>Statistical model: N = round(n A) fragments (n the areal density, A the site area); each is
 * a spheroid with semi-axes (a, a, c), aspect ratio c / a = {@code aspectRatio} (1 = sphere,
 * &gt; 1 needle-like, &lt; 1 flake-like) and the volume of a sphere of radius r_eq drawn from
 * {@code equivalentRadius}: a = r_eq aspect^(-1/3), c = r_eq aspect^(2/3). Symmetry axes are
 * isotropic (uniform on the sphere). Centres are uniform in the plane of the face (radius R) and
 * at height h = gap + e + U * spread above it, e the fragment's half extent along the normal,
 * e = sqrt(a^2 (1 - cos^2) + c^2 cos^2) with cos the axis-normal cosine; so every fragment is at
 * least {@code gap} away from the face (detached). Fragments are not tested for mutual overlap
 * (dead Li is dilute).</p>
 *
 * @param material         material name
 * @param arealDensity     fragments per unit area [m^-2], &gt;= 0
 * @param equivalentRadius radius of the sphere of equal volume [m]
 * @param aspectRatio      c / a, in [0.01, 100]
 * @param gap              smallest distance from the face [m], &gt;= 0
 * @param spread           range of centre heights above gap + e [m], &gt;= 0
 */
public record DeadLithiumSpec(String material, double arealDensity, SizeDistribution equivalentRadius,
                              double aspectRatio, double gap, double spread) implements DepositSpec {

    /** Validates. */
    public DeadLithiumSpec {
        GeometryChecks.name("dead lithium material", material);
        Checks.nonNegative("dead lithium arealDensity", "[m^-2]", arealDensity);
        Objects.requireNonNull(equivalentRadius, "equivalentRadius");
        Checks.inRange("dead lithium aspectRatio", "[1]", 0.01, 100, aspectRatio);
        Checks.nonNegative("dead lithium gap", "[m]", gap);
        Checks.nonNegative("dead lithium spread", "[m]", spread);
    }

    @Override
    public DeadLithiumPopulation generate(SurfaceSite site, long seed) {
        int n = Populations.memberCount("dead lithium population", arealDensity * site.area());
        SplittableRandom rng = new SplittableRandom(seed);
        double[] centres = new double[3 * n];
        double[] axes = new double[3 * n];
        double[] radii = new double[n];
        Vector3d d = new Vector3d();
        Vector3d c = new Vector3d();
        double sa = Math.pow(aspectRatio, -1.0 / 3);
        double sc = Math.pow(aspectRatio, 2.0 / 3);
        for (int i = 0; i < n; i++) {
            double r = equivalentRadius.sample(rng);
            RandomDraws.isotropic(rng, d);
            double[] uv = RandomDraws.pointInDisk(rng, site.radius());
            double cos = d.dot(site.normal());
            double a = r * sa;
            double cc = r * sc;
            double e = Math.sqrt(a * a * (1 - cos * cos) + cc * cc * cos * cos);
            double h = gap + e + spread * rng.nextDouble();
            site.toLab(uv[0], uv[1], h, c);
            radii[i] = r;
            RandomDraws.put(c, centres, i);
            RandomDraws.put(d, axes, i);
        }
        return new DeadLithiumPopulation(material, site, centres, axes, radii, aspectRatio);
    }
}
