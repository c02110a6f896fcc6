package org.metalnmr.spectra.fit;

import java.util.List;

/**
 * Maps bounded parameters p to unbounded internal variables q, so that an unconstrained
 * Levenberg-Marquardt step can never leave the bounds (F. James, MINUIT Function Minimization
 * and Error Analysis, CERN D506, sect. 1.2.1 "Parameter transformations"):
 * <ul>
 * <li>two bounds: \( p = a + (b - a)(1 + \sin q)/2 \), \( dp/dq = (b - a)\cos q/2 \);</li>
 * <li>lower bound only: \( p = a + \sqrt{q^2 + 1} - 1 \), \( dp/dq = q/\sqrt{q^2+1} \);</li>
 * <li>upper bound only: \( p = b - \sqrt{q^2 + 1} + 1 \);</li>
 * <li>none: \( p = q \).</li>
 * </ul>
 * The derivative vanishes on a bound, so a start exactly on a bound is moved inside by
 * {@link #INSIDE} of the range (or of 1 for a one-sided bound). Covariances are not propagated
 * through this map: they are computed from the Jacobian in p itself at the optimum, which equals
 * \( T C_q T^{\mathsf T} \), \( T = \mathrm{diag}(dp/dq) \), wherever T is non-singular and stays
 * finite when a parameter sits on its bound (where \( C_q \) does not exist).
 */
final class BoundsTransform {

    /** Fraction of the range by which a start on a bound is moved inside. */
    static final double INSIDE = 1e-6;

    private final double[] lower;
    private final double[] upper;

    BoundsTransform(List<FitParameter> parameters) {
        int n = parameters.size();
        lower = new double[n];
        upper = new double[n];
        for (int j = 0; j < n; j++) {
            lower[j] = parameters.get(j).lower();
            upper[j] = parameters.get(j).upper();
        }
    }

    double[] toInternal(double[] p) {
        double[] q = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            double a = lower[j];
            double b = upper[j];
            boolean hasA = Double.isFinite(a);
            boolean hasB = Double.isFinite(b);
            if (hasA && hasB) {
                double inside = INSIDE * (b - a);
                double v = Math.min(b - inside, Math.max(a + inside, p[j]));
                q[j] = Math.asin(Math.max(-1, Math.min(1, 2 * (v - a) / (b - a) - 1)));
            } else if (hasA) {
                double d = Math.max(INSIDE, p[j] - a);
                q[j] = Math.sqrt((d + 1) * (d + 1) - 1);
            } else if (hasB) {
                double d = Math.max(INSIDE, b - p[j]);
                q[j] = Math.sqrt((d + 1) * (d + 1) - 1);
            } else {
                q[j] = p[j];
            }
        }
        return q;
    }

    /** Fills p and dp/dq from q. */
    void toExternal(double[] q, double[] p, double[] dpdq) {
        for (int j = 0; j < q.length; j++) {
            double a = lower[j];
            double b = upper[j];
            boolean hasA = Double.isFinite(a);
            boolean hasB = Double.isFinite(b);
            if (hasA && hasB) {
                p[j] = Math.min(b, Math.max(a, a + (b - a) * (1 + Math.sin(q[j])) / 2));
                dpdq[j] = (b - a) * Math.cos(q[j]) / 2;
            } else if (hasA) {
                double r = Math.sqrt(q[j] * q[j] + 1);
                p[j] = a + r - 1;
                dpdq[j] = q[j] / r;
            } else if (hasB) {
                double r = Math.sqrt(q[j] * q[j] + 1);
                p[j] = b - r + 1;
                dpdq[j] = -q[j] / r;
            } else {
                p[j] = q[j];
                dpdq[j] = 1;
            }
        }
    }
}
