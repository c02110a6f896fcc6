package org.metalnmr.geometry.body;

import org.joml.Matrix3d;
import org.joml.Vector3d;

/** Formulas shared by the primitives: volumes, areas, inside tests, signed distances and bounding boxes. */
final class Shapes {

    private Shapes() {
    }

    /**
     * Exact signed distance of a point to a centred cylinder of radius r and half-length h along
     * z: with d_r = rho - r and d_z = |z| - h, distance = |(max(d_r,0), max(d_z,0))| +
     * min(max(d_r, d_z), 0).
     */
    static double cylinderDistance(double x, double y, double z, double r, double h) {
        double dr = Math.sqrt(x * x + y * y) - r;
        double dz = Math.abs(z) - h;
        double ox = Math.max(dr, 0);
        double oz = Math.max(dz, 0);
        return Math.sqrt(ox * ox + oz * oz) + Math.min(Math.max(dr, dz), 0);
    }

    /** Exact signed distance to a centred box of half sizes hx, hy, hz. */
    /** Volume of a solid circular cylinder of radius r and half-length h: V = 2 pi r^2 h. */
    static double cylinderVolume(double r, double h) {
        return 2 * Math.PI * r * r * h;
    }

    /** Surface area of a solid circular cylinder, ends included: S = 2 pi r^2 + 4 pi r h. */
    static double cylinderArea(double r, double h) {
        return 2 * Math.PI * r * r + 4 * Math.PI * r * h;
    }

    /** Whether the lab point lies in the cylinder of radius r and half-length h along body z. */
    static boolean cylinderContains(Pose pose, double x, double y, double z, double r, double h) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        return p.x * p.x + p.y * p.y <= r * r && Math.abs(p.z) <= h;
    }

    /** Signed distance from the lab point to the cylinder of radius r and half-length h. */
    static double cylinderDistance(Pose pose, double x, double y, double z, double r, double h) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        return cylinderDistance(p.x, p.y, p.z, r, h);
    }

    static double boxDistance(double x, double y, double z, double hx, double hy, double hz) {
        double qx = Math.abs(x) - hx;
        double qy = Math.abs(y) - hy;
        double qz = Math.abs(z) - hz;
        double ox = Math.max(qx, 0);
        double oy = Math.max(qy, 0);
        double oz = Math.max(qz, 0);
        return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, Math.max(qy, qz)), 0);
    }

    /** Tight lab box of a cylinder: half extent along lab axis i = |a_i| h + r sqrt(1 - a_i^2). */
    static BoundingBox cylinderBox(Pose pose, double r, double h) {
        Matrix3d m = pose.rotationMatrix();
        double[] e = new double[3];
        for (int i = 0; i < 3; i++) {
            double ai = m.get(2, i);
            e[i] = Math.abs(ai) * h + r * Math.sqrt(Math.max(0, 1 - ai * ai));
        }
        return centred(pose, e);
    }

    /** Tight lab box of a box: half extent along lab axis i = sum_j |R_ij| h_j. */
    static BoundingBox boxBox(Pose pose, double hx, double hy, double hz) {
        Matrix3d m = pose.rotationMatrix();
        double[] e = new double[3];
        for (int i = 0; i < 3; i++) {
            e[i] = Math.abs(m.get(0, i)) * hx + Math.abs(m.get(1, i)) * hy + Math.abs(m.get(2, i)) * hz;
        }
        return centred(pose, e);
    }

    /** Tight lab box of an ellipsoid: half extent along lab axis i = sqrt(sum_j (R_ij a_j)^2). */
    static BoundingBox ellipsoidBox(Pose pose, double a, double b, double c) {
        Matrix3d m = pose.rotationMatrix();
        double[] e = new double[3];
        for (int i = 0; i < 3; i++) {
            double u = m.get(0, i) * a;
            double v = m.get(1, i) * b;
            double w = m.get(2, i) * c;
            e[i] = Math.sqrt(u * u + v * v + w * w);
        }
        return centred(pose, e);
    }

    private static BoundingBox centred(Pose pose, double[] e) {
        return BoundingBox.centred(pose.position().x(), pose.position().y(), pose.position().z(), e[0], e[1], e[2]);
    }
}
