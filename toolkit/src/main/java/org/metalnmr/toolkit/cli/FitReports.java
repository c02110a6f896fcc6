package org.metalnmr.toolkit.cli;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.toolkit.morphology.MorphologyComponent;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyParameter;
import org.metalnmr.toolkit.morphology.MorphologyReport;

/** What {@code fit} and {@code fit-series} write: JSON maps, CSV text, the parameter table and the figures (SVG and PNG) of fit results. */
final class FitReports {

    private FitReports() {
    }

    /**
     * Parses {@code LO:HI}.
     *
     * @param text   the option value
     * @param option the option name for messages
     * @return {lo, hi} ascending
     */
    static double[] parseRange(String text, String option) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                double a = Double.parseDouble(parts[0].trim());
                double b = Double.parseDouble(parts[1].trim());
                if (Double.isFinite(a) && Double.isFinite(b) && a != b) {
                    return new double[] {Math.min(a, b), Math.max(a, b)};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, option, "LO:HI with two different finite numbers in ppm, e.g. 220:310", text);
    }

    /** JSON-safe number: non-finite values (an infinite standard error) become null. */
    static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static Map<String, Object> json(FitResult r, String input, String label, double[] range) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("label", label);
        m.put("model", r.modelName());
        m.put("rangePpm", range == null ? null : List.of(range[0], range[1]));
        m.put("intensityUnit", INTENSITY_UNIT + " (the input spectrum's units; fit.csv columns data_au, model_au, residual_au and"
                + " the components NAME_au)");
        Map<String, Object> params = new LinkedHashMap<>();
        r.parameters().forEach((name, e) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("value", e.value());
            p.put("stderr", number(e.stderr()));
            p.put("unit", unit(name));
            params.put(name, p);
        });
        m.put("parameters", params);
        m.put("fixedParameters", r.fixedParameters());
        m.put("reducedChiSquare", number(r.reducedChiSquare()));
        m.put("chiSquare", number(r.chiSquare()));
        m.put("degreesOfFreedom", r.degreesOfFreedom());
        m.put("aic", number(r.aic()));
        m.put("bic", number(r.bic()));
        m.put("noiseSigma", r.noiseSigma());
        m.put("noiseSource", r.noiseSource());
        m.put("converged", r.converged());
        m.put("iterations", r.iterations());
        m.put("evaluations", r.evaluations());
        m.put("starts", r.starts());
        m.put("warnings", r.warnings());
        Map<String, Object> corr = new LinkedHashMap<>();
        corr.put("names", r.parameterNames());
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : r.correlation()) {
            List<Double> l = new ArrayList<>();
            for (double v : row) {
                l.add(number(v));
            }
            rows.add(l);
        }
        corr.put("matrix", rows);
        m.put("correlation", corr);
        return m;
    }

    /** A morphology model and its fit. */
    record MorphologyFit(MorphologyModel model, FitResult result) {
    }

    /** Warnings that the model, not the fitter, knows about. */
    static List<String> morphologyNotes(MorphologyModel model, FitResult result, boolean errorsScaled) {
        List<String> notes = new ArrayList<>();
        if (model.isFree(MorphologyParameter.KNIGHT_PPM) && model.isFree(MorphologyParameter.CHI_PPM)) {
            notes.add("knightPpm and chiPpm are both free: with one cell orientation the foil line fixes only K + chi (1/3 - N_zz);"
                    + " they are separated only through the whisker and mossy line shapes (see their correlation), so treat them as"
                    + " not identifiable unless the correlation is well below 1");
        }
        if (result.reducedChiSquare() > POOR_FIT_REDUCED_CHI_SQUARE) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "reduced chi-square %.3g: the model does not describe the spectrum to its noise", result.reducedChiSquare()));
            if (!errorsScaled) {
                sb.append(String.format(Locale.ROOT, ", so the standard errors (from the noise) are about %.0fx too small;"
                        + " --scale-errors scales them by the root of the reduced chi-square", Math.sqrt(result.reducedChiSquare())));
            }
            if (!model.isFree(MorphologyParameter.KNIGHT_PPM)) {
                sb.append("; the foil line is held at the table Knight shift plus the cell's BMS shift: if the spectrum's metal"
                        + " lines sit elsewhere (another reference, temperature or chi), --free knightPpm lets the model follow them");
            }
            notes.add(sb.toString());
        }
        return notes;
    }

    /**
     * Reduced chi-square above which a morphology fit gets a note: at 10 the noise-based standard errors are about 3x
     * too small (they scale with its square root), which changes what a user may conclude from them.
     */
    static final double POOR_FIT_REDUCED_CHI_SQUARE = 10;

    /** The morphology section of fit.json: settings, derived quantities, interpretation, and the cell comparison. */
    /** The cell quantities a morphology fit took from {@code --scenario} (fit.json {@code morphology.cellPhysics}). */
    static Map<String, Object> cellPhysicsJson(org.metalnmr.toolkit.forward.CellPhysics p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", p.source());
        m.put("nucleus", p.nucleus());
        m.put("knightShiftPpm", p.knightShiftPpm());
        m.put("chiPpm", p.chi() * 1e6);
        m.put("tiltDeg", p.tiltDeg());
        m.put("flipAngleDeg", p.flipAngleDeg());
        m.put("homogeneousFwhmPpm", p.homogeneousFwhmPpm());
        m.put("lineBroadeningFwhmPpm", p.lineBroadeningFwhmPpm());
        Map<String, Object> foil = new LinkedHashMap<>();
        foil.put("packets", p.foil().field().length);
        foil.put("meanShiftPpm", p.foil().meanShiftPpm(p.knightShiftPpm(), p.chi()));
        foil.put("phaseLagDeg", p.foil().phaseLagDeg());
        m.put("foil", foil);
        for (var e : java.util.Arrays.asList(Map.entry("whiskers", java.util.Optional.ofNullable(p.whiskers())),
                Map.entry("mossy", java.util.Optional.ofNullable(p.mossy())))) {
            e.getValue().ifPresent(d -> {
                Map<String, Object> dj = new LinkedHashMap<>();
                dj.put("cellFieldPpm", d.fieldOffset() * p.chi() * 1e6);
                dj.put("hostChiPpm", d.hostChi() * 1e6);
                dj.put("rfFactorRe", d.rfRe());
                dj.put("rfFactorIm", d.rfIm());
                dj.put("particleAxialDemagnetizingFactor", d.particle().nzz());
                dj.put("scenarioPacking", d.packing());
                dj.put("scenarioNucleiMol", d.nuclei() / org.metalnmr.core.constants.PhysicalConstants.AVOGADRO);
                if (d.sample() != null) {
                    dj.put("sampledWhiskers", d.sample().size());
                }
                m.put(e.getKey(), dj);
            });
        }
        return m;
    }

    static Map<String, Object> morphologyJson(MorphologyFit best, MorphologyReport derived, List<MorphologyFit> compared, List<String> notes) {
        MorphologyModel model = best.model();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cell", model.settings().cell().label());
        m.put("cellTiltDeg", model.settings().cell().tiltDeg());
        m.put("nucleus", model.settings().nucleus());
        m.put("components", model.components().stream().map(MorphologyComponent::word).toList());
        m.put("whiskerOrientation", model.settings().whiskerOrientation().name());
        m.put("interpretation", derived.interpretation());
        if (model.settings().physics() != null) {
            m.put("cellPhysics", cellPhysicsJson(model.settings().physics()));
        }
        Map<String, Object> q = new LinkedHashMap<>();
        derived.quantities().forEach((name, e) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("value", e.value());
            v.put("stderr", number(e.stderr()));
            q.put(name, v);
        });
        m.put("derived", q);
        m.put("notes", notes);
        if (!compared.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MorphologyFit f : compared) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("cell", f.model().settings().cell().label());
                row.put("reducedChiSquare", number(f.result().reducedChiSquare()));
                row.put("aic", number(f.result().aic()));
                row.put("bic", number(f.result().bic()));
                row.put("converged", f.result().converged());
                row.put("interpretation", MorphologyReport.of(f.model(), f.result(), Double.NaN).interpretation());
                rows.add(row);
            }
            m.put("cellComparison", rows);
            m.put("preferredCell", model.settings().cell().label());
        }
        return m;
    }

    /**
     * Column-name suffix of the intensities in fit.csv, as spectrum.csv's {@code real_mol_per_ppm}: arbitrary units, those of
     * the input spectrum ({@link #INTENSITY_UNIT}).
     */
    static final String CSV_INTENSITY_SUFFIX = "_au";

    /**
     * Columns {@code ppm}, {@code data_au}, {@code model_au}, {@code residual_au}, then each component {@code NAME_au}: the unit
     * in the column name, as in spectrum.csv and series.csv.
     */
    static String csv(FitResult r) {
        double[] ppm = r.ppm();
        double[] data = r.data();
        double[] model = r.model();
        Map<String, double[]> comps = r.components();
        String u = CSV_INTENSITY_SUFFIX;
        StringBuilder sb = new StringBuilder("ppm,data" + u + ",model" + u + ",residual" + u);
        for (String c : comps.keySet()) {
            sb.append(',').append(c.replace(',', ' ')).append(u);
        }
        sb.append('\n');
        for (int i = 0; i < ppm.length; i++) {
            sb.append(String.format(Locale.ROOT, "%.8f,%.10g,%.10g,%.10g", ppm[i], data[i], model[i], data[i] - model[i]));
            for (double[] c : comps.values()) {
                sb.append(String.format(Locale.ROOT, ",%.10g", c[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Unit of the intensities of a fitted spectrum: those of the input, arbitrary for spectrometer data. */
    static final String INTENSITY_UNIT = "a.u.";

    /**
     * Data, fit and components above, residual below (same ppm range, ppm decreasing to the right, the NMR
     * convention), intensities in the input's units.
     *
     * @param r     the fit
     * @param title what was fitted (the spectrum's label)
     * @return the figure; {@code figure(r, t).write(dir.resolve("fit.svg"))} writes fit.svg and fit.png
     */
    static Figure figure(FitResult r, String title) {
        double[] x = r.ppm();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        String chi = String.format(Locale.ROOT, r.reducedChiSquare() >= 100 ? "%.0f" : "%.3g", r.reducedChiSquare());
        LinePlot top = LinePlot.of(title + ": " + r.modelName() + " fit, reduced chi-square " + chi, "shift [ppm]",
                        "intensity [" + INTENSITY_UNIT + "]").withReversedX(true).withXRange(lo, hi)
                .withSeries(PlotSeries.solid("data", x, r.data()))
                .withSeries(PlotSeries.solid("fit", x, r.model()));
        for (Map.Entry<String, double[]> c : r.components().entrySet()) {
            top = top.withSeries(PlotSeries.dashed(c.getKey(), x, c.getValue()));
        }
        LinePlot bottom = LinePlot.of("residual (data - fit)", "shift [ppm]", "residual [" + INTENSITY_UNIT + "]")
                .withReversedX(true).withXRange(lo, hi)
                .withSeries(PlotSeries.solid("residual", x, r.residual()));
        return Figure.page(900, 680).with(top, new Rectangle2D.Double(0, 0, 900, 440)).with(bottom, new Rectangle2D.Double(0, 440, 900, 240));
    }

    /** @return the SVG of {@link #figure} */
    static String svg(FitResult r, String title) {
        return figure(r, title).toSvg();
    }

    /**
     * The unit of a fit parameter, read from its name as the models write it (docs/fitting.md): a trailing
     * {@code Ppm} or {@code Deg} before an optional line number, {@code VarPpm2} (a Gaussian variance); amounts and areas are in the
     * data's units times ppm; line-shape mixing (eta) and packing fractions are dimensionless; {@code baseline0}
     * is in the data's units and {@code baseline1} in the data's units per ppm.
     *
     * @param name a parameter name, e.g. centerPpm1, phaseDeg, area2, foilGaussVarPpm2
     * @return its unit ("1" for dimensionless, "" when the name does not say)
     */
    static String unit(String name) {
        if (name.contains("VarPpm2")) {
            return "ppm^2";
        }
        String base = name.replaceAll("\\d+$", "");
        if (base.endsWith("Ppm")) {
            return "ppm";
        }
        if (base.endsWith("Deg")) {
            return "deg";
        }
        if (base.equals("area") || base.endsWith("Amount") || base.equals("amount")) {
            return INTENSITY_UNIT + " ppm";
        }
        if (base.equals("eta") || base.endsWith("Packing") || base.endsWith("Fraction")) {
            return "1";
        }
        if (name.equals("baseline0")) {
            return INTENSITY_UNIT;
        }
        if (name.equals("baseline1")) {
            return INTENSITY_UNIT + "/ppm";
        }
        return "";
    }

    /**
     * @param r the fit
     * @return the names of the parameters that ended at a bound (from the fitter's warnings)
     */
    static java.util.Set<String> atBound(FitResult r) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String w : r.warnings()) {
            int i = w.indexOf(" = ");
            if (i > 0 && w.contains(" is at its bound")) {
                names.add(w.substring(0, i));
            }
        }
        return names;
    }

    /**
     * The human output of {@code fit}: one row per free parameter (name, value, standard error, unit, whether it
     * is at a bound), then the reduced chi-square, convergence and the warnings. Values are rounded to the second
     * significant digit of their standard error.
     *
     * @param r        the fit
     * @param label    the spectrum's label
     * @param notes    model notes (morphology) printed with the warnings
     * @param errorsScaled whether the errors were scaled by the root of the reduced chi-square (--scale-errors)
     * @return the table, lines ending in a newline
     */
    static String table(FitResult r, String label, List<String> notes, boolean errorsScaled) {
        java.util.Set<String> bound = atBound(r);
        StringBuilder sb = new StringBuilder();
        sb.append("fit of ").append(label).append(" with ").append(r.modelName()).append('\n');
        int w = Math.max(9, r.parameterNames().stream().mapToInt(String::length).max().orElse(0));
        String row = "  %-" + w + "s  %14s  %11s  %-9s  %s%n";
        sb.append(String.format(Locale.ROOT, row, "parameter", "value", "std. error", "unit", "at bound"));
        for (Map.Entry<String, org.metalnmr.spectra.fit.ParameterEstimate> e : r.parameters().entrySet()) {
            double v = e.getValue().value();
            double se = e.getValue().stderr();
            String[] vs = rounded(v, se);
            String u = unit(e.getKey());
            sb.append(String.format(Locale.ROOT, row, e.getKey(), vs[0], vs[1], u.isEmpty() ? "-" : u, bound.contains(e.getKey()) ? "yes" : ""));
        }
        if (!r.fixedParameters().isEmpty()) {
            StringBuilder f = new StringBuilder();
            r.fixedParameters().forEach((k, v) -> f.append(f.length() == 0 ? "" : ", ").append(k).append(" = ")
                    .append(String.format(Locale.ROOT, "%.6g", v)));
            sb.append("  fixed: ").append(f).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "reduced chi-square %.4g (%d degrees of freedom; noise sigma %.4g %s, %s)%s%n",
                r.reducedChiSquare(), r.degreesOfFreedom(), r.noiseSigma(), INTENSITY_UNIT, r.noiseSource(),
                r.converged() ? "" : "; NOT CONVERGED"));
        sb.append(errorsScaled ? "standard errors scaled by the root of the reduced chi-square\n"
                : r.reducedChiSquare() > POOR_FIT_REDUCED_CHI_SQUARE && notes.stream().noneMatch(n -> n.contains("too small"))
                ? String.format(Locale.ROOT, "standard errors are from the noise alone: the model misses the data by more, so they are"
                        + " about %.0fx too small (--scale-errors scales them)%n", Math.sqrt(r.reducedChiSquare()))
                : "");
        List<String> all = new ArrayList<>(r.warnings());
        all.addAll(notes);
        if (all.isEmpty()) {
            sb.append("warnings: none\n");
        } else {
            sb.append("warnings:\n");
            for (String s : all) {
                sb.append("  - ").append(s).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * @param v  a value
     * @param se its standard error
     * @return {value, error} as text: the value rounded to the second significant digit of the error (to six
     *         significant digits when the error is zero or not finite)
     */
    static String[] rounded(double v, double se) {
        if (!(se > 0) || !Double.isFinite(se)) {
            return new String[] {String.format(Locale.ROOT, "%.6g", v), Double.isFinite(se) ? String.format(Locale.ROOT, "%.2g", se) : "inf"};
        }
        int d = 1 - (int) Math.floor(Math.log10(se));
        double mag = Math.max(Math.abs(v), se);
        if (d >= 0 && d <= 8 && mag < 1e7) {
            return new String[] {String.format(Locale.ROOT, "%." + d + "f", v), String.format(Locale.ROOT, "%." + d + "f", se)};
        }
        int e = (int) Math.floor(Math.log10(mag));
        int es = (int) Math.floor(Math.log10(se));
        int md = Math.max(0, e - es + 1);
        return new String[] {String.format(Locale.ROOT, "%." + md + "fe%d", v / Math.pow(10, e), e),
            String.format(Locale.ROOT, "%.1fe%d", se / Math.pow(10, es), es)};
    }

    static double[] negated(double[] v) {
        double[] n = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i];
        }
        return n;
    }
}
