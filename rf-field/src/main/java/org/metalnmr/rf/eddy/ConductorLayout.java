package org.metalnmr.rf.eddy;

import java.util.List;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The conductors of a 2D eddy-current problem. Where regions overlap, the first one listed wins.
 *
 * @param regions the conductors (copied, at least one)
 */
public record ConductorLayout(List<ConductorRegion> regions) {

    /** Validates and copies. */
    public ConductorLayout {
        if (regions == null || regions.isEmpty()) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, "number of conductor regions", "[1]", 0);
        }
        regions = List.copyOf(regions);
    }

    /**
     * @param regions the conductors
     * @return the layout
     */
    public static ConductorLayout of(ConductorRegion... regions) {
        return new ConductorLayout(List.of(regions));
    }

    /**
     * @param x [m]
     * @param y [m]
     * @return the index of the region containing the point, or -1 for air
     */
    public int regionAt(double x, double y) {
        for (int k = 0; k < regions.size(); k++) {
            if (regions.get(k).section().contains(x, y)) {
                return k;
            }
        }
        return -1;
    }

    /** @return {xMin, yMin, xMax, yMax} of all regions [m] */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ConductorRegion r : regions) {
            double[] s = r.section().bounds();
            b[0] = Math.min(b[0], s[0]);
            b[1] = Math.min(b[1], s[1]);
            b[2] = Math.max(b[2], s[2]);
            b[3] = Math.max(b[3], s[3]);
        }
        return b;
    }
}
