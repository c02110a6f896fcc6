package org.metalnmr.geometry.body;

/**
 * Unsigned Euclidean distance from a point to the surface of the ellipsoid
 * (x/e0)^2 + (y/e1)^2 + (z/e2)^2 = 1, after D. Eberly, "Distance from a point to an ellipse, an
 * ellipsoid, or a hyperellipsoid" (Geometric Tools, 2013), sections 2 and 3.
 *
 * <p>By symmetry the point is folded into the first octant and the axes sorted so that
 * e0 &gt;= e1 &gt;= e2. For a point off all symmetry planes the closest point is
 * x_i = e_i^2 y_i / (e_i^2 + t) with t the unique root of
 * F(t) = sum_i (e_i y_i / (e_i^2 + t))^2 - 1 on t &gt; -e2^2, found by bisection in the scaled
 * variable s = t / e2^2 until the bracket stops shrinking in double precision. Points on a
 * symmetry plane (some y_i = 0) are the special cases of the paper, where the closest point may
 * leave that plane (inside points near the medial disk) or the problem reduces to an ellipse.</p>
 */
final class EllipsoidDistance {

    private static final int MAX_BISECTIONS = 2100;

    private EllipsoidDistance() {
    }

    static double distance(double a, double b, double c, double x, double y, double z) {
        double[] e = {a, b, c};
        double[] p = {Math.abs(x), Math.abs(y), Math.abs(z)};
        // sort axes descending, carrying the coordinates along
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2 - i; j++) {
                if (e[j] < e[j + 1]) {
                    double t = e[j];
                    e[j] = e[j + 1];
                    e[j + 1] = t;
                    t = p[j];
                    p[j] = p[j + 1];
                    p[j + 1] = t;
                }
            }
        }
        return ellipsoid(e[0], e[1], e[2], p[0], p[1], p[2]);
    }

    private static double ellipsoid(double e0, double e1, double e2, double y0, double y1, double y2) {
        if (y2 > 0) {
            if (y1 > 0) {
                if (y0 > 0) {
                    double z0 = y0 / e0;
                    double z1 = y1 / e1;
                    double z2 = y2 / e2;
                    double g = z0 * z0 + z1 * z1 + z2 * z2 - 1;
                    if (g == 0) {
                        return 0;
                    }
                    double r0 = (e0 / e2) * (e0 / e2);
                    double r1 = (e1 / e2) * (e1 / e2);
                    double s = root3(r0, r1, z0, z1, z2, g);
                    double x0 = r0 * y0 / (s + r0);
                    double x1 = r1 * y1 / (s + r1);
                    double x2 = y2 / (s + 1);
                    return Math.sqrt(sq(x0 - y0) + sq(x1 - y1) + sq(x2 - y2));
                }
                return ellipse(e1, e2, y1, y2);
            }
            if (y0 > 0) {
                return ellipse(e0, e2, y0, y2);
            }
            return Math.abs(y2 - e2);
        }
        double denom0 = e0 * e0 - e2 * e2;
        double denom1 = e1 * e1 - e2 * e2;
        double numer0 = e0 * y0;
        double numer1 = e1 * y1;
        if (numer0 < denom0 && numer1 < denom1) {
            double xde0 = numer0 / denom0;
            double xde1 = numer1 / denom1;
            double discr = 1 - xde0 * xde0 - xde1 * xde1;
            if (discr > 0) {
                double x0 = e0 * xde0;
                double x1 = e1 * xde1;
                double x2 = e2 * Math.sqrt(discr);
                return Math.sqrt(sq(x0 - y0) + sq(x1 - y1) + x2 * x2);
            }
        }
        return ellipse(e0, e1, y0, y1);
    }

    /** Distance to the ellipse (x/e0)^2 + (y/e1)^2 = 1, e0 &gt;= e1, for y0, y1 &gt;= 0. */
    private static double ellipse(double e0, double e1, double y0, double y1) {
        if (y1 > 0) {
            if (y0 > 0) {
                double z0 = y0 / e0;
                double z1 = y1 / e1;
                double g = z0 * z0 + z1 * z1 - 1;
                if (g == 0) {
                    return 0;
                }
                double r0 = (e0 / e1) * (e0 / e1);
                double s = root2(r0, z0, z1, g);
                double x0 = r0 * y0 / (s + r0);
                double x1 = y1 / (s + 1);
                return Math.hypot(x0 - y0, x1 - y1);
            }
            return Math.abs(y1 - e1);
        }
        double numer0 = e0 * y0;
        double denom0 = e0 * e0 - e1 * e1;
        if (numer0 < denom0) {
            double xde0 = numer0 / denom0;
            double x0 = e0 * xde0;
            double x1 = e1 * Math.sqrt(1 - xde0 * xde0);
            return Math.hypot(x0 - y0, x1);
        }
        return Math.abs(y0 - e0);
    }

    private static double root2(double r0, double z0, double z1, double g) {
        double n0 = r0 * z0;
        double s0 = z1 - 1;
        double s1 = g < 0 ? 0 : Math.hypot(n0, z1) - 1;
        double s = 0;
        for (int i = 0; i < MAX_BISECTIONS; i++) {
            s = (s0 + s1) / 2;
            if (s == s0 || s == s1) {
                break;
            }
            double q0 = n0 / (s + r0);
            double q1 = z1 / (s + 1);
            double f = q0 * q0 + q1 * q1 - 1;
            if (f > 0) {
                s0 = s;
            } else if (f < 0) {
                s1 = s;
            } else {
                break;
            }
        }
        return s;
    }

    private static double root3(double r0, double r1, double z0, double z1, double z2, double g) {
        double n0 = r0 * z0;
        double n1 = r1 * z1;
        double s0 = z2 - 1;
        double s1 = g < 0 ? 0 : Math.sqrt(n0 * n0 + n1 * n1 + z2 * z2) - 1;
        double s = 0;
        for (int i = 0; i < MAX_BISECTIONS; i++) {
            s = (s0 + s1) / 2;
            if (s == s0 || s == s1) {
                break;
            }
            double q0 = n0 / (s + r0);
            double q1 = n1 / (s + r1);
            double q2 = z2 / (s + 1);
            double f = q0 * q0 + q1 * q1 + q2 * q2 - 1;
            if (f > 0) {
                s0 = s;
            } else if (f < 0) {
                s1 = s;
            } else {
                break;
            }
        }
        return s;
    }

    private static double sq(double v) {
        return v * v;
    }
}
