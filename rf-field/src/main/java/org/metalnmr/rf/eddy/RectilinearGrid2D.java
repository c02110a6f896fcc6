package org.metalnmr.rf.eddy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metalnmr.core.error.Checks;

/**
 * A rectilinear (tensor-product) grid of the cross-section plane; cell (i, j) spans
 * [x_i, x_{i+1}] x [y_j, y_{j+1}].
 *
 * @param x the x axis
 * @param y the y axis
 */
public record RectilinearGrid2D(GridAxis x, GridAxis y) {

    /** Validates the fields. */
    public RectilinearGrid2D {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
    }

    /** Default outer distance of the far boundary, in units of the layout's circumradius. */
    public static final double DEFAULT_FAR_FACTOR = 300;

    /**
     * A graded grid for a layout: spacing hMin over the surface spans of every conductor (see
     * {@link CrossSection#surfaceSpansX()}), geometric growth by {@code growth} per cell away from
     * them. For an axial field the grid covers the conductors plus a margin of two cells (outside
     * the conductors the axial field is known exactly, see {@link EddyCurrentSolver2D}). For an
     * in-plane field it extends to {@code farFactor} times the circumradius R_c of the layout from
     * its centre, where the applied potential is imposed; the induced dipole field is then
     * reflected with a relative strength of about (1/farFactor)<sup>2</sup> (image of a 2D dipole in a
     * circle of radius R: (R_c/R)<sup>2</sup>), 1.1e-5 at the default farFactor = 300.
     *
     * @param layout    the conductors
     * @param field     the applied field (axial or in-plane)
     * @param hMin      finest spacing [m] (resolve the skin depth: hMin &lt;= d/4 is a sensible start)
     * @param growth    growth ratio per cell in [1, 2]
     * @param farFactor distance of the outer boundary in circumradii (in-plane field only), &gt;= 2
     * @return the grid
     */
    public static RectilinearGrid2D graded(ConductorLayout layout, AppliedField2D field, double hMin, double growth,
                                           double farFactor) {
        Checks.positive("hMin", "[m]", hMin);
        Checks.inRange("farFactor", "[1]", 2, 1e6, farFactor);
        double[] b = layout.bounds();
        List<double[]> sx = new ArrayList<>();
        List<double[]> sy = new ArrayList<>();
        for (ConductorRegion r : layout.regions()) {
            sx.addAll(r.section().surfaceSpansX());
            sy.addAll(r.section().surfaceSpansY());
        }
        double x0;
        double x1;
        double y0;
        double y1;
        if (field.alongAxis()) {
            x0 = b[0] - 2 * hMin;
            x1 = b[2] + 2 * hMin;
            y0 = b[1] - 2 * hMin;
            y1 = b[3] + 2 * hMin;
        } else {
            double cxm = 0.5 * (b[0] + b[2]);
            double cym = 0.5 * (b[1] + b[3]);
            double rc = 0.5 * Math.hypot(b[2] - b[0], b[3] - b[1]);
            double r = farFactor * rc;
            x0 = cxm - r;
            x1 = cxm + r;
            y0 = cym - r;
            y1 = cym + r;
        }
        return new RectilinearGrid2D(GridAxis.graded(sx, hMin, growth, Double.MAX_VALUE, x0, x1),
                GridAxis.graded(sy, hMin, growth, Double.MAX_VALUE, y0, y1));
    }

    /** @return the grid with every cell split into four */
    public RectilinearGrid2D refined() {
        return new RectilinearGrid2D(x.refined(), y.refined());
    }

    /** @return the number of cells */
    public long cellCount() {
        return (long) x.cells() * y.cells();
    }
}
