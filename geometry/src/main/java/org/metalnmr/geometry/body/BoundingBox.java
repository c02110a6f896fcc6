package org.metalnmr.geometry.body;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryMessage;

/**
 * An axis-aligned box in the lab frame [m], closed: min &lt;= max on every axis.
 *
 * @param minX lower x [m]
 * @param minY lower y [m]
 * @param minZ lower z [m]
 * @param maxX upper x [m]
 * @param maxY upper y [m]
 * @param maxZ upper z [m]
 */
public record BoundingBox(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

    /** Validates. */
    public BoundingBox {
        Checks.finite("bounding box minX", minX);
        Checks.finite("bounding box minY", minY);
        Checks.finite("bounding box minZ", minZ);
        Checks.finite("bounding box maxX", maxX);
        Checks.finite("bounding box maxY", maxY);
        Checks.finite("bounding box maxZ", maxZ);
        check("x", minX, maxX);
        check("y", minY, maxY);
        check("z", minZ, maxZ);
    }

    private static void check(String axis, double lo, double hi) {
        if (lo > hi) {
            throw new InvalidInputException(GeometryMessage.INVERTED_BOX, axis, lo, axis, hi);
        }
    }

    /**
     * @param cx centre x [m]
     * @param cy centre y [m]
     * @param cz centre z [m]
     * @param hx half size along x [m]
     * @param hy half size along y [m]
     * @param hz half size along z [m]
     * @return the box centred there
     */
    public static BoundingBox centred(double cx, double cy, double cz, double hx, double hy, double hz) {
        return new BoundingBox(cx - hx, cy - hy, cz - hz, cx + hx, cy + hy, cz + hz);
    }

    /** @return size along x [m] */
    public double sizeX() {
        return maxX - minX;
    }

    /** @return size along y [m] */
    public double sizeY() {
        return maxY - minY;
    }

    /** @return size along z [m] */
    public double sizeZ() {
        return maxZ - minZ;
    }

    /** @return the largest of the three sizes [m] */
    public double maxSize() {
        return Math.max(sizeX(), Math.max(sizeY(), sizeZ()));
    }

    /** @return the centre [m], a fresh vector */
    public Vector3d centre() {
        return new Vector3d((minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2);
    }

    /** @return its volume [m^3] */
    public double volume() {
        return sizeX() * sizeY() * sizeZ();
    }

    /**
     * @param other another box
     * @return the smallest box holding both
     */
    public BoundingBox union(BoundingBox other) {
        return new BoundingBox(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.min(minZ, other.minZ),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY), Math.max(maxZ, other.maxZ));
    }

    /**
     * @param margin distance added on every side [m], &gt;= 0
     * @return the grown box
     */
    public BoundingBox expanded(double margin) {
        Checks.nonNegative("bounding box margin", "[m]", margin);
        return new BoundingBox(minX - margin, minY - margin, minZ - margin, maxX + margin, maxY + margin, maxZ + margin);
    }

    /**
     * @param other another box
     * @return whether the two closed boxes share at least one point
     */
    public boolean intersects(BoundingBox other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
                && minZ <= other.maxZ && other.minZ <= maxZ;
    }

    /**
     * @param other another box that {@link #intersects} this one
     * @return their common box
     */
    public BoundingBox intersection(BoundingBox other) {
        return new BoundingBox(Math.max(minX, other.minX), Math.max(minY, other.minY), Math.max(minZ, other.minZ),
                Math.min(maxX, other.maxX), Math.min(maxY, other.maxY), Math.min(maxZ, other.maxZ));
    }

    /**
     * @param x point x [m]
     * @param y point y [m]
     * @param z point z [m]
     * @return whether the point is in the closed box
     */
    public boolean contains(double x, double y, double z) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY && z >= minZ && z <= maxZ;
    }

    /**
     * @param pose a rigid motion
     * @return the axis-aligned box of the eight moved corners (holds the moved box)
     */
    public BoundingBox transformed(Pose pose) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        Vector3d c = new Vector3d();
        for (int n = 0; n < 8; n++) {
            c.set((n & 1) == 0 ? minX : maxX, (n & 2) == 0 ? minY : maxY, (n & 4) == 0 ? minZ : maxZ);
            pose.toParent(c, c);
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], c.get(a));
                hi[a] = Math.max(hi[a], c.get(a));
            }
        }
        return new BoundingBox(lo[0], lo[1], lo[2], hi[0], hi[1], hi[2]);
    }
}
