package org.metalnmr.rf.eddy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/**
 * The nodes of one axis of a rectilinear grid [m]; cell i spans [nodes[i], nodes[i+1]].
 * Graded axes are built by {@link #graded}: spacing hMin on the conductor surfaces, growing
 * geometrically (ratio g per cell) away from them, capped at hMax. A grid refined by
 * {@link #refined()} (every cell split in two) keeps the grading smooth (ratio sqrt(g)), which is
 * what a convergence study needs.
 */
public final class GridAxis {

    private final double[] nodes;

    /**
     * @param nodes strictly increasing node coordinates [m] (copied; at least 2)
     */
    public GridAxis(double[] nodes) {
        if (nodes.length < 2) {
            throw new InvalidInputException(RfMessage.LENGTH_MISMATCH, "grid nodes (at least)", 2, nodes.length);
        }
        for (int i = 0; i < nodes.length; i++) {
            if (!Double.isFinite(nodes[i]) || (i > 0 && !(nodes[i] > nodes[i - 1]))) {
                throw new InvalidInputException(RfMessage.NODES_NOT_INCREASING, "grid axis", nodes[i],
                        i > 0 ? nodes[i - 1] : "start", i);
            }
        }
        this.nodes = nodes.clone();
    }

    /**
     * @param lo    first node [m]
     * @param hi    last node [m]
     * @param cells number of equal cells
     * @return a uniform axis
     */
    public static GridAxis uniform(double lo, double hi, int cells) {
        Checks.positive("cells", "[1]", cells);
        if (!(hi > lo)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "hi", lo, "inf", "[m]", hi);
        }
        double[] n = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            n[i] = lo + (hi - lo) * i / cells;
        }
        n[cells] = hi;
        return new GridAxis(n);
    }

    /**
     * A graded axis covering [lo, hi]: the local spacing is
     * \[ s(x) = \min\big(h_\mathrm{max},\ h_\mathrm{min} + (g - 1)\, \mathrm{dist}(x, \text{surfaces})\big) \]
     * (geometric growth by about g per cell away from the surface spans). The hull of the surface
     * spans (clipped to [lo, hi]) is filled by marching with s and stretching by less than one cell
     * so that its ends are nodes; outside it the cells grow outwards until lo and hi are passed (the
     * first and last nodes may lie up to one cell beyond lo and hi).
     *
     * @param surfaces closed intervals {a, b} [m] where the spacing must be hMin
     * @param hMin     finest spacing [m]
     * @param growth   growth ratio per cell g, in [1, 2]
     * @param hMax     largest spacing [m], &gt;= hMin
     * @param lo       lower end [m]
     * @param hi       upper end [m]
     * @return the axis
     */
    public static GridAxis graded(List<double[]> surfaces, double hMin, double growth, double hMax,
                                  double lo, double hi) {
        Checks.positive("hMin", "[m]", hMin);
        Checks.inRange("growth", "[1]", 1.0, 2.0, growth);
        Checks.inRange("hMax", "[m]", hMin, Double.MAX_VALUE, hMax);
        if (!(hi > lo)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "hi", lo, "inf", "[m]", hi);
        }
        double s0 = hi;
        double s1 = lo;
        for (double[] s : surfaces) {
            s0 = Math.min(s0, s[0]);
            s1 = Math.max(s1, s[1]);
        }
        s0 = Math.max(lo, s0);
        s1 = Math.min(hi, s1);
        if (!(s1 > s0)) {
            s0 = lo;
            s1 = hi;
        }
        // inner part: march from s0 to s1, then stretch so that s1 is a node
        List<Double> inner = new ArrayList<>();
        double x = s0;
        inner.add(x);
        while (true) {
            double s = step(x, surfaces, hMin, growth, hMax, 1);
            if (x + s >= s1 - 0.5 * s) {
                break;
            }
            x += s;
            inner.add(x);
        }
        double scale = (s1 - s0) / (x + step(x, surfaces, hMin, growth, hMax, 1) - s0);
        List<Double> all = new ArrayList<>();
        // outer lower part, marched downwards
        List<Double> low = new ArrayList<>();
        x = s0;
        while (x > lo) {
            x -= step(x, surfaces, hMin, growth, hMax, -1);
            low.add(x);
        }
        for (int k = low.size() - 1; k >= 0; k--) {
            all.add(low.get(k));
        }
        for (double v : inner) {
            all.add(s0 + (v - s0) * scale);
        }
        all.add(s1);
        x = s1;
        while (x < hi) {
            x += step(x, surfaces, hMin, growth, hMax, 1);
            all.add(x);
        }
        double[] a = new double[all.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = all.get(i);
        }
        return new GridAxis(a);
    }

    /** One step from x in direction dir, with the spacing taken at the middle of the step. */
    private static double step(double x, List<double[]> surfaces, double hMin, double growth, double hMax, int dir) {
        double s = spacing(x, surfaces, hMin, growth, hMax);
        return spacing(x + dir * 0.5 * s, surfaces, hMin, growth, hMax);
    }

    private static double spacing(double x, List<double[]> surfaces, double hMin, double growth, double hMax) {
        double dist = Double.POSITIVE_INFINITY;
        for (double[] s : surfaces) {
            double d = x < s[0] ? s[0] - x : (x > s[1] ? x - s[1] : 0);
            dist = Math.min(dist, d);
        }
        return Math.min(hMax, hMin + (growth - 1) * dist);
    }

    /** @return this axis with every cell split into two equal halves */
    public GridAxis refined() {
        double[] r = new double[2 * nodes.length - 1];
        for (int i = 0; i < nodes.length - 1; i++) {
            r[2 * i] = nodes[i];
            r[2 * i + 1] = 0.5 * (nodes[i] + nodes[i + 1]);
        }
        r[r.length - 1] = nodes[nodes.length - 1];
        return new GridAxis(r);
    }

    /** @return the number of cells */
    public int cells() {
        return nodes.length - 1;
    }

    /**
     * @param i node index
     * @return the node coordinate [m]
     */
    public double node(int i) {
        return nodes[i];
    }

    /**
     * @param i cell index
     * @return the cell centre [m]
     */
    public double center(int i) {
        return 0.5 * (nodes[i] + nodes[i + 1]);
    }

    /**
     * @param i cell index
     * @return the cell width [m]
     */
    public double width(int i) {
        return nodes[i + 1] - nodes[i];
    }

    /** @return a copy of the nodes [m] */
    public double[] nodes() {
        return nodes.clone();
    }

    /** @return the smallest cell width [m] */
    public double minWidth() {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cells(); i++) {
            m = Math.min(m, width(i));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridAxis g && Arrays.equals(nodes, g.nodes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nodes);
    }

    @Override
    public String toString() {
        return "GridAxis[" + cells() + " cells, " + nodes[0] + " .. " + nodes[nodes.length - 1] + " m]";
    }
}
