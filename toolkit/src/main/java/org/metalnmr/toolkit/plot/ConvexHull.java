package org.metalnmr.toolkit.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Convex hull of points in the plane by Andrew's monotone chain (A. M. Andrew, Inf. Process. Lett. 9, 216 (1979)). */
final class ConvexHull {

    private ConvexHull() {
    }

    /**
     * @param points planar points {x, y}
     * @return hull vertices in counter-clockwise order (collinear points dropped)
     */
    static List<double[]> of(List<double[]> points) {
        List<double[]> p = new ArrayList<>(points);
        p.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        if (p.size() < 3) {
            return p;
        }
        double[][] hull = new double[2 * p.size()][];
        int k = 0;
        for (double[] q : p) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], q) <= 0) {
                k--;
            }
            hull[k++] = q;
        }
        for (int i = p.size() - 2, t = k + 1; i >= 0; i--) {
            double[] q = p.get(i);
            while (k >= t && cross(hull[k - 2], hull[k - 1], q) <= 0) {
                k--;
            }
            hull[k++] = q;
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < k - 1; i++) {
            out.add(hull[i]);
        }
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
