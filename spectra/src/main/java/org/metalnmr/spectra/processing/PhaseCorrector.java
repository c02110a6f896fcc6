package org.metalnmr.spectra.processing;

import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Phase correction of a complex spectrum: applying a phase, and finding one.
 *
 * <p><b>Applying.</b> \( S'_i = S_i\, e^{i\varphi_i} \), \( \varphi_i = \varphi_0 + \varphi_1\,(i - N/2)/N \)
 * [deg]: zero order \( \varphi_0 \), first order \( \varphi_1 \) across the whole width with the
 * pivot at the centre point N/2 (the carrier of Bruker data; the convention of {@link FidProcessor}).
 * Both orders turn the spectrum in TopSpin's sense (the imaginary part is in the convention of
 * Bruker's {@code 1i}, for processed and raw data alike), so a manual phase moves a spectrum read from
 * {@code 1r}/{@code 1i} and one processed here from the fid the same way; only the first-order pivot
 * differs from TopSpin's (the first point).
 *
 * <p><b>Automatic: ACME</b> (Chen, Weng, Goh and Garland, J. Magn. Reson. 158, 164 (2002), Eqs. 2-6).
 * With the real part normalised to the largest magnitude, \( R_i = \mathrm{Re}\,S'_i / \max_j |S_j| \),
 * the phase minimises
 * \[ E(\varphi_0, \varphi_1) = -\sum_i h_i \ln h_i + \gamma \sum_i F(R_i)\, R_i^2, \qquad
 *    h_i = \frac{|R_{i+1} - R_i|}{\sum_j |R_{j+1} - R_j|}, \qquad F(R) = 1 \text{ if } R &lt; 0 \text{ else } 0, \]
 * the entropy of the normalised first derivative (smallest for narrow lines in pure absorption,
 * whose derivative is concentrated) plus a penalty on negative intensity, \( \gamma = 1000 \) (the
 * value of Chen et al.). It is minimised over a grid (zero order every 5 deg over a full turn;
 * first order every 30 deg in [-180, 180] deg) and then refined by Nelder-Mead.
 *
 * <p><b>What it optimises, and the metal caveat.</b> ACME makes the whole spectrum look as absorptive
 * and positive as possible. A metal line is not an absorption line of the same phase as the
 * non-metal lines: the RF enters the metal over the skin depth \( \delta \), and by reciprocity the
 * signal of a depth z is weighted by \( h(z)^2 = e^{-2(1+i)z/\delta} \), so a metal much thicker
 * than \( \delta \) gives \( \int_0^\infty h^2\,\mathrm{d}z = \delta/(2(1+i)) \): equal parts
 * absorption and dispersion, a 45 deg phase twist from the non-metal lines (docs/physics.md,
 * section 3; Bloembergen, J. Appl. Phys. 23, 1383 (1952)). On a spectrum with both,
 * ACME finds a compromise that is right for neither; on a spectrum dominated by the metal it puts
 * the metal in absorption. To phase the non-metal reference (the electrolyte near 0 ppm) and leave
 * the metal its physical phase lag, use {@link #region}.
 *
 * <p><b>On a region.</b> The zero order that makes the sum over a window real and positive,
 * \[ \varphi_0 = -\arg \sum_{i \in W} S_i\, e^{i\varphi_1 (i - N/2)/N}, \]
 * puts a line contained in the window in pure absorption: the dispersion of a line integrates to
 * zero over a window symmetric about it (exactly for the whole Lorentzian, closely for a window
 * several widths wide), so its sum is the absorption integral times \( e^{i\varphi} \).
 */
public final class PhaseCorrector {

    /** Penalty weight \( \gamma \) of the ACME objective (Chen et al. 2002). */
    public static final double ACME_PENALTY = 1000.0;

    private PhaseCorrector() {
    }

    /**
     * @param s       the spectrum
     * @param phc0Deg zero-order phase [deg]
     * @param phc1Deg first-order phase across the width, pivot at the centre [deg]
     * @return the phased spectrum (same axis, time and metadata)
     */
    public static Spectrum apply(Spectrum s, double phc0Deg, double phc1Deg) {
        int n = s.axis().size();
        double[] re = new double[n];
        double[] im = new double[n];
        double p0 = Math.toRadians(phc0Deg);
        double p1 = Math.toRadians(phc1Deg);
        for (int i = 0; i < n; i++) {
            double phi = p0 + p1 * (i - n / 2) / n;
            double c = Math.cos(phi);
            double sn = Math.sin(phi);
            re[i] = s.realAt(i) * c - s.imagAt(i) * sn;
            im[i] = s.realAt(i) * sn + s.imagAt(i) * c;
        }
        return new Spectrum(s.axis(), re, im, s.acquisitionTimeSeconds(), s.metadata());
    }

    /**
     * ACME phasing of zero and first order.
     *
     * @param s the spectrum (with its imaginary part)
     * @return {phc0Deg in [0, 360), phc1Deg} that minimise the ACME objective
     * @throws InvalidInputException when the spectrum has no imaginary part
     */
    public static double[] automatic(Spectrum s) {
        Objective f = new Objective(s);
        double best = Double.POSITIVE_INFINITY;
        double[] start = {0, 0};
        for (double p1 = -180; p1 <= 180; p1 += 30) {
            for (double p0 = 0; p0 < 360; p0 += 5) {
                double v = f.value(p0, p1);
                if (v < best) {
                    best = v;
                    start = new double[] {p0, p1};
                }
            }
        }
        PointValuePair opt = new SimplexOptimizer(1e-12, 1e-14).optimize(new MaxEval(4000),
                new ObjectiveFunction(x -> f.value(x[0], x[1])), GoalType.MINIMIZE, new InitialGuess(start),
                new NelderMeadSimplex(new double[] {5, 30}));
        double[] x = opt.getPoint();
        return new double[] {wrap(x[0]), x[1]};
    }

    /**
     * ACME phasing of the zero order with a given first order.
     *
     * @param s       the spectrum (with its imaginary part)
     * @param phc1Deg first-order phase kept [deg]
     * @return the zero-order phase [deg] in [0, 360)
     */
    public static double automaticZeroOrder(Spectrum s, double phc1Deg) {
        Objective f = new Objective(s);
        double best = Double.POSITIVE_INFINITY;
        double start = 0;
        for (double p0 = 0; p0 < 360; p0 += 1) {
            double v = f.value(p0, phc1Deg);
            if (v < best) {
                best = v;
                start = p0;
            }
        }
        PointValuePair opt = new SimplexOptimizer(1e-12, 1e-14).optimize(new MaxEval(2000),
                new ObjectiveFunction(x -> f.value(x[0], phc1Deg)), GoalType.MINIMIZE, new InitialGuess(new double[] {start}),
                new NelderMeadSimplex(new double[] {1}));
        return wrap(opt.getPoint()[0]);
    }

    /**
     * The zero order that puts the line in a window in absorption (formula in the class comment).
     *
     * @param s       the spectrum (with its imaginary part)
     * @param window  the window holding the line [ppm]
     * @param phc1Deg first-order phase applied [deg]
     * @return the zero-order phase [deg] in [0, 360)
     * @throws InvalidInputException when the window holds fewer than 3 points or no signal
     */
    public static double region(Spectrum s, PpmWindow window, double phc1Deg) {
        requireImaginary(s);
        int n = s.axis().size();
        double p1 = Math.toRadians(phc1Deg);
        double sr = 0;
        double si = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!window.contains(s.axis().ppm(i))) {
                continue;
            }
            double phi = p1 * (i - n / 2) / n;
            double c = Math.cos(phi);
            double sn = Math.sin(phi);
            sr += s.realAt(i) * c - s.imagAt(i) * sn;
            si += s.realAt(i) * sn + s.imagAt(i) * c;
            count++;
        }
        if (count < 3) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "points of the spectrum in the phase region "
                    + window + " ppm", 3, n, "[points] (the window must lie inside the spectrum, "
                    + String.format(java.util.Locale.ROOT, "%.4g to %.4g ppm)", s.axis().ppm(0), s.axis().ppm(n - 1)), count);
        }
        if (sr == 0 && si == 0) {
            throw new InvalidInputException(SpectraMessage.PHASE_REGION_NO_SIGNAL, String.valueOf(window));
        }
        return wrap(-Math.toDegrees(Math.atan2(si, sr)));
    }

    /**
     * TopSpin's phase (procs PHC0, PHC1) in the convention of this class, for a FID transformed by
     * {@link FidProcessor}: \( \varphi_1 = \mathrm{PHC1} \),
     * \( \varphi_0 = \mathrm{PHC0} + \mathrm{PHC1}/2 + 180^\circ g \).
     * TopSpin applies \( \mathrm{PHC0} + \mathrm{PHC1}\, i/\mathrm{SI} \) from the first (highest
     * frequency) point, in the same sense of rotation as here, \( \mathrm{PHC1}\, i/N = \mathrm{PHC1}/2 +
     * \mathrm{PHC1}\,(i - N/2)/N \); and it removes the digital-filter delay of g points as a first-order phase
     * pivoted at that first point rather than at the carrier, which differs from {@link FidProcessor}'s
     * by the constant \( e^{i\pi g} \) (shift theorem, \( k = N/2 - i \)). Checked on the operando
     * experiments 1, 301 and 599 (g = 44.75): the real and imaginary parts then equal TopSpin's {@code 1r}
     * and {@code 1i} over the metal region with correlation above 0.999 and no further zero-order phase to
     * make (within a degree); see PhaseCorrectorTest.
     *
     * @param phc0Deg          procs PHC0 [deg]
     * @param phc1Deg          procs PHC1 [deg]
     * @param groupDelayPoints the digital-filter delay removed by the transform [points]
     * @return {phc0Deg in [0, 360), phc1Deg} for {@link #apply}
     */
    public static double[] fromTopSpin(double phc0Deg, double phc1Deg, double groupDelayPoints) {
        return new double[] {wrap(phc0Deg + phc1Deg / 2 + 180.0 * groupDelayPoints), phc1Deg};
    }

    private static double wrap(double deg) {
        double w = deg % 360.0;
        return w < 0 ? w + 360.0 : w;
    }

    static void requireImaginary(Spectrum s) {
        for (int i = 0; i < s.axis().size(); i++) {
            if (s.imagAt(i) != 0) {
                return;
            }
        }
        throw new InvalidInputException(SpectraMessage.PHASE_NO_IMAGINARY,
                String.valueOf(s.metadata().getOrDefault("source", "input")));
    }

    /**
     * The ACME objective on one spectrum, normalised once. For a fixed first order the rotated
     * parts \( A_i + iB_i = S_i e^{i\varphi_1 (i-N/2)/N} \) are kept, so that a change of the zero
     * order costs no trigonometry: \( R_i = A_i\cos\varphi_0 - B_i\sin\varphi_0 \).
     */
    private static final class Objective {
        private final double[] re;
        private final double[] im;
        private final double[] a;
        private final double[] b;
        private final double[] r;
        private double cachedPhc1 = Double.NaN;

        Objective(Spectrum s) {
            requireImaginary(s);
            int n = s.axis().size();
            re = new double[n];
            im = new double[n];
            double max = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, Math.hypot(s.realAt(i), s.imagAt(i)));
            }
            for (int i = 0; i < n; i++) {
                re[i] = s.realAt(i) / max;
                im[i] = s.imagAt(i) / max;
            }
            a = new double[n];
            b = new double[n];
            r = new double[n];
        }

        double value(double phc0Deg, double phc1Deg) {
            int n = re.length;
            if (phc1Deg != cachedPhc1) {
                double p1 = Math.toRadians(phc1Deg);
                for (int i = 0; i < n; i++) {
                    double phi = p1 * (i - n / 2) / n;
                    double c = Math.cos(phi);
                    double sn = Math.sin(phi);
                    a[i] = re[i] * c - im[i] * sn;
                    b[i] = re[i] * sn + im[i] * c;
                }
                cachedPhc1 = phc1Deg;
            }
            double c0 = Math.cos(Math.toRadians(phc0Deg));
            double s0 = Math.sin(Math.toRadians(phc0Deg));
            double penalty = 0;
            for (int i = 0; i < n; i++) {
                double v = a[i] * c0 - b[i] * s0;
                r[i] = v;
                if (v < 0) {
                    penalty += v * v;
                }
            }
            double sum = 0;
            for (int i = 0; i < n - 1; i++) {
                sum += Math.abs(r[i + 1] - r[i]);
            }
            double entropy = 0;
            if (sum > 0) {
                for (int i = 0; i < n - 1; i++) {
                    double h = Math.abs(r[i + 1] - r[i]) / sum;
                    if (h > 0) {
                        entropy -= h * Math.log(h);
                    }
                }
            }
            return entropy + ACME_PENALTY * penalty;
        }
    }
}
