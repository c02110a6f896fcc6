package org.metalnmr.toolkit.morphology;

import org.metalnmr.core.lineshape.Lorentzian;

/**
 * A weighted set of spin packets, each broadened by the same complex Lorentzian, on a ppm axis:
 * \[ Z(x) = \sum_i w_i\, L(x - s_i;\,\Gamma), \qquad L(x;\Gamma) = \frac{1}{\pi}\frac{1}{\Gamma + i x} \]
 * (the normalised complex Lorentzian of {@link Lorentzian}: absorption A = Gamma / (pi (Gamma^2 + x^2)),
 * dispersion D = -x / (pi (Gamma^2 + x^2)), negative above the centre), with its derivatives
 * \( \partial Z/\partial\Gamma = \sum_i w_i \partial L/\partial\Gamma \) and, for packets that move
 * with a parameter theta at rates \( \dot s_i = ds_i/d\theta \),
 * \( \partial Z/\partial\theta = -\sum_i w_i \dot s_i\, L'(x - s_i) \).
 *
 * <p>Two evaluations, chosen per call:
 * <ul>
 * <li><b>exact</b> (few packets, or an axis that is not uniform): the sum above, point by point;</li>
 * <li><b>binned</b> (many packets on a uniform axis): each packet is split between the two nearest nodes of
 * a grid {@value #OVERSAMPLING} times finer than the axis (linear interpolation, weights (1 - a) and a,
 * the total weight conserved exactly), and the grid is convolved with L sampled at the grid offsets. The
 * value is then the linear interpolation of the exact sum in each packet position, with error
 * \( \tfrac12 a(1-a)\,\delta^2 L'' \) per packet (delta the grid step): relative to the peak at most
 * \( (\delta/\Gamma)^2/4 \) (L''(0) = -2/(pi Gamma^3)): 1.6e-4 for an axis step of 0.1 ppm and Gamma = 1 ppm
 * (delta = Gamma/40). The derivative with respect to a
 * packet position is the exact derivative of that interpolant (a dipole (-1/delta, +1/delta) on the two
 * nodes), so the Jacobian is consistent with the value.</li>
 * </ul>
 * A uniform axis is one whose points lie within 1e-3 of a step of x0 + i Delta (a text file rounded to
 * that accuracy moves a line by less than 1e-3 of a point). Cost of the binned form: m x (occupied nodes)
 * multiply-adds, independent of the number of packets.
 */
final class PacketLines {

    /** Grid nodes per axis step in the binned evaluation. */
    static final int OVERSAMPLING = 4;
    /** Packets up to which the exact sum is used. */
    static final int EXACT_UP_TO = 8;

    private PacketLines() {
    }

    /** A ppm axis with its uniform-step description (x_i = x0 + i step when uniform). */
    record Axis(double[] x, boolean uniform, double x0, double step) {

        static Axis of(double[] ppm) {
            int m = ppm.length;
            if (m < 2) {
                return new Axis(ppm, false, 0, 0);
            }
            double x0 = ppm[0];
            double step = (ppm[m - 1] - x0) / (m - 1);
            boolean uniform = step != 0;
            for (int i = 0; i < m && uniform; i++) {
                uniform = Math.abs(ppm[i] - (x0 + i * step)) <= 1e-3 * Math.abs(step);
            }
            return new Axis(ppm, uniform, x0, step);
        }

        int size() {
            return x.length;
        }
    }

    /** What to compute. */
    enum Kind {
        /** Z itself. */
        VALUE,
        /** dZ / dGamma. */
        WIDTH,
        /** dZ / dtheta for packets moving at the given rates. */
        SHIFT
    }

    /**
     * Adds scale * (the requested curve) to re and im.
     *
     * @param axis  the ppm axis
     * @param s     packet shifts [ppm]
     * @param w     packet weights
     * @param rate  for {@link Kind#SHIFT}: ds_i/dtheta per packet (else ignored, may be null)
     * @param hwhm  Gamma [ppm], &gt; 0
     * @param kind  what to compute
     * @param re    receives the real part (added)
     * @param im    receives the imaginary part (added)
     */
    static void add(Axis axis, double[] s, double[] w, double[] rate, double hwhm, Kind kind, double[] re, double[] im) {
        if (axis.uniform() && s.length > EXACT_UP_TO) {
            binned(axis, s, w, rate, hwhm, kind, OVERSAMPLING, re, im);
        } else {
            exact(axis.x(), s, w, rate, hwhm, kind, re, im);
        }
    }

    /** The sum over packets, point by point. */
    static void exact(double[] x, double[] s, double[] w, double[] rate, double hwhm, Kind kind, double[] re, double[] im) {
        Lorentzian l = new Lorentzian(hwhm);
        double[] d = new double[4];
        for (int p = 0; p < s.length; p++) {
            double wp = kind == Kind.SHIFT ? w[p] * rate[p] : w[p];
            if (wp == 0) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                double off = x[i] - s[p];
                switch (kind) {
                    case VALUE -> {
                        re[i] += wp * l.absorption(off);
                        im[i] += wp * l.dispersion(off);
                    }
                    case WIDTH -> {
                        l.derivatives(off, d);
                        re[i] += wp * d[2];
                        im[i] += wp * d[3];
                    }
                    case SHIFT -> {
                        // d/ds L(x - s) = -L'(x - s)
                        l.derivatives(off, d);
                        re[i] -= wp * d[0];
                        im[i] -= wp * d[1];
                    }
                    default -> throw new IllegalStateException(kind.toString());
                }
            }
        }
    }

    /** The binned evaluation with q grid nodes per axis step (q &gt;= 1). */
    static void binned(Axis axis, double[] s, double[] w, double[] rate, double hwhm, Kind kind, int q, double[] re, double[] im) {
        int m = axis.size();
        double delta = axis.step() / q;
        // grid node g = x0 + j delta; data point i sits on node q i
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (double sp : s) {
            int j = (int) Math.floor((sp - axis.x0()) / delta);
            lo = Math.min(lo, j);
            hi = Math.max(hi, j + 1);
        }
        double[] h = new double[hi - lo + 1];
        for (int p = 0; p < s.length; p++) {
            double t = (s[p] - axis.x0()) / delta;
            int j = (int) Math.floor(t);
            double a = t - j;
            if (kind == Kind.SHIFT) {
                // derivative of (1 - a) L_j + a L_{j+1} with respect to s: (L_{j+1} - L_j) / delta
                double c = w[p] * rate[p] / delta;
                h[j - lo] -= c;
                h[j + 1 - lo] += c;
            } else {
                h[j - lo] += w[p] * (1 - a);
                h[j + 1 - lo] += w[p] * a;
            }
        }
        // kernel T[k] = L(k delta) (or dL/dGamma) for k = q i - j over i in [0, m), j in [lo, hi], stored
        // decimated by phase, T_r[n] = T[q n + r], so that the inner loop over i reads contiguous memory
        int kMin = -hi;
        int kMax = q * (m - 1) - lo;
        int per = (kMax - kMin) / q + 2;
        double[][] tr = new double[q][per];
        double[][] ti = new double[q][per];
        Lorentzian l = new Lorentzian(hwhm);
        double[] d = new double[4];
        for (int k = 0; k <= kMax - kMin; k++) {
            double off = (k + kMin) * delta;
            int r = k % q;
            int n = k / q;
            if (kind == Kind.WIDTH) {
                l.derivatives(off, d);
                tr[r][n] = d[2];
                ti[r][n] = d[3];
            } else {
                tr[r][n] = l.absorption(off);
                ti[r][n] = l.dispersion(off);
            }
        }
        for (int j = lo; j <= hi; j++) {
            double c = h[j - lo];
            if (c == 0) {
                continue;
            }
            // k = q i + (-j - kMin) = q (i + a) + r
            int c0 = -j - kMin;
            int r = c0 % q;
            int a = c0 / q;
            double[] pr = tr[r];
            double[] pi = ti[r];
            for (int i = 0; i < m; i++) {
                re[i] += c * pr[i + a];
                im[i] += c * pi[i + a];
            }
        }
    }
}
