package org.metalnmr.rf.coil;

import org.metalnmr.core.constants.PhysicalConstants;

/**
 * Biot-Savart sum over a polyline of straight filament segments carrying 1 A, with the exact
 * finite-segment formula (see {@link SolenoidCoil}).
 */
final class BiotSavart {

    private BiotSavart() {
    }

    /**
     * @param pts polyline {x0, y0, z0, x1, ...} [m], current flowing from the first point to the last
     * @param px  field point x [m]
     * @param py  field point y [m]
     * @param pz  field point z [m]
     * @param out receives B / I [T/A]
     */
    static void field(double[] pts, double px, double py, double pz, double[] out) {
        double bx = 0;
        double by = 0;
        double bz = 0;
        int n = pts.length / 3;
        double ax = pts[0] - px;
        double ay = pts[1] - py;
        double az = pts[2] - pz;
        double la = Math.sqrt(ax * ax + ay * ay + az * az);
        for (int s = 1; s < n; s++) {
            double cx = pts[3 * s] - px;
            double cy = pts[3 * s + 1] - py;
            double cz = pts[3 * s + 2] - pz;
            double lc = Math.sqrt(cx * cx + cy * cy + cz * cz);
            double den = la * lc * (la * lc + ax * cx + ay * cy + az * cz);
            if (den > 1e-300 * la * lc) {
                double f = (la + lc) / den;
                bx += f * (ay * cz - az * cy);
                by += f * (az * cx - ax * cz);
                bz += f * (ax * cy - ay * cx);
            }
            ax = cx;
            ay = cy;
            az = cz;
            la = lc;
        }
        double k = PhysicalConstants.MU0 / (4 * Math.PI);
        out[0] = k * bx;
        out[1] = k * by;
        out[2] = k * bz;
    }
}
