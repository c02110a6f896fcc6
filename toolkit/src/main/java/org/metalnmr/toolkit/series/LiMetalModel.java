package org.metalnmr.toolkit.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.lineshape.PseudoVoigt;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.NoiseEstimator;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.fit.StartingValues;
import org.metalnmr.spectra.fit.model.ParameterRef;
import org.metalnmr.spectra.fit.model.PseudoVoigtLinesModel;

/**
 * The {@code li-metal} preset: two pseudo-Voigt lines under one zero-order phase (as {@code peaks:2}), the bulk line of the
 * electrode and the microstructure line, each with its centre bounded in its physical window ({@link LiMetalWindows}), so the
 * two can never swap, and a microstructure line that may be absent.
 *
 * <p>Parameters: {@code centerPpmBulk, hwhmPpmBulk, etaBulk, areaBulk, centerPpmMicro, hwhmPpmMicro, etaMicro, areaMicro,
 * phaseDeg} (and {@code baseline0, baseline1} with a baseline); half widths from a quarter of the point spacing to half the
 * line separation; areas &gt;= 0. Derived: {@code microstructureFraction} \( f = A_m/(A_b + A_m) \) with the error propagated
 * through the covariance, \( \sigma_f^2 = (A_m^2\sigma_b^2 + A_b^2\sigma_m^2 - 2A_bA_m\,\mathrm{cov}_{bm})/(A_b + A_m)^4 \), and
 * {@code microstructureDetected} (1 or 0).
 *
 * <p>An absent line: after each fit, the microstructure line counts as detected when its area exceeds
 * {@link #DETECTION_SIGMAS} standard errors, the error taken at least \( \sqrt{\chi^2_{red}} \) times the noise-only error
 * (misfit of the bulk line must not pass for a line). When it is not detected, the spectrum is fitted again with the line's
 * centre, width and eta held at their starting values (the last detected line of the chain, or the window centre), only its
 * area free, and free of sign: the position does not wander through an empty window, the fit is linear in that area and
 * converges (a bound at 0 would make the optimiser creep towards it through the bound transform), and the estimate is unbiased
 * with an error that is the honest upper limit. A small negative area (and fraction) of an absent line measures how far the
 * bulk line's shape is from a pseudo-Voigt; the row says {@code microstructureDetected 0} and a warning names it absent. Its
 * area at 0 is a legal answer, not an at-bound flag. Three standard errors: over 300 spectra a 2-sigma test would report about 7 absent lines as present
 * by chance, a 3-sigma test about 0.4.
 */
public final class LiMetalModel implements SeriesModel {

    /** Area, in standard errors, above which the microstructure line counts as present. */
    public static final double DETECTION_SIGMAS = 3;
    /** Smoothed data height, in noise sigmas, above which the guess takes the microstructure line from the data. */
    static final double GUESS_SIGMAS = 5;

    private static final List<String> BULK = List.of("centerPpmBulk", "hwhmPpmBulk", "etaBulk", "areaBulk");
    private static final List<String> MICRO = List.of("centerPpmMicro", "hwhmPpmMicro", "etaMicro", "areaMicro");
    private static final List<String> DERIVED = List.of("microstructureFraction", "microstructureDetected");

    private final LiMetalWindows windows;
    private final double lo;
    private final double hi;
    private final boolean baseline;

    /**
     * @param windows  where the two lines may sit
     * @param loPpm    fit range start [ppm] (NaN: the spectrum's)
     * @param hiPpm    fit range end [ppm] (NaN: the spectrum's)
     * @param baseline whether to add a linear baseline
     */
    public LiMetalModel(LiMetalWindows windows, double loPpm, double hiPpm, boolean baseline) {
        this.windows = windows;
        this.lo = Double.isNaN(loPpm) || Double.isNaN(hiPpm) ? loPpm : Math.min(loPpm, hiPpm);
        this.hi = Double.isNaN(loPpm) || Double.isNaN(hiPpm) ? hiPpm : Math.max(loPpm, hiPpm);
        this.baseline = baseline;
    }

    @Override
    public String name() {
        return "li-metal";
    }

    /** @return the windows */
    public LiMetalWindows windows() {
        return windows;
    }

    @Override
    public List<String> derivedNames(Spectrum first) {
        return DERIVED;
    }

    @Override
    public SpectrumModel guess(Spectrum spectrum) {
        return model(guessValues(spectrum), false, spectrum);
    }

    /** The starting values guessed from the data: each line at the highest smoothed point of its window. */
    Map<String, Double> guessValues(Spectrum s) {
        double[] ppm = s.axis().ppmValues();
        double[] y = s.real();
        int[] idx = SpectrumFitter.rangeIndices(ppm, lo, hi);
        double[] bw = windows.bulkWindow();
        double[] mw = windows.microWindow();
        double rlo = ppm[idx[0]];
        double rhi = ppm[idx[0]];
        for (int i : idx) {
            rlo = Math.min(rlo, ppm[i]);
            rhi = Math.max(rhi, ppm[i]);
        }
        if (rlo > Math.min(bw[0], mw[0]) || rhi < Math.max(bw[1], mw[1])) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "fit range of --model li-metal", Math.min(bw[0], mw[0]),
                    Math.max(bw[1], mw[1]), String.format(Locale.ROOT, "[ppm; it must hold the bulk window %.1f:%.1f and the microstructure"
                            + " window %.1f:%.1f]", bw[0], bw[1], mw[0], mw[1]), rlo + ":" + rhi);
        }
        int m = idx.length;
        Integer[] order = Arrays.stream(idx).boxed().sorted((a, b) -> Double.compare(ppm[a], ppm[b])).toArray(Integer[]::new);
        double[] x = new double[m];
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = ppm[order[i]];
            v[i] = y[order[i]];
        }
        double step = (x[m - 1] - x[0]) / (m - 1);
        int k = Math.max(2, m / 256);
        double[] sm = StartingValues.movingAverage(v, k);
        double[] sorted = sm.clone();
        Arrays.sort(sorted);
        double base = sorted[(int) (0.1 * (m - 1))];
        double noise = NoiseEstimator.automatic(y) / Math.sqrt(2 * k + 1);
        double[] bulk = peakIn(x, sm, base, bw, step);
        double[] r = sm.clone();
        double[] pv = new double[8];
        for (int i = 0; i < m; i++) {
            PseudoVoigt.values(x[i] - bulk[0], bulk[1], 0.5, pv);
            r[i] -= bulk[3] * pv[0];
        }
        double[] micro = peakIn(x, r, base, mw, step);
        boolean interior = micro[0] > mw[0] + 4 * step && micro[0] < mw[1] - 4 * step;
        if (!(micro[2] > GUESS_SIGMAS * noise) || !interior) {
            // a maximum at the window's edge is the tail of the bulk line, not a line
            // no microstructure line to see: start it at its physical position with the bulk line's width and a trace of area
            micro = new double[] {windows.microPpm(), bulk[1], 0, 1e-3 * bulk[3]};
        }
        double phase = refineAreasAndPhase(x, v, base, bulk, micro);
        Map<String, Double> g = new LinkedHashMap<>();
        put(g, BULK, bulk);
        put(g, MICRO, micro);
        g.put("phaseDeg", phase);
        if (baseline) {
            g.put("baseline0", base);
            g.put("baseline1", 0.0);
        }
        return g;
    }

    private static void put(Map<String, Double> g, List<String> names, double[] line) {
        g.put(names.get(0), line[0]);
        g.put(names.get(1), line[1]);
        g.put(names.get(2), 0.5);
        g.put(names.get(3), Math.max(line[3], Double.MIN_NORMAL));
    }

    /** @return {centre, hwhm, height, area} of the highest point of r - base inside the window */
    private double[] peakIn(double[] x, double[] r, double base, double[] w, double step) {
        int top = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= w[0] && x[i] <= w[1] && (top < 0 || r[i] > r[top])) {
                top = i;
            }
        }
        double h = Math.max(0, r[top] - base);
        int left = top;
        while (left > 0 && r[left] - base > 0.5 * h) {
            left--;
        }
        int right = top;
        while (right < x.length - 1 && r[right] - base > 0.5 * h) {
            right++;
        }
        double half = Math.min(x[top] - x[left], x[right] - x[top]);
        double hw = Math.max(minHwhm(step) * 8, Math.min(maxHwhm(), half));
        double unitPeak = 0.5 / (Math.PI * hw) + 0.5 * Math.sqrt(Math.log(2) / Math.PI) / hw;
        return new double[] {x[top], hw, h, h / unitPeak};
    }

    /**
     * With centres and widths held the model is linear in \( a_l\cos\varphi \) and \( a_l\sin\varphi \): one linear least
     * squares solve gives both areas and the common phase (as {@code peaks:N} does).
     */
    private static double refineAreasAndPhase(double[] x, double[] v, double base, double[] bulk, double[] micro) {
        double[][] lines = {bulk, micro};
        double[][] g = new double[4][4];
        double[] b = new double[4];
        double[] basis = new double[4];
        double[] pv = new double[8];
        for (int i = 0; i < x.length; i++) {
            for (int l = 0; l < 2; l++) {
                PseudoVoigt.values(x[i] - lines[l][0], lines[l][1], 0.5, pv);
                basis[2 * l] = pv[0];
                basis[2 * l + 1] = -pv[1];
            }
            for (int p = 0; p < 4; p++) {
                b[p] += basis[p] * (v[i] - base);
                for (int q = 0; q < 4; q++) {
                    g[p][q] += basis[p] * basis[q];
                }
            }
        }
        double[] c;
        try {
            c = new QRDecomposition(new Array2DRowRealMatrix(g, false), 1e-12).getSolver().solve(new ArrayRealVector(b, false)).toArray();
        } catch (MathIllegalArgumentException e) {
            return 0;
        }
        double sx = c[0] + c[2];
        double sy = c[1] + c[3];
        for (int l = 0; l < 2; l++) {
            double a = Math.hypot(c[2 * l], c[2 * l + 1]);
            if (a > 0 && Double.isFinite(a)) {
                lines[l][3] = a;
            }
        }
        return sx == 0 && sy == 0 ? 0 : Math.toDegrees(Math.atan2(sy, sx));
    }

    private double minHwhm(double step) {
        return 0.25 * step;
    }

    private double maxHwhm() {
        return 0.5 * Math.abs(windows.separationPpm());
    }

    /**
     * The model with starting values, the microstructure line's centre, width and eta optionally held.
     *
     * @param start     starting values by name
     * @param holdMicro whether to hold the microstructure line's shape (its area stays free)
     * @param s         a spectrum of the series (its point spacing sets the smallest half width)
     * @return the model
     */
    SpectrumModel model(Map<String, Double> start, boolean holdMicro, Spectrum s) {
        double step = Math.abs(s.axis().stepPpm());
        double[] bw = windows.bulkWindow();
        double[] mw = windows.microWindow();
        double hMin = minHwhm(step);
        double hMax = maxHwhm();
        List<FitParameter> ps = new ArrayList<>();
        ps.add(param("centerPpmBulk", start, bw[0], bw[1]));
        ps.add(param("hwhmPpmBulk", start, hMin, hMax));
        ps.add(param("etaBulk", start, 0, 1));
        ps.add(param("areaBulk", start, 0, Double.POSITIVE_INFINITY));
        List<ParameterRef> microRefs = new ArrayList<>();
        double[][] microBounds = {mw, {hMin, hMax}, {0, 1}};
        for (int q = 0; q < 3; q++) {
            String n = MICRO.get(q);
            FitParameter p = param(n, start, microBounds[q][0], microBounds[q][1]);
            if (holdMicro) {
                microRefs.add(new ParameterRef.Fixed(n, p.initial()));
            } else {
                ps.add(p);
                microRefs.add(new ParameterRef.Free(n));
            }
        }
        // held shape: the model is linear in the area, which is free of sign (an unbiased estimate whose error is the honest
        // upper limit; a bound at 0 would make the optimiser creep towards it through the bound transform)
        ps.add(param("areaMicro", start, holdMicro ? Double.NEGATIVE_INFINITY : 0, Double.POSITIVE_INFINITY));
        microRefs.add(new ParameterRef.Free("areaMicro"));
        ps.add(param("phaseDeg", start, -180, 180));
        ParameterRef b0 = null;
        ParameterRef b1 = null;
        if (baseline) {
            ps.add(FitParameter.free("baseline0", start.getOrDefault("baseline0", 0.0)));
            ps.add(FitParameter.free("baseline1", start.getOrDefault("baseline1", 0.0)));
            b0 = new ParameterRef.Free("baseline0");
            b1 = new ParameterRef.Free("baseline1");
        }
        List<PseudoVoigtLinesModel.Line> lines = List.of(
                new PseudoVoigtLinesModel.Line("bulk", new ParameterRef.Free("centerPpmBulk"), new ParameterRef.Free("hwhmPpmBulk"),
                        new ParameterRef.Free("etaBulk"), new ParameterRef.Free("areaBulk")),
                new PseudoVoigtLinesModel.Line("microstructure", microRefs.get(0), microRefs.get(1), microRefs.get(2), microRefs.get(3)));
        double ref = Double.isNaN(lo) ? windows.bulkPpm() : 0.5 * (lo + hi);
        return new PseudoVoigtLinesModel(name(), ps, lines, new ParameterRef.Free("phaseDeg"), b0, b1, ref);
    }

    private static FitParameter param(String name, Map<String, Double> start, double lower, double upper) {
        double fallback = Double.isFinite(lower) && Double.isFinite(upper) ? 0.5 * (lower + upper) : Double.isFinite(lower) ? lower : 0;
        double v = start.getOrDefault(name, fallback);
        if (!Double.isFinite(v)) {
            v = fallback;
        }
        return new FitParameter(name, Math.min(upper, Math.max(lower, v)), lower, upper);
    }

    @Override
    public SeriesStep fit(SpectrumFitter fitter, boolean errorsScaled, Spectrum spectrum, SpectrumModel base, Map<String, Double> start) {
        Map<String, Double> from = start == null ? guessValues(spectrum) : start;
        SpectrumModel free = model(from, false, spectrum);
        FitResult r = fitter.fit(spectrum, free);
        double chi2 = r.reducedChiSquare();
        double a = r.value("areaMicro");
        double se = r.stderr("areaMicro") * (errorsScaled ? 1 : Math.sqrt(Math.max(1, chi2)));
        List<String> notes = new ArrayList<>();
        boolean detected = a > DETECTION_SIGMAS * se;
        SpectrumModel used = free;
        if (!detected) {
            SpectrumModel held = model(from, true, spectrum);
            FitResult h = fitter.fit(spectrum, held);
            double ha = h.value("areaMicro");
            double hse = h.stderr("areaMicro") * (errorsScaled ? 1 : Math.sqrt(Math.max(1, h.reducedChiSquare())));
            detected = ha > DETECTION_SIGMAS * hse;
            notes.add(String.format(Locale.ROOT, "microstructure line %s: area %.4g +- %.3g (%s %.0f standard errors) with its centre"
                            + " (%.2f ppm), width and eta held at the chain's previous values", detected ? "weak" : "absent", ha, hse,
                    detected ? "above" : "below", DETECTION_SIGMAS, h.fixedParameters().get("centerPpmMicro")));
            used = held;
            r = h;
        }
        Map<String, RowValue> values = new LinkedHashMap<>();
        for (FitParameter p : model(from, false, spectrum).parameters()) {
            String n = p.name();
            values.put(n, r.parameters().containsKey(n) ? new RowValue(r.value(n), r.stderr(n)) : RowValue.held(r.fixedParameters().get(n)));
        }
        Map<String, RowValue> derived = new LinkedHashMap<>(derived(used, r));
        derived.put("microstructureDetected", RowValue.held(detected ? 1 : 0));
        return new SeriesStep(used, r, values, derived, Set.of("areaMicro"), notes);
    }

    @Override
    public Map<String, RowValue> derived(SpectrumModel model, FitResult r) {
        double ab = r.value("areaBulk");
        double am = r.value("areaMicro");
        double sb = r.stderr("areaBulk");
        double sm = r.stderr("areaMicro");
        List<String> names = r.parameterNames();
        double rho = r.correlation()[names.indexOf("areaBulk")][names.indexOf("areaMicro")];
        double total = ab + am;
        double f = total > 0 ? am / total : 0;
        double var = (am * am * sb * sb + ab * ab * sm * sm - 2 * ab * am * rho * sb * sm) / Math.pow(total, 4);
        double err = total > 0 && var >= 0 ? Math.sqrt(var) : Double.POSITIVE_INFINITY;
        Map<String, RowValue> m = new LinkedHashMap<>();
        m.put("microstructureFraction", new RowValue(f, err));
        return m;
    }
}
