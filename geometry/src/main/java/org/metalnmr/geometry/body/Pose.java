package org.metalnmr.geometry.body;

import java.util.Objects;

import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.GeometryMessage;

/**
 * Where a body sits in its parent frame (the lab frame for a top-level body): a rigid motion
 * p_parent = R p_body + t, with R the rotation of the unit quaternion {@code orientation} and t the
 * {@code position} [m] of the body's centre.
 *
 * <p>Conventions: active rotations, right-handed, angles positive counter-clockwise when looking
 * down the rotation axis (JOML's convention). Composition: {@code inner.then(outer)} is the motion
 * "first inner, then outer": p -&gt; R_o (R_i p + t_i) + t_o, i.e. orientation q_o q_i and position
 * R_o t_i + t_o. This is how a part of a cell is carried by the cell's own pose.</p>
 *
 * <p>Both components are copied on entry (the quaternion is normalised) and exposed read-only.</p>
 *
 * @param position    position of the body centre in the parent frame [m]
 * @param orientation rotation from body axes to parent axes (unit quaternion)
 */
public record Pose(Vector3dc position, Quaterniondc orientation) {

    /** The identity: body frame = parent frame. */
    public static final Pose IDENTITY = new Pose(new Vector3d(), new Quaterniond());

    /** Validates and copies. */
    public Pose {
        position = GeometryChecks.finiteCopy("pose position", position);
        Objects.requireNonNull(orientation, "orientation");
        double n = Math.sqrt(orientation.lengthSquared());
        if (!(n > 1e-12) || !Double.isFinite(n)) {
            throw new InvalidInputException(GeometryMessage.BAD_ORIENTATION, orientation);
        }
        orientation = new Quaterniond(orientation).normalize();
    }

    /**
     * @param x position x [m]
     * @param y position y [m]
     * @param z position z [m]
     * @return an unrotated pose at that position
     */
    public static Pose at(double x, double y, double z) {
        return new Pose(new Vector3d(x, y, z), new Quaterniond());
    }

    /**
     * @param axis  rotation axis (any non-zero length)
     * @param angle rotation angle [rad], right-handed about the axis
     * @return a pose at the origin rotated by that angle
     */
    public static Pose rotation(Vector3dc axis, double angle) {
        Vector3d a = GeometryChecks.unitCopy("rotation axis", axis);
        return new Pose(new Vector3d(), new Quaterniond().fromAxisAngleRad(a, angle));
    }

    /**
     * The rotation that turns the body z axis onto {@code direction} by the shortest arc, at a
     * position. For a direction opposite to z the rotation is pi about x.
     *
     * @param position  position [m]
     * @param direction where body z should point (any non-zero length)
     * @return the pose
     */
    public static Pose alignZ(Vector3dc position, Vector3dc direction) {
        Vector3d d = GeometryChecks.unitCopy("axis direction", direction);
        Quaterniond q = new Quaterniond();
        if (d.z < -1 + 1e-15) {
            q.rotationX(Math.PI);
        } else {
            q.rotationTo(0, 0, 1, d.x, d.y, d.z);
        }
        return new Pose(position, q);
    }

    /**
     * @param outer the motion applied after this one
     * @return the composed pose "first this, then outer" (see the class comment)
     */
    public Pose then(Pose outer) {
        Vector3d t = outer.orientation.transform(new Vector3d(position)).add(outer.position);
        Quaterniond q = new Quaterniond(outer.orientation).mul(orientation);
        return new Pose(t, q);
    }

    /** @return the inverse motion (parent frame to body frame) */
    public Pose inverse() {
        Quaterniond qi = new Quaterniond(orientation).conjugate();
        Vector3d t = qi.transform(new Vector3d(position)).negate();
        return new Pose(t, qi);
    }

    /**
     * @param newPosition the new position [m]
     * @return this pose moved to that position, same orientation
     */
    public Pose withPosition(Vector3dc newPosition) {
        return new Pose(newPosition, orientation);
    }

    /**
     * @param bodyPoint a point in body coordinates [m]
     * @param dest      receives it in parent coordinates
     * @return dest
     */
    public Vector3d toParent(Vector3dc bodyPoint, Vector3d dest) {
        return orientation.transform(bodyPoint, dest).add(position);
    }

    /**
     * @param x    parent-frame x [m]
     * @param y    parent-frame y [m]
     * @param z    parent-frame z [m]
     * @param dest receives the point in body coordinates
     * @return dest
     */
    public Vector3d toBody(double x, double y, double z, Vector3d dest) {
        return orientation.transformInverse(x - position.x(), y - position.y(), z - position.z(), dest);
    }

    /**
     * @param bodyDirection a direction in body axes
     * @param dest          receives it in parent axes
     * @return dest
     */
    public Vector3d directionToParent(Vector3dc bodyDirection, Vector3d dest) {
        return orientation.transform(bodyDirection, dest);
    }

    /** @return the rotation matrix R (columns = body axes in parent coordinates), a fresh copy */
    public Matrix3d rotationMatrix() {
        return new Matrix3d().set(orientation);
    }

    /** @return the body z axis in parent coordinates (unit), a fresh vector */
    public Vector3d zAxis() {
        return orientation.transform(new Vector3d(0, 0, 1));
    }

    /**
     * @param tolerance allowed deviation of each rotation-matrix entry from -1, 0 or 1
     * @return whether R maps every body axis onto a parent axis (a signed permutation)
     */
    public boolean isAxisAligned(double tolerance) {
        Matrix3d m = rotationMatrix();
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                double v = Math.abs(m.get(c, r));
                if (v > tolerance && Math.abs(v - 1) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }
}
