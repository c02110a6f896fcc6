package org.metalnmr.rf.eddy;

import java.util.List;

/**
 * A region of the cross-section plane (x, y) [m] of a body that is invariant along z.
 * Implementations are immutable.
 */
public interface CrossSection {

    /**
     * @param x [m]
     * @param y [m]
     * @return true when the point lies inside the region
     */
    boolean contains(double x, double y);

    /** @return {xMin, yMin, xMax, yMax} of the region [m] */
    double[] bounds();

    /**
     * Where along x the surface of the region can lie, as closed intervals {a, b} [m]: the grid
     * must be fine over these intervals and may grow away from them. A rectangle returns its two
     * edges as degenerate intervals; a curved body returns its whole extent.
     *
     * @return the intervals
     */
    default List<double[]> surfaceSpansX() {
        double[] b = bounds();
        return List.of(new double[] {b[0], b[2]});
    }

    /** @return as {@link #surfaceSpansX()} along y */
    default List<double[]> surfaceSpansY() {
        double[] b = bounds();
        return List.of(new double[] {b[1], b[3]});
    }
}
