package org.metalnmr.geometry.body;

import java.util.List;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A solid body of one material in the lab frame (B0 along +z, coil axis and B1 along +x).
 *
 * <p>Each implementation is a record whose shape parameters are given in the <em>body frame</em>
 * (centred at the body origin, symmetry axis along body z) plus a {@link Pose} that carries the
 * body frame into its parent frame. Physics modules pattern-match on the records to choose a
 * closed form (demagnetising tensor, penetration) and read the lab-frame symmetry axis from
 * {@link #axisDirection()}:</p>
 * <ul>
 * <li>{@link Disk} (plate; axis = normal), {@link Cylinder} (rod or whisker; axis = rod axis),</li>
 * <li>{@link Box} (edge lengths along body x, y, z), {@link Sphere}, {@link Ellipsoid}
 * (semi-axes along body x, y, z),</li>
 * <li>{@link Union} (several bodies carried by one pose).</li>
 * </ul>
 *
 * <p>Signed distance: negative inside, positive outside, zero on the surface; exact (Euclidean
 * distance to the surface) for every primitive; for a union it is exact outside and a lower bound
 * of the depth inside. {@link #contains} is closed: surface points are inside.</p>
 */
public sealed interface Body permits Disk, Box, Cylinder, Sphere, Ellipsoid, Union {

    /** Material name of a union whose parts have different materials. */
    String MIXED_MATERIAL = "mixed";

    /** @return the material name (e.g. {@code Li}, see {@code Materials.byName}) */
    String material();

    /** @return where the body sits in its parent (lab) frame */
    Pose pose();

    /** @return exact volume [m^3] */
    double volume();

    /** @return exact surface area [m^2] */
    double surfaceArea();

    /**
     * @param x lab x [m]
     * @param y lab y [m]
     * @param z lab z [m]
     * @return signed distance to the surface [m], negative inside
     */
    double signedDistance(double x, double y, double z);

    /**
     * @param x lab x [m]
     * @param y lab y [m]
     * @param z lab z [m]
     * @return whether the point is inside or on the surface
     */
    boolean contains(double x, double y, double z);

    /** @return the lab-frame axis-aligned box that holds the body (tight for every primitive) */
    BoundingBox boundingBox();

    /**
     * @param newPose the new pose
     * @return the same shape and material at a new pose
     */
    Body withPose(Pose newPose);

    /**
     * @param newMaterial the new material name
     * @return the same shape at the same pose in another material (for a union: every part)
     */
    Body withMaterial(String newMaterial);

    /**
     * @param labPoint a point in the lab frame [m]
     * @return signed distance to the surface [m], negative inside
     */
    default double signedDistance(Vector3dc labPoint) {
        return signedDistance(labPoint.x(), labPoint.y(), labPoint.z());
    }

    /**
     * @param labPoint a point in the lab frame [m]
     * @return whether it is inside or on the surface
     */
    default boolean contains(Vector3dc labPoint) {
        return contains(labPoint.x(), labPoint.y(), labPoint.z());
    }

    /** @return the body z axis (symmetry axis, plate normal, whisker axis) in lab axes, unit length */
    default Vector3dc axisDirection() {
        return pose().zAxis();
    }

    /**
     * @param outer a rigid motion of the parent frame (e.g. a tilt of the whole cell)
     * @return the body carried by that motion: pose "first own pose, then outer"
     */
    default Body transformed(Pose outer) {
        return withPose(pose().then(outer));
    }

    /** @return the primitives this body is made of, each with its lab-frame pose (itself for a primitive) */
    default List<Body> leaves() {
        return List.of(this);
    }

    /**
     * @param x lab x [m]
     * @param y lab y [m]
     * @param z lab z [m]
     * @return the point in body coordinates, a fresh vector
     */
    default Vector3d toBody(double x, double y, double z) {
        return pose().toBody(x, y, z, new Vector3d());
    }
}
