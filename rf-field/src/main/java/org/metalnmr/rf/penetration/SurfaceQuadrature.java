package org.metalnmr.rf.penetration;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Composite Gauss-Legendre nodes in depth u (0 at the surface) for integrands that vary on the scale
 * of the skin depth d near the surface and are smooth further in: {@value #ORDER}-point panels of
 * width d/p over the outer {@value #FINE_DEPTHS} d (at least two panels), then panels that double in
 * width down to the full length. With p = 2 the rule integrates exp(-2 kappa u) to about 1e-15.
 */
final class SurfaceQuadrature {

    /** Points per panel. */
    static final int ORDER = 10;
    /** Depth (in skin depths) resolved with fine panels; |h| is below e^{-40} deeper. */
    static final double FINE_DEPTHS = 40;

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(ORDER);

    /** Depths [m] and weights [m] of the rule. */
    record Nodes(double[] depth, double[] weight) {
    }

    private SurfaceQuadrature() {
    }

    /**
     * @param length             depth of the region [m]
     * @param skinDepth          d [m]
     * @param panelsPerSkinDepth p, &gt;= 1
     * @return nodes covering [0, length]
     */
    static Nodes depthNodes(double length, double skinDepth, int panelsPerSkinDepth) {
        int p = Math.max(1, panelsPerSkinDepth);
        double fineEnd = Math.min(length, FINE_DEPTHS * skinDepth);
        int nFine = Math.max(2, (int) Math.ceil(fineEnd / (skinDepth / p)));
        List<double[]> panels = new ArrayList<>();
        double w = fineEnd / nFine;
        for (int i = 0; i < nFine; i++) {
            panels.add(new double[] {i * w, (i + 1) * w});
        }
        double start = fineEnd;
        double width = 2 * w;
        while (start < length * (1 - 1e-15)) {
            double end = Math.min(length, start + width);
            panels.add(new double[] {start, end});
            start = end;
            width *= 2;
        }
        double[] depth = new double[panels.size() * ORDER];
        double[] weight = new double[depth.length];
        int j = 0;
        for (double[] panel : panels) {
            double mid = 0.5 * (panel[0] + panel[1]);
            double half = 0.5 * (panel[1] - panel[0]);
            for (int i = 0; i < ORDER; i++) {
                depth[j] = mid + half * RULE.getPoint(i);
                weight[j] = half * RULE.getWeight(i);
                j++;
            }
        }
        return new Nodes(depth, weight);
    }

    /**
     * @param n number of points
     * @return Gauss-Legendre nodes and weights on [-1, 1] (as a Nodes record: depth = node)
     */
    static Nodes legendre(int n) {
        GaussIntegrator g = new GaussIntegratorFactory().legendre(n);
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.getPoint(i);
            w[i] = g.getWeight(i);
        }
        return new Nodes(x, w);
    }
}
