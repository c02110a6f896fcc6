package org.metalnmr.rf.eddy;

import java.util.HashMap;
import java.util.Map;

/**
 * Which conductor occupies each cell of a grid: the region at the cell centre, and for cells cut
 * by a surface the area fraction of every region. Fractions are integrated over 16 lines across
 * the cell, with the transitions along each line located by bisection, so that the area is exact
 * to far better than the discretisation error (midpoint rule across the lines only).
 */
final class CellMaterials {

    private static final int LINES = 16;
    private static final int SAMPLES = 8;
    private static final int BISECTIONS = 48;

    final int nx;
    final int ny;
    final int regions;
    /** region index at each cell centre, -1 for air */
    final int[] centre;
    /** for cut cells: fraction of air (index 0) and of each region (index r + 1) */
    final Map<Integer, double[]> mixed = new HashMap<>();
    private final ConductorLayout layout;

    CellMaterials(ConductorLayout layout, RectilinearGrid2D grid) {
        this.layout = layout;
        GridAxis gx = grid.x();
        GridAxis gy = grid.y();
        nx = gx.cells();
        ny = gy.cells();
        regions = layout.regions().size();
        centre = new int[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                centre[i * ny + j] = layout.regionAt(gx.center(i), gy.center(j));
            }
        }
        int[] corner = new int[(nx + 1) * (ny + 1)];
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                corner[i * (ny + 1) + j] = layout.regionAt(gx.node(i), gy.node(j));
            }
        }
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = centre[i * ny + j];
                boolean cut = corner[i * (ny + 1) + j] != c || corner[(i + 1) * (ny + 1) + j] != c
                        || corner[i * (ny + 1) + j + 1] != c || corner[(i + 1) * (ny + 1) + j + 1] != c;
                for (int di = -1; di <= 1 && !cut; di++) {
                    for (int dj = -1; dj <= 1 && !cut; dj++) {
                        int a = i + di;
                        int b = j + dj;
                        if (a >= 0 && a < nx && b >= 0 && b < ny && centre[a * ny + b] != c) {
                            cut = true;
                        }
                    }
                }
                if (cut) {
                    double[] f = fractions(gx.node(i), gx.node(i + 1), gy.node(j), gy.node(j + 1));
                    if (f[c + 1] < 1.0) {
                        mixed.put(i * ny + j, f);
                    }
                }
            }
        }
    }

    /**
     * @param cell cell index
     * @param r    region index, or -1 for air
     * @return the area fraction of region r in the cell
     */
    double fraction(int cell, int r) {
        double[] f = mixed.get(cell);
        if (f != null) {
            return f[r + 1];
        }
        return centre[cell] == r ? 1.0 : 0.0;
    }

    private double[] fractions(double x0, double x1, double y0, double y1) {
        double[] f = new double[regions + 1];
        double dx = (x1 - x0) / SAMPLES;
        for (int l = 0; l < LINES; l++) {
            double y = y0 + (l + 0.5) * (y1 - y0) / LINES;
            int prev = layout.regionAt(x0, y);
            double xs = x0;
            for (int s = 1; s <= SAMPLES; s++) {
                double xb = s == SAMPLES ? x1 : x0 + s * dx;
                int cur = layout.regionAt(xb, y);
                if (cur != prev) {
                    double xt = crossing(xb - dx, y, xb, y, prev);
                    f[prev + 1] += xt - xs;
                    xs = xt;
                    prev = cur;
                }
            }
            f[prev + 1] += x1 - xs;
        }
        double norm = LINES * (x1 - x0);
        for (int k = 0; k < f.length; k++) {
            f[k] /= norm;
        }
        return f;
    }

    /**
     * The point where the region changes along a segment whose start lies in region r: bisection.
     *
     * @return x of the crossing when the segment is horizontal, else its parameter mapped to x
     */
    private double crossing(double xa, double ya, double xb, double yb, int r) {
        double t = crossingParameter(xa, ya, xb, yb, r);
        return xa + t * (xb - xa);
    }

    /**
     * @param xa start x [m]
     * @param ya start y [m]
     * @param xb end x [m]
     * @param yb end y [m]
     * @param r  the region at the start
     * @return t in [0, 1] where the segment leaves region r (the first transition found by bisection)
     */
    double crossingParameter(double xa, double ya, double xb, double yb, int r) {
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < BISECTIONS; k++) {
            double m = 0.5 * (lo + hi);
            if (layout.regionAt(xa + m * (xb - xa), ya + m * (yb - ya)) == r) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return 0.5 * (lo + hi);
    }
}
