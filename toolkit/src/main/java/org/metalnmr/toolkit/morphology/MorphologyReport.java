package org.metalnmr.toolkit.morphology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.metalnmr.core.error.Checks;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.toolkit.quantify.ChargeEquivalent;

/**
 * What a morphology fit means: quantities derived from the fitted parameters, each with a standard error
 * propagated from the fit covariance, \( \sigma_f^2 = g^{\mathsf T} C g \), g = df/dp by central differences
 * (step 1e-3 of the parameter's standard error, inside its bounds), C_ab = r_ab s_a s_b from the fit's standard
 * errors s and correlations r. A quantity that depends on a parameter with an infinite standard error gets
 * an infinite (unknown) error.
 *
 * <ul>
 * <li>{@code whiskerFraction}, {@code mossyFraction}, {@code microstructureFraction}: amounts over the sum of
 * the metal amounts (foil, bent foil, whiskers, mossy): the share of the metal <i>signal</i>; the foil is seen
 * only through its skin layer, so this is not the share of the metal.</li>
 * <li>{@code foilShiftPpm}, {@code whiskerMeanShiftPpm}, {@code mossyMeanShiftPpm}: mean line positions.</li>
 * <li>{@code foilGaussPpm}, {@code whiskerGaussPpm}, {@code mossyGaussPpm}: the Gaussian standard deviations
 * sigma = sqrt(variance) of the Voigt lines [ppm], when the variance is fitted (near 0 its error is large: the
 * variance, not sigma, is what the data determine there).</li>
 * <li>With a calibration (integral per mol of metal atoms fully excited, in the data's units x ppm):
 * {@code whiskerMol}, {@code whiskerMah}, {@code mossyMol}, {@code mossyMah} (fully penetrated: integral = metal,
 * Faraday's law by {@link ChargeEquivalent}) and {@code foilVisibleMol} (only the skin layer).</li>
 * </ul>
 *
 * @param quantities     name to estimate, in display order
 * @param interpretation one sentence saying what the microstructure is
 */
public record MorphologyReport(Map<String, Estimate> quantities, String interpretation) {

    /**
     * A derived value and its standard error.
     *
     * @param value  the value
     * @param stderr its standard error (infinite when not determined)
     */
    public record Estimate(double value, double stderr) {
    }

    /** Copies. */
    public MorphologyReport {
        quantities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }

    /**
     * @param model          the fitted model
     * @param fit            its fit result
     * @param integralPerMol the integral (data units x ppm) of one mol of metal atoms fully excited, or NaN when
     *                       the data are not calibrated
     * @return the report
     */
    public static MorphologyReport of(MorphologyModel model, FitResult fit, double integralPerMol) {
        Map<String, ToDoubleFunction<double[]>> definitions = definitions(model, integralPerMol);
        List<FitParameter> ps = model.parameters();
        int k = ps.size();
        double[] p = new double[k];
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            p[j] = fit.value(ps.get(j).name());
            se[j] = fit.stderr(ps.get(j).name());
        }
        double[][] corr = fit.correlation();
        Propagator prop = new Propagator(ps, p, se, corr);
        Map<String, Estimate> out = new LinkedHashMap<>();
        definitions.forEach((name, f) -> out.put(name, prop.of(f)));
        return new MorphologyReport(out, interpret(model, fit, out));
    }

    /**
     * @param model          a morphology model
     * @param integralPerMol the calibration of {@link #of}, or NaN
     * @return the names of the quantities {@link #of} reports for that model, in its order
     */
    public static List<String> quantityNames(MorphologyModel model, double integralPerMol) {
        return List.copyOf(definitions(model, integralPerMol).keySet());
    }

    /** Each reported quantity as a function of the model's parameter vector, in display order. */
    private static Map<String, ToDoubleFunction<double[]>> definitions(MorphologyModel model, double integralPerMol) {
        if (!Double.isNaN(integralPerMol)) {
            Checks.positive("integral per mol", "[data units x ppm / mol]", integralPerMol);
        }
        Map<String, ToDoubleFunction<double[]>> out = new LinkedHashMap<>();
        var comps = model.components();
        boolean w = comps.contains(MorphologyComponent.WHISKERS);
        boolean mo = comps.contains(MorphologyComponent.MOSSY);
        ToDoubleFunction<double[]> metal = v -> {
            var q = model.values(v);
            double t = 0;
            for (MorphologyComponent c : comps) {
                if (c.isMetal()) {
                    t += q.get(MorphologyParameterTable.amountOf(c));
                }
            }
            return t;
        };
        if (w) {
            out.put("whiskerFraction", v -> model.values(v).get(MorphologyParameter.WHISKER_AMOUNT) / metal.applyAsDouble(v));
        }
        if (mo) {
            out.put("mossyFraction", v -> model.values(v).get(MorphologyParameter.MOSSY_AMOUNT) / metal.applyAsDouble(v));
        }
        if (w || mo) {
            out.put("microstructureFraction", v -> {
                var q = model.values(v);
                return (q.getOrDefault(MorphologyParameter.WHISKER_AMOUNT, 0.0) + q.getOrDefault(MorphologyParameter.MOSSY_AMOUNT, 0.0))
                        / metal.applyAsDouble(v);
            });
        }
        if (comps.contains(MorphologyComponent.FOIL)) {
            out.put("foilShiftPpm", v -> model.shiftDistribution(MorphologyComponent.FOIL, v).meanPpm());
        }
        if (w) {
            out.put("whiskerMeanShiftPpm", v -> model.shiftDistribution(MorphologyComponent.WHISKERS, v).meanPpm());
        }
        if (mo) {
            out.put("mossyMeanShiftPpm", v -> model.shiftDistribution(MorphologyComponent.MOSSY, v).meanPpm());
        }
        for (MorphologyComponent c : List.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY)) {
            MorphologyParameter gv = MorphologyParameterTable.gaussOf(c);
            if (comps.contains(c) && model.isFree(gv)) {
                out.put(gv.key().replace("VarPpm2", "Ppm"), v -> Math.sqrt(Math.max(0, model.values(v).get(gv))));
            }
        }
        if (!Double.isNaN(integralPerMol)) {
            if (w) {
                ToDoubleFunction<double[]> mol = v -> model.values(v).get(MorphologyParameter.WHISKER_AMOUNT) / integralPerMol;
                out.put("whiskerMol", mol);
                out.put("whiskerMah", mah(mol));
            }
            if (mo) {
                ToDoubleFunction<double[]> mol = v -> model.values(v).get(MorphologyParameter.MOSSY_AMOUNT) / integralPerMol;
                out.put("mossyMol", mol);
                out.put("mossyMah", mah(mol));
            }
            if (comps.contains(MorphologyComponent.FOIL)) {
                out.put("foilVisibleMol", v -> model.values(v).get(MorphologyParameter.FOIL_AMOUNT) / integralPerMol);
            }
        }
        return out;
    }

    /** mAh of a metal amount in mol (Faraday's law), negative amounts read as none. */
    private static ToDoubleFunction<double[]> mah(ToDoubleFunction<double[]> mol) {
        double f = ChargeEquivalent.milliampereHoursFromMoles(1);
        return v -> Math.max(0, mol.applyAsDouble(v)) * f;
    }

    /** One sentence: the foil, then what the microstructure is, with uncertainties. */
    static String interpret(MorphologyModel model, FitResult fit, Map<String, Estimate> q) {
        CellOrientation cell = model.settings().cell();
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append("cell ").append(cell.label()).append(" (electrode normal ").append(cell.normalWords()).append(")");
        if (q.containsKey("foilShiftPpm")) {
            sb.append(": foil line at ").append(pm(q.get("foilShiftPpm"), 1)).append(" ppm");
        }
        Estimate wf = q.get("whiskerFraction");
        if (wf != null) {
            if (detected(wf)) {
                String dir = cell.tiltDeg() < 1e-9 ? "standing along B0" : cell.tiltDeg() > 90 - 1e-9
                        ? "lying across B0 (along the electrode normal)" : "along the electrode normal (" + cell.normalWords() + ")";
                parts.add("whiskers " + dir + " (spread " + pm(fit, "whiskerSpreadDeg", 1) + " deg, packing "
                        + pm(fit, "whiskerPacking", 2) + ", mean line " + pm(q.get("whiskerMeanShiftPpm"), 1) + " ppm), "
                        + pm(wf, 2) + " of the metal signal" + (q.containsKey("whiskerMah") ? ", " + pm(q.get("whiskerMah"), 3) + " mAh" : ""));
            } else {
                parts.add("no whiskers resolved (" + pm(wf, 2) + " of the metal signal)");
            }
        }
        Estimate mf = q.get("mossyFraction");
        if (mf != null) {
            if (detected(mf)) {
                parts.add("mossy metal (isotropic strands, packing " + pm(fit, "mossyPacking", 2) + ", mean line "
                        + pm(q.get("mossyMeanShiftPpm"), 1) + " ppm), " + pm(mf, 2) + " of the metal signal"
                        + (q.containsKey("mossyMah") ? ", " + pm(q.get("mossyMah"), 3) + " mAh" : ""));
            } else {
                parts.add("no mossy metal resolved (" + pm(mf, 2) + " of the metal signal)");
            }
        }
        if (!parts.isEmpty()) {
            sb.append("; microstructure: ").append(String.join("; ", parts));
        }
        return sb.append('.').toString();
    }

    /** A fraction more than two standard errors above zero. */
    private static boolean detected(Estimate e) {
        return Double.isFinite(e.stderr()) && e.value() > 2 * e.stderr() && e.value() > 1e-4;
    }

    private static String pm(FitResult fit, String name, int digits) {
        if (fit.parameters().containsKey(name)) {
            return pm(new Estimate(fit.value(name), fit.stderr(name)), digits);
        }
        Double v = fit.fixedParameters().get(name);
        return v == null ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f (fixed)", v);
    }

    private static String pm(Estimate e, int digits) {
        if (e == null) {
            return "n/a";
        }
        String f = "%." + digits + "f";
        String err = Double.isFinite(e.stderr()) ? String.format(Locale.ROOT, f, e.stderr()) : "?";
        return String.format(Locale.ROOT, f, e.value()) + " +- " + err;
    }

    /** Propagates the fit covariance through a function of the parameters. */
    private record Propagator(List<FitParameter> ps, double[] p, double[] se, double[][] corr) {

        Estimate of(ToDoubleFunction<double[]> f) {
            int k = p.length;
            double value = f.applyAsDouble(p);
            double[] g = new double[k];
            for (int j = 0; j < k; j++) {
                FitParameter fp = ps.get(j);
                double scale = Double.isFinite(se[j]) && se[j] > 0 ? se[j] : Math.max(Math.abs(p[j]), 1e-3);
                double h = 1e-3 * scale;
                double up = Math.min(fp.upper(), p[j] + h);
                double dn = Math.max(fp.lower(), p[j] - h);
                if (up <= dn) {
                    continue;
                }
                double[] q = p.clone();
                q[j] = up;
                double fu = f.applyAsDouble(q);
                q[j] = dn;
                double fd = f.applyAsDouble(q);
                g[j] = (fu - fd) / (up - dn);
            }
            double var = 0;
            for (int a = 0; a < k; a++) {
                if (g[a] == 0) {
                    continue;
                }
                if (!Double.isFinite(se[a])) {
                    return new Estimate(value, Double.POSITIVE_INFINITY);
                }
                for (int b = 0; b < k; b++) {
                    if (g[b] != 0 && Double.isFinite(se[b])) {
                        var += g[a] * g[b] * corr[a][b] * se[a] * se[b];
                    }
                }
            }
            return new Estimate(value, Math.sqrt(Math.max(0, var)));
        }
    }
}
