package org.metalnmr.susceptibility.shift;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Gauss-Legendre nodes and weights on [0, 1] (from Hipparchus), for the orientation quadratures. Each rule
 * is computed once and kept (Hipparchus computes a 64-point rule in about 10 ms, which dominated every
 * shift-distribution evaluation); rules are immutable, so sharing them between threads is safe.
 */
final class GaussLegendre {

    static final int MAX_NODES = 64;

    private static final java.util.concurrent.atomic.AtomicReferenceArray<GaussLegendre> RULES =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(MAX_NODES + 1);

    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    static GaussLegendre onUnitInterval(int n) {
        if (n >= 1 && n <= MAX_NODES) {
            GaussLegendre rule = RULES.get(n);
            if (rule == null) {
                rule = compute(n);
                RULES.compareAndSet(n, null, rule);
            }
            return rule;
        }
        return compute(n);
    }

    private static GaussLegendre compute(int n) {
        GaussIntegrator g = new GaussIntegratorFactory().legendre(n, 0, 1);
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.getPoint(i);
            w[i] = g.getWeight(i);
        }
        return new GaussLegendre(x, w);
    }

    double node(int i) {
        return nodes[i];
    }

    double weight(int i) {
        return weights[i];
    }
}
