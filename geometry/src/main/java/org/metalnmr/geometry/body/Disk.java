package org.metalnmr.geometry.body;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A plate: a flat circular cylinder, the shape of electrodes, foils and pellets. Body frame: faces
 * at z = +-thickness/2, axis (normal) along body z. Geometrically the same solid as a
 * {@link Cylinder}; the two records differ in what physics they stand for (a plate has the
 * thin-plate demagnetising and penetration limits, a cylinder the needle limits).
 *
 * <p>V = pi r^2 t, S = 2 pi r^2 + 2 pi r t.</p>
 *
 * @param material  material name
 * @param radius    radius [m], &gt; 0
 * @param thickness thickness along the normal [m], &gt; 0
 * @param pose      pose of the disk centre
 */
public record Disk(String material, double radius, double thickness, Pose pose) implements Body {

    /** Validates. */
    public Disk {
        GeometryChecks.name("disk material", material);
        Checks.positive("disk radius", "[m]", radius);
        Checks.positive("disk thickness", "[m]", thickness);
        java.util.Objects.requireNonNull(pose, "pose");
    }

    @Override
    public double volume() {
        return Shapes.cylinderVolume(radius, thickness / 2);
    }

    @Override
    public double surfaceArea() {
        return Shapes.cylinderArea(radius, thickness / 2);
    }

    @Override
    public double signedDistance(double x, double y, double z) {
        return Shapes.cylinderDistance(pose, x, y, z, radius, thickness / 2);
    }

    @Override
    public boolean contains(double x, double y, double z) {
        return Shapes.cylinderContains(pose, x, y, z, radius, thickness / 2);
    }

    @Override
    public BoundingBox boundingBox() {
        return Shapes.cylinderBox(pose, radius, thickness / 2);
    }

    @Override
    public Disk withPose(Pose newPose) {
        return new Disk(material, radius, thickness, newPose);
    }

    @Override
    public Disk withMaterial(String newMaterial) {
        return new Disk(newMaterial, radius, thickness, pose);
    }
}
