package org.metalnmr.geometry.body;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A sphere. Its "axis" is body z (any direction is a symmetry axis).
 *
 * <p>V = 4/3 pi r^3, S = 4 pi r^2, signed distance |p - c| - r.</p>
 *
 * @param material material name
 * @param radius   radius [m], &gt; 0
 * @param pose     pose of the centre
 */
public record Sphere(String material, double radius, Pose pose) implements Body {

    /** Validates. */
    public Sphere {
        GeometryChecks.name("sphere material", material);
        Checks.positive("sphere radius", "[m]", radius);
        java.util.Objects.requireNonNull(pose, "pose");
    }

    @Override
    public double volume() {
        return 4.0 / 3.0 * Math.PI * radius * radius * radius;
    }

    @Override
    public double surfaceArea() {
        return 4 * Math.PI * radius * radius;
    }

    @Override
    public double signedDistance(double x, double y, double z) {
        double dx = x - pose.position().x();
        double dy = y - pose.position().y();
        double dz = z - pose.position().z();
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - radius;
    }

    @Override
    public boolean contains(double x, double y, double z) {
        double dx = x - pose.position().x();
        double dy = y - pose.position().y();
        double dz = z - pose.position().z();
        return dx * dx + dy * dy + dz * dz <= radius * radius;
    }

    @Override
    public BoundingBox boundingBox() {
        return BoundingBox.centred(pose.position().x(), pose.position().y(), pose.position().z(), radius, radius, radius);
    }

    @Override
    public Sphere withPose(Pose newPose) {
        return new Sphere(material, radius, newPose);
    }

    @Override
    public Sphere withMaterial(String newMaterial) {
        return new Sphere(newMaterial, radius, pose);
    }
}
