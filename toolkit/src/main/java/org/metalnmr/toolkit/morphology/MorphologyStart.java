package org.metalnmr.toolkit.morphology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.lineshape.PacketLines;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.model.PeaksModel;
import org.metalnmr.spectra.fit.model.PseudoVoigtLinesModel;

/**
 * Starting values of the {@link MorphologyModel} from the data:
 * <ol>
 * <li>peak picking in the fit range ({@link PeaksModel#guess}, up to 3 lines): the widths, the electrolyte
 * line near 0 ppm, and, when the Knight shift (or only chi) is free, candidate values that put the foil line
 * on each picked peak;</li>
 * <li>a small grid over the whisker packing (0, 0.15, 0.3) and spread (8, 20, 40 deg), and, when the deposit
 * offset is free, offsets that put the whisker line on each picked peak;</li>
 * <li>for each candidate, the amounts (and baseline) by linear least squares with non-negative amounts
 * (active set: the most negative amount is dropped and the rest solved again) at each phase on a
 * grid of 10 degrees; the smallest residual wins.</li>
 * </ol>
 * Amounts that come out zero start at 1e-3 of the metal total (a start on the bound of the one-sided
 * transform cannot move).
 */
final class MorphologyStart {

    private static final double[] PACKINGS = {0, 0.15, 0.3};
    private static final double[] SPREADS_DEG = {8, 20, 40};
    /**
     * Start roughnesses of the two foils [deg]: the default start (12, see MorphologyParameterTable) and its double; a
     * start grid, not a model constant.
     */
    private static final double[] ROUGHNESS_DEG = {12, 24};
    /**
     * Start offsets of the counter foil [ppm]: 1.5 (the default start) and 3, within the bound of a quarter of chi (6 ppm for
     * Li); a start grid, not a model constant.
     */
    private static final double[] COUNTER_OFFSETS_PPM = {1.5, 3};

    private MorphologyStart() {
    }

    static MorphologyModel guess(MorphologySettings settings, double[] ppm, double[] y, double loPpm, double hiPpm) {
        int[] idx = SpectrumFitter.rangeIndices(ppm, loPpm, hiPpm);
        int m = idx.length;
        if (m < 16) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of points in the fit range", 16, ppm.length,
                    "[points]", m);
        }
        double[] x = new double[m];
        double[] v = new double[m];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            x[i] = ppm[idx[i]];
            v[i] = y[idx[i]];
            lo = Math.min(lo, x[i]);
            hi = Math.max(hi, x[i]);
        }
        double spacing = (hi - lo) / (m - 1);
        Set<MorphologyComponent> comps = EnumSet.copyOf(settings.components());
        if (settings.electrolyteIfInRange() && lo <= 0 && hi >= 0) {
            comps.add(MorphologyComponent.ELECTROLYTE);
        }
        MorphologySettings s = settings.withComponents(comps);

        List<double[]> peaks = pickPeaks(ppm, y, lo, hi, m);
        Map<MorphologyParameter, Double> base = new EnumMap<>(MorphologyParameter.class);
        MorphologyModel probe = MorphologyModel.of(s, base, spacing, lo, hi);
        Map<MorphologyParameter, Double> defaults = probe.values(null);
        double k0 = defaults.get(MorphologyParameter.KNIGHT_PPM);
        double chi0 = defaults.get(MorphologyParameter.CHI_PPM);
        double nzz = s.cell().plateNzz();
        double foilAt = k0 + chi0 * (1.0 / 3 - nzz);
        double[] foilPeak = nearest(peaks, foilAt, Double.POSITIVE_INFINITY);
        double hw = foilPeak == null ? 2 : foilPeak[1];
        for (MorphologyComponent c : comps) {
            MorphologyParameter gp = MorphologyParameterTable.gaussOf(c);
            if (gp != null && probe.isFree(gp)) {
                // a Voigt line wider than the picked one (FWHM 0.5346 fL + sqrt(0.2166 fL^2 + fG^2), Olivero and
                // Longbothum 1977: 2.6 hw). Measured on MorphologyModelTest's noise-free spectrum from spread 8 deg: starts of
                // about the picked width (Gamma, sigma) = (0.6, 0.5) or (0.85, 0.25) hw ended in a shallow local minimum
                // where the whisker Gaussian width stands in for the orientation spread (spread 0.5-1 deg instead of 15);
                // (1, 0.5) hw and (0.95, 0.1) hw reached the truth
                base.put(MorphologyParameterTable.hwhmOf(c), hw);
                base.put(gp, 0.25 * hw * hw);
            } else {
                base.put(MorphologyParameterTable.hwhmOf(c), hw);
            }
        }
        if (comps.contains(MorphologyComponent.ELECTROLYTE)) {
            double[] e = nearest(peaks, 0, 30);
            base.put(MorphologyParameter.ELECTROLYTE_SHIFT_PPM, e == null ? 0 : e[0]);
            base.put(MorphologyParameter.ELECTROLYTE_HWHM_PPM, e == null ? hw : e[1]);
        }

        // candidates for the free Knight shift or chi: the foil on each picked peak
        List<Map<MorphologyParameter, Double>> candidates = new ArrayList<>();
        candidates.add(new EnumMap<>(base));
        boolean kFree = probe.isFree(MorphologyParameter.KNIGHT_PPM);
        boolean chiFree = probe.isFree(MorphologyParameter.CHI_PPM);
        for (double[] p : peaks) {
            if (Math.abs(p[0]) < 30) {
                continue; // the diamagnetic line
            }
            Map<MorphologyParameter, Double> c = new EnumMap<>(base);
            if (kFree) {
                c.put(MorphologyParameter.KNIGHT_PPM, k0 + (p[0] - foilAt));
            } else if (chiFree && Math.abs(1.0 / 3 - nzz) > 0.05) {
                c.put(MorphologyParameter.CHI_PPM, (p[0] - k0) / (1.0 / 3 - nzz));
            } else {
                continue;
            }
            candidates.add(c);
        }
        boolean whiskers = comps.contains(MorphologyComponent.WHISKERS) && probe.isFree(MorphologyParameter.WHISKER_PACKING)
                && probe.isFree(MorphologyParameter.WHISKER_SPREAD_DEG);
        Best best = null;
        for (Map<MorphologyParameter, Double> c : candidates) {
            for (double packing : whiskers ? PACKINGS : new double[] {Double.NaN}) {
                for (double spread : whiskers ? SPREADS_DEG : new double[] {Double.NaN}) {
                    Map<MorphologyParameter, Double> start = new EnumMap<>(c);
                    if (whiskers) {
                        start.put(MorphologyParameter.WHISKER_PACKING, packing);
                        start.put(MorphologyParameter.WHISKER_SPREAD_DEG, spread);
                    }
                    MorphologyModel model = MorphologyModel.of(s, start, spacing, lo, hi);
                    List<Double> offsets = new ArrayList<>(List.of(0.0));
                    if (model.isFree(MorphologyParameter.DEPOSIT_OFFSET_PPM) && comps.contains(MorphologyComponent.WHISKERS)) {
                        // the whisker line on each picked peak that is not the diamagnetic line
                        double mean = model.shiftDistribution(MorphologyComponent.WHISKERS, model.initialValues()).meanPpm();
                        FitParameter op = model.parameters().stream()
                                .filter(fp -> fp.name().equals(MorphologyParameter.DEPOSIT_OFFSET_PPM.key())).findFirst().orElseThrow();
                        for (double[] pk : peaks) {
                            double o = Math.max(op.lower(), Math.min(op.upper(), pk[0] - mean));
                            if (Math.abs(pk[0]) >= 30 && Math.abs(o) > 0.1) {
                                offsets.add(o);
                            }
                        }
                    }
                    for (double o : offsets) {
                        Map<MorphologyParameter, Double> st = new EnumMap<>(start);
                        st.put(MorphologyParameter.DEPOSIT_OFFSET_PPM, o);
                        Best b = linearAmounts(MorphologyModel.of(s, st, spacing, lo, hi), st, x, v);
                        if (best == null || b.ssr < best.ssr) {
                            best = b;
                        }
                    }
                }
            }
        }
        best = twoFoils(s, best, whiskers, spacing, lo, hi, x, v);
        return MorphologyModel.of(s, best.start, spacing, lo, hi);
    }

    /**
     * The second stage for a model with two foil lines (foil and counter foil): from the best start of the first stage (its
     * Knight shift), each combination of the free foil roughnesses in {@link #ROUGHNESS_DEG}, the free counter-foil offset
     * in {@link #COUNTER_OFFSETS_PPM} and (when free) the whisker grid, the amounts again by linear least squares; the
     * smallest residual wins: the two foils of the onset spectra differ in roughness (fitted 17-23 deg and 10-13 deg at
     * 0.2-5 h), which a start with both at 12 deg does not show the linear amounts. Its effect alone was not measured: with it,
     * the counter foil's own roughness and the one-signed offset, the fresh fit of experiment 3 (0.2 h) reaches reduced
     * chi-square 5.08 (15.4 before); at experiment 13 it does not help (14.2; the staged fit of the series does,
     * docs/morphology-model.md section 6.2).
     */
    private static Best twoFoils(MorphologySettings s, Best first, boolean whiskers, double spacing, double lo, double hi, double[] x,
                                 double[] v) {
        if (!s.components().contains(MorphologyComponent.COUNTER_FOIL)) {
            return first;
        }
        MorphologyModel probe = MorphologyModel.of(s, first.start, spacing, lo, hi);
        double[] foilRough = probe.isFree(MorphologyParameter.FOIL_ROUGHNESS_DEG) ? ROUGHNESS_DEG : new double[] {Double.NaN};
        double[] counterRough = probe.isFree(MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG) ? ROUGHNESS_DEG : new double[] {Double.NaN};
        double[] offsets = probe.isFree(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM) ? COUNTER_OFFSETS_PPM : new double[] {Double.NaN};
        Best best = first;
        for (double fr : foilRough) {
            for (double cr : counterRough) {
                for (double o : offsets) {
                    for (double packing : whiskers ? PACKINGS : new double[] {Double.NaN}) {
                        for (double spread : whiskers ? SPREADS_DEG : new double[] {Double.NaN}) {
                            Map<MorphologyParameter, Double> st = new EnumMap<>(first.start);
                            putIfSet(st, MorphologyParameter.FOIL_ROUGHNESS_DEG, fr);
                            putIfSet(st, MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG, cr);
                            putIfSet(st, MorphologyParameter.COUNTER_FOIL_OFFSET_PPM, o);
                            putIfSet(st, MorphologyParameter.WHISKER_PACKING, packing);
                            putIfSet(st, MorphologyParameter.WHISKER_SPREAD_DEG, spread);
                            Best b = linearAmounts(MorphologyModel.of(s, st, spacing, lo, hi), st, x, v);
                            if (b.ssr < best.ssr) {
                                best = b;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    private static void putIfSet(Map<MorphologyParameter, Double> m, MorphologyParameter q, double value) {
        if (!Double.isNaN(value)) {
            m.put(q, value);
        }
    }

    private record Best(Map<MorphologyParameter, Double> start, double ssr) {
    }

    /** {centre, hwhm, area} of up to 3 picked lines, largest area first. */
    private static List<double[]> pickPeaks(double[] ppm, double[] y, double lo, double hi, int m) {
        int n = Math.max(1, Math.min(3, m / 16));
        PseudoVoigtLinesModel g = PeaksModel.guess(n, ppm, y, lo, hi, false);
        List<FitParameter> ps = g.parameters();
        List<double[]> out = new ArrayList<>();
        for (int l = 1; l <= n; l++) {
            out.add(new double[] {initial(ps, "centerPpm" + l), initial(ps, "hwhmPpm" + l), initial(ps, "area" + l)});
        }
        out.sort((a, b) -> Double.compare(b[2], a[2]));
        return out;
    }

    private static double initial(List<FitParameter> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().initial();
    }

    private static double[] nearest(List<double[]> peaks, double at, double within) {
        double[] best = null;
        for (double[] p : peaks) {
            if (Math.abs(p[0] - at) <= within && (best == null || Math.abs(p[0] - at) < Math.abs(best[0] - at))) {
                best = p;
            }
        }
        return best;
    }

    /** Non-negative linear least squares for the amounts (and baseline) over a grid of phases. */
    private static Best linearAmounts(MorphologyModel model, Map<MorphologyParameter, Double> start, double[] x, double[] v) {
        int m = x.length;
        List<MorphologyComponent> comps = new ArrayList<>(model.components());
        double[] q = model.quantities(model.initialValues());
        PacketLines.Axis axis = PacketLines.Axis.of(x);
        int nc = comps.size();
        double[][] zr = new double[nc][m];
        double[][] zi = new double[nc][m];
        double[] lag = new double[nc];
        for (int c = 0; c < nc; c++) {
            MorphologyComponent comp = comps.get(c);
            // the unit line with the foil's skin lag and a deposit's RF factor
            model.unitLine(comp, q, axis, zr[c], zi[c]);
        }
        boolean baseline = model.settings().baseline();
        double ref = 0.5 * (x[0] + x[m - 1]);
        double bestSsr = Double.POSITIVE_INFINITY;
        double[] bestCoef = null;
        double bestPhase = 0;
        for (int step = 0; step < 36; step++) {
            double phi = Math.toRadians(-180 + 10 * step);
            int cols = nc + (baseline ? 2 : 0);
            double[][] a = new double[m][cols];
            for (int c = 0; c < nc; c++) {
                double cs = Math.cos(phi - lag[c]);
                double sn = Math.sin(phi - lag[c]);
                for (int i = 0; i < m; i++) {
                    a[i][c] = cs * zr[c][i] - sn * zi[c][i];
                }
            }
            if (baseline) {
                for (int i = 0; i < m; i++) {
                    a[i][nc] = 1;
                    a[i][nc + 1] = x[i] - ref;
                }
            }
            double[] coef = nonNegative(a, v, nc);
            double ssr = 0;
            for (int i = 0; i < m; i++) {
                double r = v[i];
                for (int c = 0; c < cols; c++) {
                    r -= a[i][c] * coef[c];
                }
                ssr += r * r;
            }
            if (ssr < bestSsr) {
                bestSsr = ssr;
                bestCoef = coef;
                bestPhase = -180 + 10 * step;
            }
        }
        Map<MorphologyParameter, Double> out = new EnumMap<>(start);
        double total = 0;
        for (int c = 0; c < nc; c++) {
            total += bestCoef[c];
        }
        for (int c = 0; c < nc; c++) {
            out.put(MorphologyParameterTable.amountOf(comps.get(c)), Math.max(bestCoef[c], 1e-3 * total + Double.MIN_NORMAL));
        }
        out.put(MorphologyParameter.PHASE_DEG, bestPhase);
        if (baseline) {
            out.put(MorphologyParameter.BASELINE0, bestCoef[nc]);
            out.put(MorphologyParameter.BASELINE1, bestCoef[nc + 1]);
        }
        return new Best(out, bestSsr);
    }

    /** Least squares with the first {@code constrained} coefficients &gt;= 0 (active set, dropping the most negative). */
    private static double[] nonNegative(double[][] a, double[] v, int constrained) {
        int cols = a[0].length;
        boolean[] active = new boolean[cols];
        java.util.Arrays.fill(active, true);
        while (true) {
            int k = 0;
            for (boolean b : active) {
                k += b ? 1 : 0;
            }
            double[] coef = new double[cols];
            if (k > 0) {
                double[][] sub = new double[a.length][k];
                for (int i = 0; i < a.length; i++) {
                    int c2 = 0;
                    for (int c = 0; c < cols; c++) {
                        if (active[c]) {
                            sub[i][c2++] = a[i][c];
                        }
                    }
                }
                RealMatrix mat = new Array2DRowRealMatrix(sub, false);
                double[] sol;
                try {
                    sol = new QRDecomposition(mat, 1e-12).getSolver().solve(new org.hipparchus.linear.ArrayRealVector(v, false)).toArray();
                } catch (org.hipparchus.exception.MathIllegalArgumentException e) {
                    sol = new double[k];
                }
                int c2 = 0;
                for (int c = 0; c < cols; c++) {
                    if (active[c]) {
                        coef[c] = sol[c2++];
                    }
                }
            }
            int worst = -1;
            for (int c = 0; c < constrained; c++) {
                if (active[c] && coef[c] < 0 && (worst < 0 || coef[c] < coef[worst])) {
                    worst = c;
                }
            }
            if (worst < 0) {
                return coef;
            }
            active[worst] = false;
        }
    }
}
