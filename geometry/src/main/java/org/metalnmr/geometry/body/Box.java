package org.metalnmr.geometry.body;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A rectangular box (prism). Body frame: centred, edges along body x, y, z; its "axis" is body z.
 *
 * <p>V = a b c, S = 2 (ab + bc + ca).</p>
 *
 * @param material material name
 * @param sizeX    edge length along body x [m], &gt; 0
 * @param sizeY    edge length along body y [m], &gt; 0
 * @param sizeZ    edge length along body z [m], &gt; 0
 * @param pose     pose of the box centre
 */
public record Box(String material, double sizeX, double sizeY, double sizeZ, Pose pose) implements Body {

    /** Validates. */
    public Box {
        GeometryChecks.name("box material", material);
        Checks.positive("box sizeX", "[m]", sizeX);
        Checks.positive("box sizeY", "[m]", sizeY);
        Checks.positive("box sizeZ", "[m]", sizeZ);
        java.util.Objects.requireNonNull(pose, "pose");
    }

    @Override
    public double volume() {
        return sizeX * sizeY * sizeZ;
    }

    @Override
    public double surfaceArea() {
        return 2 * (sizeX * sizeY + sizeY * sizeZ + sizeZ * sizeX);
    }

    @Override
    public double signedDistance(double x, double y, double z) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        return Shapes.boxDistance(p.x, p.y, p.z, sizeX / 2, sizeY / 2, sizeZ / 2);
    }

    @Override
    public boolean contains(double x, double y, double z) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        return Math.abs(p.x) <= sizeX / 2 && Math.abs(p.y) <= sizeY / 2 && Math.abs(p.z) <= sizeZ / 2;
    }

    @Override
    public BoundingBox boundingBox() {
        return Shapes.boxBox(pose, sizeX / 2, sizeY / 2, sizeZ / 2);
    }

    @Override
    public Box withPose(Pose newPose) {
        return new Box(material, sizeX, sizeY, sizeZ, newPose);
    }

    @Override
    public Box withMaterial(String newMaterial) {
        return new Box(newMaterial, sizeX, sizeY, sizeZ, pose);
    }
}
