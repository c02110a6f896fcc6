package org.metalnmr.core.lineshape;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A weighted set of spin packets, each broadened by the same complex Voigt line, on a ppm axis:
 * \[ Z(x) = \sum_i w_i\, V(x - s_i;\,\Gamma, \sigma), \qquad
 *    V = \frac{1}{\pi}\frac{1}{\Gamma + i x} * G_\sigma \]
 * (the homogeneous Lorentzian of half width Gamma, the T2 line, convolved with a Gaussian distribution of
 * standard deviation sigma of the packet's field, the inhomogeneous broadening;
 * {@link ComplexVoigt}: absorption of unit area, dispersion negative above the centre; sigma = 0 is the
 * Lorentzian), with its derivatives \( \partial Z/\partial\Gamma \), \( \partial Z/\partial(\sigma^2) \) and, for
 * packets that move with a parameter theta at rates \( \dot s_i = ds_i/d\theta \),
 * \( \partial Z/\partial\theta = -\sum_i w_i \dot s_i\, V'(x - s_i) \).
 *
 * <p>Two evaluations, chosen per {@link Kernel}:
 * <ul>
 * <li><b>exact</b> (few packets, or an axis that is not uniform): the sum above, point by point;</li>
 * <li><b>binned</b> (many packets on a uniform axis): each packet is split between the two nearest nodes of
 * a grid {@value #OVERSAMPLING} times finer than the axis (linear interpolation, weights (1 - a) and a,
 * the total weight conserved exactly), and the grid is convolved with V sampled at the grid offsets (one table
 * per call, shared by the value and every derivative). The value is then the linear interpolation of the exact
 * sum in each packet position, with error \( \tfrac12 a(1-a)\,\delta^2 V'' \) per packet (delta the grid step):
 * relative to the peak at most \( (\delta/\Gamma)^2/4 \) for the Lorentzian (L''(0) = -2/(pi Gamma^3)): 1.6e-4 for an
 * axis step of 0.1 ppm and Gamma = 1 ppm (delta = Gamma/40); a Gaussian part only lowers |V''| / V(0). The
 * derivative with respect to a packet position is the exact derivative of that interpolant (a dipole
 * (-1/delta, +1/delta) on the two nodes), so the Jacobian is consistent with the value.</li>
 * </ul>
 * A uniform axis is one whose points lie within 1e-3 of a step of x0 + i Delta (a text file rounded to
 * that accuracy moves a line by less than 1e-3 of a point). Cost of the binned form: m x (occupied nodes)
 * multiply-adds, independent of the number of packets, plus one table of the line (about OVERSAMPLING x
 * (m + packet span) evaluations of {@link ComplexVoigt}; Lorentzian when sigma = 0).
 *
 * <p>The one packet-to-line kernel of the project: the morphology fit model ({@code toolkit.morphology.MorphologyModel})
 * and the forward model's spectrum synthesis ({@code core.synthesis.SpectrumSynthesizer}, Lorentzian and Voigt
 * populations) both evaluate their lines here, so a fit of a simulated spectrum meets the same discretisation.
 */
public final class PacketLines {

    /** Grid nodes per axis step in the binned evaluation. */
    public static final int OVERSAMPLING = 4;
    /** Packets up to which the exact sum is used. */
    public static final int EXACT_UP_TO = 8;

    private PacketLines() {
    }

    /** A ppm axis with its uniform-step description (x_i = x0 + i step when uniform). */
    public record Axis(double[] x, boolean uniform, double x0, double step) {

        /**
         * @param ppm the axis points [ppm]
         * @return the axis, uniform when its points lie within 1e-3 of a step of x0 + i step
         */
        public static Axis of(double[] ppm) {
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

        /** @return number of points */
        public int size() {
            return x.length;
        }
    }

    /** What to compute. */
    public enum Kind {
        /** Z itself. */
        VALUE,
        /** dZ / dGamma. */
        WIDTH,
        /** dZ / d(sigma^2), the Gaussian variance: finite at sigma = 0. */
        GAUSS,
        /** dZ / dtheta for packets moving at the given rates. */
        SHIFT
    }

    /**
     * The line V(.; Gamma, sigma) for one set of packet positions on one axis: for the binned form its table on
     * the fine grid (value, and with derivatives also dV/dGamma and dV/d(sigma^2), from one evaluation per offset).
     */
    public static final class Kernel {
        private final Axis axis;
        private final double hwhm;
        private final double sigma;
        private final boolean derivatives;
        private final int q;
        private final boolean binned;
        private final double delta;
        /** Grid node range [lo, hi] covering the packets. */
        private final int lo;
        private final int hi;
        private final int kMin;
        /** Tables by kind (VALUE, WIDTH, GAUSS) and phase: re[kind][r][n] = V(k delta), k = q n + r + kMin. */
        private final double[][][] re;
        private final double[][][] im;

        private Kernel(Axis axis, double[] s, double hwhm, double sigma, boolean derivatives, int q, boolean binned) {
            if (!(hwhm > 0) || !(sigma >= 0)) {
                throw new InvalidInputException(CoreMessage.PACKET_LINE_WIDTHS, hwhm, sigma);
            }
            this.axis = axis;
            this.hwhm = hwhm;
            this.sigma = sigma;
            this.derivatives = derivatives;
            this.q = q;
            this.binned = binned;
            if (!binned) {
                delta = lo = hi = kMin = 0;
                re = im = null;
                return;
            }
            int m = axis.size();
            delta = axis.step() / q;
            int l = Integer.MAX_VALUE;
            int h = Integer.MIN_VALUE;
            for (double sp : s) {
                int j = (int) Math.floor((sp - axis.x0()) / delta);
                l = Math.min(l, j);
                h = Math.max(h, j + 1);
            }
            lo = l;
            hi = h;
            // kernel T[k] = V(k delta) for k = q i - j over i in [0, m), j in [lo, hi], stored decimated by phase,
            // T_r[n] = T[q n + r], so that the inner loop over i reads contiguous memory
            kMin = -hi;
            int kMax = q * (m - 1) - lo;
            int per = (kMax - kMin) / q + 2;
            int kinds = derivatives ? 3 : 1;
            re = new double[kinds][q][per];
            im = new double[kinds][q][per];
            // the absorption parts (A, dA/dGamma, dA/d(sigma^2)) are even in the offset and the dispersion parts odd: evaluate
            // the line once per |offset| (about half the table when the packets sit inside the axis range)
            int aLo = kMin <= 0 && kMax >= 0 ? 0 : Math.min(Math.abs(kMin), Math.abs(kMax));
            int aHi = Math.max(Math.abs(kMin), Math.abs(kMax));
            double[][] half = new double[2 * kinds][aHi - aLo + 1];
            double[] v = new double[ComplexVoigt.SIZE];
            for (int a = aLo; a <= aHi; a++) {
                double off = a * delta;
                if (derivatives) {
                    ComplexVoigt.evaluate(off, hwhm, sigma, v);
                    half[2][a - aLo] = v[4];
                    half[3][a - aLo] = v[5];
                    half[4][a - aLo] = v[8];
                    half[5][a - aLo] = v[9];
                } else {
                    ComplexVoigt.value(off, hwhm, sigma, v);
                }
                half[0][a - aLo] = v[0];
                half[1][a - aLo] = v[1];
            }
            for (int k = 0; k <= kMax - kMin; k++) {
                int j = k + kMin;
                int a = Math.abs(j) - aLo;
                double odd = j < 0 ? -1 : 1;
                int r = k % q;
                int n = k / q;
                for (int t = 0; t < kinds; t++) {
                    re[t][r][n] = half[2 * t][a];
                    im[t][r][n] = odd * half[2 * t + 1][a];
                }
            }
        }
    }

    /**
     * The line for packets at s: binned (table on a grid {@value #OVERSAMPLING} times finer than the axis) when the axis
     * is uniform and there are more than {@value #EXACT_UP_TO} packets, else exact.
     *
     * @param axis        the ppm axis
     * @param s           packet shifts [ppm] (the positions the kernel is used for)
     * @param hwhm        Gamma [ppm], &gt; 0
     * @param sigma       Gaussian standard deviation [ppm], &gt;= 0
     * @param derivatives whether WIDTH and GAUSS will be asked for
     * @return the kernel
     */
    public static Kernel kernel(Axis axis, double[] s, double hwhm, double sigma, boolean derivatives) {
        return new Kernel(axis, s, hwhm, sigma, derivatives, OVERSAMPLING, axis.uniform() && s.length > EXACT_UP_TO);
    }

    /** The exact (point by point) kernel. */
    public static Kernel exactKernel(Axis axis, double hwhm, double sigma) {
        return new Kernel(axis, new double[0], hwhm, sigma, true, 1, false);
    }

    /** The binned kernel with q grid nodes per axis step (the axis must be uniform). */
    public static Kernel binnedKernel(Axis axis, double[] s, double hwhm, double sigma, boolean derivatives, int q) {
        if (!axis.uniform()) {
            throw new InternalInvariantException(CoreMessage.BINNED_AXIS_NOT_UNIFORM, axis.size());
        }
        return new Kernel(axis, s, hwhm, sigma, derivatives, q, true);
    }

    /**
     * Adds (the requested curve) to re and im, for the packets the kernel was made for.
     *
     * @param k     the kernel (made for these positions s)
     * @param s     packet shifts [ppm]
     * @param w     packet weights
     * @param rate  for {@link Kind#SHIFT}: ds_i/dtheta per packet (else ignored, may be null)
     * @param kind  what to compute
     * @param re    receives the real part (added)
     * @param im    receives the imaginary part (added)
     */
    public static void add(Kernel k, double[] s, double[] w, double[] rate, Kind kind, double[] re, double[] im) {
        if ((kind == Kind.WIDTH || kind == Kind.GAUSS) && !k.derivatives) {
            throw new InternalInvariantException(CoreMessage.KERNEL_WITHOUT_DERIVATIVES, kind);
        }
        if (k.binned) {
            binned(k, s, w, rate, kind, re, im);
        } else {
            exact(k, s, w, rate, kind, re, im);
        }
    }

    /**
     * Adds (the requested curve) to re and im with a kernel of its own.
     *
     * @param axis  the ppm axis
     * @param s     packet shifts [ppm]
     * @param w     packet weights
     * @param rate  for {@link Kind#SHIFT}: ds_i/dtheta per packet (else ignored, may be null)
     * @param hwhm  Gamma [ppm], &gt; 0
     * @param sigma Gaussian standard deviation [ppm], &gt;= 0
     * @param kind  what to compute
     * @param re    receives the real part (added)
     * @param im    receives the imaginary part (added)
     */
    public static void add(Axis axis, double[] s, double[] w, double[] rate, double hwhm, double sigma, Kind kind, double[] re, double[] im) {
        add(kernel(axis, s, hwhm, sigma, kind == Kind.WIDTH || kind == Kind.GAUSS), s, w, rate, kind, re, im);
    }

    /** The sum over packets, point by point. */
    private static void exact(Kernel k, double[] s, double[] w, double[] rate, Kind kind, double[] re, double[] im) {
        double[] x = k.axis.x();
        double[] d = new double[ComplexVoigt.SIZE];
        int at = switch (kind) {
            case VALUE -> 0;
            case SHIFT -> 2;
            case WIDTH -> 4;
            case GAUSS -> 8;
        };
        // d/ds V(x - s) = -V'(x - s)
        double sign = kind == Kind.SHIFT ? -1 : 1;
        for (int p = 0; p < s.length; p++) {
            double wp = sign * (kind == Kind.SHIFT ? w[p] * rate[p] : w[p]);
            if (wp == 0) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                if (kind == Kind.VALUE) {
                    ComplexVoigt.value(x[i] - s[p], k.hwhm, k.sigma, d);
                } else {
                    ComplexVoigt.evaluate(x[i] - s[p], k.hwhm, k.sigma, d);
                }
                re[i] += wp * d[at];
                im[i] += wp * d[at + 1];
            }
        }
    }

    /** The binned evaluation. */
    private static void binned(Kernel k, double[] s, double[] w, double[] rate, Kind kind, double[] re, double[] im) {
        Axis axis = k.axis;
        int m = axis.size();
        int q = k.q;
        double delta = k.delta;
        double[] h = new double[k.hi - k.lo + 1];
        for (int p = 0; p < s.length; p++) {
            double t = (s[p] - axis.x0()) / delta;
            int j = (int) Math.floor(t);
            if (j < k.lo || j + 1 > k.hi) {
                throw new InternalInvariantException(CoreMessage.PACKET_OUTSIDE_KERNEL, s[p], j, k.lo, k.hi);
            }
            double a = t - j;
            if (kind == Kind.SHIFT) {
                // derivative of (1 - a) V_j + a V_{j+1} with respect to s: (V_{j+1} - V_j) / delta
                double c = w[p] * rate[p] / delta;
                h[j - k.lo] -= c;
                h[j + 1 - k.lo] += c;
            } else {
                h[j - k.lo] += w[p] * (1 - a);
                h[j + 1 - k.lo] += w[p] * a;
            }
        }
        int table = switch (kind) {
            case VALUE, SHIFT -> 0;
            case WIDTH -> 1;
            case GAUSS -> 2;
        };
        double[][] tr = k.re[table];
        double[][] ti = k.im[table];
        for (int j = k.lo; j <= k.hi; j++) {
            double c = h[j - k.lo];
            if (c == 0) {
                continue;
            }
            // k = q i + (-j - kMin) = q (i + a) + r
            int c0 = -j - k.kMin;
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
