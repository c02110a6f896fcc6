package org.metalnmr.geometry.deposit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.body.Sphere;

/**
 * Dead-lithium fragments as arrays (see {@link DeadLithiumSpec} for the model): fragment i has its
 * centre at centres[3i..3i+2] [m], unit symmetry axis axes[3i..3i+2] (lab frame), and the volume of
 * a sphere of radius equivalentRadii[i] [m]; all share the aspect ratio c / a. As explicit bodies:
 * {@link Ellipsoid}s with semi-axes (a, a, c) along body (x, y, z), body z on the axis, or
 * {@link Sphere}s when the aspect ratio is exactly 1. Arrays are copied on entry and on read.
 *
 * @param material        material name
 * @param site            the face they were detached from
 * @param centres         centres, 3N values [m]
 * @param axes            unit symmetry axes, 3N values
 * @param equivalentRadii equal-volume sphere radii, N values [m]
 * @param aspectRatio     c / a
 */
public record DeadLithiumPopulation(String material, SurfaceSite site, double[] centres, double[] axes,
                                    double[] equivalentRadii, double aspectRatio) implements Deposit {

    /** Validates and copies. */
    public DeadLithiumPopulation {
        GeometryChecks.name("dead lithium material", material);
        Objects.requireNonNull(site, "site");
        equivalentRadii = equivalentRadii.clone();
        centres = Populations.copy("dead lithium centres", centres, 3L * equivalentRadii.length);
        axes = Populations.copy("dead lithium axes", axes, 3L * equivalentRadii.length);
        Checks.inRange("dead lithium aspectRatio", "[1]", 0.01, 100, aspectRatio);
        for (int i = 0; i < equivalentRadii.length; i++) {
            Checks.positive("dead lithium equivalent radius [" + i + "]", "[m]", equivalentRadii[i]);
        }
    }

    @Override
    public long count() {
        return equivalentRadii.length;
    }

    @Override
    public double totalVolume() {
        double v = 0;
        for (double r : equivalentRadii) {
            v += 4.0 / 3.0 * Math.PI * r * r * r;
        }
        return v;
    }

    /** @return centres, 3N values [m], a copy */
    @Override
    public double[] centres() {
        return centres.clone();
    }

    /** @return unit axes, 3N values, a copy */
    @Override
    public double[] axes() {
        return axes.clone();
    }

    /** @return equivalent radii [m], a copy */
    @Override
    public double[] equivalentRadii() {
        return equivalentRadii.clone();
    }

    /**
     * @param i fragment index
     * @return fragment i as a body in the lab frame
     */
    public Body fragment(int i) {
        Vector3d c = new Vector3d(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]);
        Vector3d d = new Vector3d(axes[3 * i], axes[3 * i + 1], axes[3 * i + 2]);
        double r = equivalentRadii[i];
        if (aspectRatio == 1) {
            return new Sphere(material, r, Pose.alignZ(c, d));
        }
        double a = r * Math.pow(aspectRatio, -1.0 / 3);
        double cc = r * Math.pow(aspectRatio, 2.0 / 3);
        return new Ellipsoid(material, a, a, cc, Pose.alignZ(c, d));
    }

    @Override
    public List<Body> toBodies() {
        Populations.requireExplicit("dead lithium population", equivalentRadii.length);
        List<Body> out = new ArrayList<>(equivalentRadii.length);
        for (int i = 0; i < equivalentRadii.length; i++) {
            out.add(fragment(i));
        }
        return out;
    }

    @Override
    public Disk envelope() {
        double top = 0;
        double overhang = 0;
        Vector3d p = new Vector3d();
        for (int i = 0; i < equivalentRadii.length; i++) {
            p.set(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]).sub(site.centre());
            double h = p.dot(site.normal());
            double ext = equivalentRadii[i] * Math.max(Math.pow(aspectRatio, 2.0 / 3), Math.pow(aspectRatio, -1.0 / 3));
            top = Math.max(top, h + ext);
            double inPlane = Math.sqrt(Math.max(0, p.lengthSquared() - h * h));
            overhang = Math.max(overhang, inPlane + ext - site.radius());
        }
        return Envelopes.slab(material, site, top, Math.max(0, overhang));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadLithiumPopulation d && material.equals(d.material) && site.equals(d.site)
                && aspectRatio == d.aspectRatio && Arrays.equals(centres, d.centres) && Arrays.equals(axes, d.axes)
                && Arrays.equals(equivalentRadii, d.equivalentRadii);
    }

    @Override
    public int hashCode() {
        return Objects.hash(material, site, aspectRatio, Arrays.hashCode(centres), Arrays.hashCode(equivalentRadii));
    }

    @Override
    public String toString() {
        return "DeadLithiumPopulation[" + material + ", " + equivalentRadii.length + " fragments, volume " + totalVolume() + " m^3]";
    }
}
