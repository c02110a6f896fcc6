package org.metalnmr.geometry.deposit;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Disk;

/**
 * A flat circular face on which a deposit grows, in the lab frame: centre, unit outward normal (the
 * direction the deposit grows into) and radius. Site coordinates of a point p: height
 * h = (p - centre) . normal and in-plane coordinates along {@link #tangentU()} and
 * {@link #tangentV()} (a right-handed basis u, v, normal).
 *
 * @param centre centre of the face [m] (copied)
 * @param normal outward normal (any non-zero length; stored normalised)
 * @param radius radius of the face [m], &gt; 0
 */
public record SurfaceSite(Vector3dc centre, Vector3dc normal, double radius) {

    /** Validates, copies and normalises. */
    public SurfaceSite {
        centre = GeometryChecks.finiteCopy("site centre", centre);
        normal = GeometryChecks.unitCopy("site normal", normal);
        Checks.positive("site radius", "[m]", radius);
    }

    /**
     * @param disk  a disk (electrode, foil, pellet)
     * @param upper true for the face on the +axis side of the disk, false for the -axis side
     * @return that face, with the normal pointing away from the disk
     */
    public static SurfaceSite ofDiskFace(Disk disk, boolean upper) {
        Vector3d n = new Vector3d(disk.axisDirection());
        if (!upper) {
            n.negate();
        }
        Vector3d c = new Vector3d(n).mul(disk.thickness() / 2).add(disk.pose().position());
        return new SurfaceSite(c, n, disk.radius());
    }

    /** @return area of the face [m^2] */
    public double area() {
        return Math.PI * radius * radius;
    }

    /** @return first in-plane unit vector u (perpendicular to the normal), a fresh vector */
    public Vector3d tangentU() {
        Vector3d n = new Vector3d(normal);
        // the lab axis least aligned with the normal gives a well-conditioned cross product
        Vector3d helper = Math.abs(n.x) < 0.9 ? new Vector3d(1, 0, 0) : new Vector3d(0, 1, 0);
        return helper.cross(n, new Vector3d()).normalize().cross(n).negate().normalize();
    }

    /** @return second in-plane unit vector v = normal x u, a fresh vector */
    public Vector3d tangentV() {
        return new Vector3d(normal).cross(tangentU()).normalize();
    }

    /**
     * @param u      in-plane coordinate along {@link #tangentU()} [m]
     * @param v      in-plane coordinate along {@link #tangentV()} [m]
     * @param height height above the face along the normal [m]
     * @param dest   receives the lab point
     * @return dest
     */
    public Vector3d toLab(double u, double v, double height, Vector3d dest) {
        Vector3d tu = tangentU();
        Vector3d tv = tangentV();
        return dest.set(centre).fma(u, tu).fma(v, tv).fma(height, normal);
    }

    /**
     * @param localDirection a direction in site axes (u, v, normal)
     * @param dest           receives it in lab axes
     * @return dest
     */
    public Vector3d directionToLab(Vector3dc localDirection, Vector3d dest) {
        Vector3d tu = tangentU();
        Vector3d tv = tangentV();
        double a = localDirection.x();
        double b = localDirection.y();
        double c = localDirection.z();
        return dest.set(tu).mul(a).fma(b, tv).fma(c, normal);
    }
}
