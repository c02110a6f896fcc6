package org.metalnmr.toolkit.cli;

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
import org.metalnmr.spectra.plot.SvgFigure;
import org.metalnmr.toolkit.morphology.MorphologyComponent;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyParameter;
import org.metalnmr.toolkit.morphology.MorphologyReport;

/** What {@code fit} and {@code fit-series} write: JSON maps, CSV text and SVG figures of fit results. */
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
        Map<String, Object> params = new LinkedHashMap<>();
        r.parameters().forEach((name, e) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("value", e.value());
            p.put("stderr", number(e.stderr()));
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
    static Map<String, Object> morphologyJson(MorphologyFit best, MorphologyReport derived, List<MorphologyFit> compared, List<String> notes) {
        MorphologyModel model = best.model();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cell", model.settings().cell().label());
        m.put("cellTiltDeg", model.settings().cell().tiltDeg());
        m.put("nucleus", model.settings().nucleus());
        m.put("components", model.components().stream().map(MorphologyComponent::word).toList());
        m.put("whiskerOrientation", model.settings().whiskerOrientation().name());
        m.put("interpretation", derived.interpretation());
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

    /** Columns ppm, data, model, residual, then each component. */
    static String csv(FitResult r) {
        double[] ppm = r.ppm();
        double[] data = r.data();
        double[] model = r.model();
        Map<String, double[]> comps = r.components();
        StringBuilder sb = new StringBuilder("ppm,data,model,residual");
        for (String c : comps.keySet()) {
            sb.append(',').append(c.replace(',', ' '));
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

    /** Data, fit and components above, residual below; ppm decreasing to the right (NMR convention). */
    static String svg(FitResult r, String title) {
        double[] x = negated(r.ppm());
        LinePlot top = LinePlot.of(title + " (" + r.modelName() + ", reduced chi2 "
                + String.format(Locale.ROOT, "%.3g", r.reducedChiSquare()) + ")", "-shift [ppm] (NMR axis: high ppm left)", "intensity")
                .withSeries(PlotSeries.solid("data", x, r.data()))
                .withSeries(PlotSeries.solid("fit", x, r.model()));
        for (Map.Entry<String, double[]> c : r.components().entrySet()) {
            top = top.withSeries(PlotSeries.dashed(c.getKey(), x, c.getValue()));
        }
        LinePlot bottom = LinePlot.of("residual (data - fit)", "-shift [ppm]", "intensity")
                .withSeries(PlotSeries.solid("residual", x, r.residual()));
        return SvgFigure.column(900, 360, List.of(top, bottom));
    }

    static double[] negated(double[] v) {
        double[] n = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i];
        }
        return n;
    }
}
