package org.metalnmr.rf.eddy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/**
 * The union of many equal disks (the section of an array of parallel strands), with a bucket
 * grid so that a containment query costs O(1) instead of O(number of disks).
 */
public final class CircleArraySection implements CrossSection {

    private final double[] cx;
    private final double[] cy;
    private final double radius;
    private final double[] bounds;
    private final int bx;
    private final int by;
    private final double cell;
    private final int[][] buckets;

    /**
     * @param centersX x of each disk centre [m] (copied)
     * @param centersY y of each disk centre [m] (copied, same length)
     * @param radius   disk radius [m], &gt; 0
     */
    public CircleArraySection(double[] centersX, double[] centersY, double radius) {
        Checks.positive("radius", "[m]", radius);
        if (centersX.length == 0) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, "number of disks", "[1]", 0);
        }
        if (centersY.length != centersX.length) {
            throw new InvalidInputException(RfMessage.LENGTH_MISMATCH, "centersY", centersX.length, centersY.length);
        }
        this.cx = centersX.clone();
        this.cy = centersY.clone();
        this.radius = radius;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cx.length; i++) {
            Checks.finite("centersX[" + i + "] [m]", cx[i]);
            Checks.finite("centersY[" + i + "] [m]", cy[i]);
            x0 = Math.min(x0, cx[i] - radius);
            y0 = Math.min(y0, cy[i] - radius);
            x1 = Math.max(x1, cx[i] + radius);
            y1 = Math.max(y1, cy[i] + radius);
        }
        bounds = new double[] {x0, y0, x1, y1};
        cell = 2 * radius;
        bx = Math.max(1, (int) Math.ceil((x1 - x0) / cell));
        by = Math.max(1, (int) Math.ceil((y1 - y0) / cell));
        List<List<Integer>> lists = new ArrayList<>(bx * by);
        for (int i = 0; i < bx * by; i++) {
            lists.add(new ArrayList<>(2));
        }
        for (int k = 0; k < cx.length; k++) {
            int i0 = clamp((int) Math.floor((cx[k] - radius - x0) / cell), bx);
            int i1 = clamp((int) Math.floor((cx[k] + radius - x0) / cell), bx);
            int j0 = clamp((int) Math.floor((cy[k] - radius - y0) / cell), by);
            int j1 = clamp((int) Math.floor((cy[k] + radius - y0) / cell), by);
            for (int i = i0; i <= i1; i++) {
                for (int j = j0; j <= j1; j++) {
                    lists.get(i * by + j).add(k);
                }
            }
        }
        buckets = new int[bx * by][];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }

    /** @return the number of disks */
    public int count() {
        return cx.length;
    }

    /** @return the disk radius [m] */
    public double radius() {
        return radius;
    }

    /** @return a copy of the centre x coordinates [m] */
    public double[] centersX() {
        return cx.clone();
    }

    /** @return a copy of the centre y coordinates [m] */
    public double[] centersY() {
        return cy.clone();
    }

    @Override
    public boolean contains(double x, double y) {
        if (x <= bounds[0] || x >= bounds[2] || y <= bounds[1] || y >= bounds[3]) {
            return false;
        }
        int i = clamp((int) Math.floor((x - bounds[0]) / cell), bx);
        int j = clamp((int) Math.floor((y - bounds[1]) / cell), by);
        double r2 = radius * radius;
        for (int k : buckets[i * by + j]) {
            double dx = x - cx[k];
            double dy = y - cy[k];
            if (dx * dx + dy * dy < r2) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double[] bounds() {
        return Arrays.copyOf(bounds, 4);
    }
}
