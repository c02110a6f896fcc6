package org.metalnmr.geometry.body;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A solid circular cylinder: a rod, a strand or a whisker. Body frame: axis along body z, ends at
 * z = +-length/2. See {@link Disk} for the flat variant.
 *
 * <p>V = pi r^2 L, S = 2 pi r^2 + 2 pi r L (ends included).</p>
 *
 * @param material material name
 * @param radius   radius [m], &gt; 0
 * @param length   length along the axis [m], &gt; 0
 * @param pose     pose of the cylinder centre (mid-length on the axis)
 */
public record Cylinder(String material, double radius, double length, Pose pose) implements Body {

    /** Validates. */
    public Cylinder {
        GeometryChecks.name("cylinder material", material);
        Checks.positive("cylinder radius", "[m]", radius);
        Checks.positive("cylinder length", "[m]", length);
        java.util.Objects.requireNonNull(pose, "pose");
    }

    @Override
    public double volume() {
        return Shapes.cylinderVolume(radius, length / 2);
    }

    @Override
    public double surfaceArea() {
        return Shapes.cylinderArea(radius, length / 2);
    }

    @Override
    public double signedDistance(double x, double y, double z) {
        return Shapes.cylinderDistance(pose, x, y, z, radius, length / 2);
    }

    @Override
    public boolean contains(double x, double y, double z) {
        return Shapes.cylinderContains(pose, x, y, z, radius, length / 2);
    }

    @Override
    public BoundingBox boundingBox() {
        return Shapes.cylinderBox(pose, radius, length / 2);
    }

    @Override
    public Cylinder withPose(Pose newPose) {
        return new Cylinder(material, radius, length, newPose);
    }

    @Override
    public Cylinder withMaterial(String newMaterial) {
        return new Cylinder(newMaterial, radius, length, pose);
    }
}
