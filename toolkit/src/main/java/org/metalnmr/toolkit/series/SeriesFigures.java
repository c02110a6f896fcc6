package org.metalnmr.toolkit.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.plot.ContourPlot;
import org.metalnmr.spectra.plot.Drawing;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.spectra.plot.StackPlot;

/**
 * The figures of an operando series, each an SVG document with the same drawing as a PNG: the ppm x time colour map with the
 * cell voltage beside it on the same time axis (placed by timestamps) and the charge passed when the current is known; the
 * spectra stacked and labelled by their time; the fitted parameters against time with error bars and axis labels with units;
 * the reduced chi-square against time. Times are hours from the first spectrum (its acquisition time; the index when the data
 * carry no time).
 */
public final class SeriesFigures {

    private static final Pattern SUFFIX = Pattern.compile("^(.*?)(\\d+|Bulk|Micro)$");

    private SeriesFigures() {
    }

    /**
     * @param spectra the series
     * @return hours from the first spectrum's acquisition, or the index when any spectrum has no time
     */
    public static double[] hours(List<LabelledSpectrum> spectra) {
        double[] h = new double[spectra.size()];
        boolean timed = spectra.stream().allMatch(s -> s.spectrum().acquisitionTimeSeconds().isPresent());
        double t0 = timed && !spectra.isEmpty() ? spectra.get(0).spectrum().acquisitionTimeSeconds().getAsDouble() : 0;
        for (int i = 0; i < h.length; i++) {
            h[i] = timed ? (spectra.get(i).spectrum().acquisitionTimeSeconds().getAsDouble() - t0) / 3600 : i;
        }
        return h;
    }

    private static boolean timed(List<LabelledSpectrum> spectra) {
        return spectra.stream().allMatch(s -> s.spectrum().acquisitionTimeSeconds().isPresent());
    }

    /**
     * The ppm x time map of the real parts within a ppm range, with the cell voltage beside it.
     *
     * @param spectra   the series (one ppm axis; others are interpolated onto the first's)
     * @param loPpm     range start [ppm] (NaN: whole spectrum)
     * @param hiPpm     range end [ppm] (NaN: whole spectrum)
     * @param cycler    the voltage trace on the series' clock, or null
     * @param currentMa the constant cell current [mA] for a charge axis, or NaN
     * @return the figure
     */
    public static Figure contour(List<LabelledSpectrum> spectra, double loPpm, double hiPpm, CyclerTrace cycler, double currentMa) {
        Spectrum first = spectra.get(0).spectrum();
        double[] ppmAll = first.axis().ppmValues();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < ppmAll.length; i++) {
            if ((Double.isNaN(loPpm) || ppmAll[i] >= Math.min(loPpm, hiPpm)) && (Double.isNaN(hiPpm) || ppmAll[i] <= Math.max(loPpm, hiPpm))) {
                keep.add(i);
            }
        }
        double[] ppm = keep.stream().mapToDouble(i -> ppmAll[i]).toArray();
        double[][] z = new double[spectra.size()][ppm.length];
        for (int s = 0; s < spectra.size(); s++) {
            Spectrum sp = spectra.get(s).spectrum();
            double[] re = sp.real();
            for (int k = 0; k < ppm.length; k++) {
                double idx = sp.axis().index(ppm[k]);
                int i0 = (int) Math.floor(idx);
                double a = idx - i0;
                z[s][k] = i0 < 0 || i0 + 1 >= re.length ? Double.NaN : (1 - a) * re[i0] + a * re[i0 + 1];
            }
        }
        double[] h = hours(spectra);
        String clock = timed(spectra) ? "" : " (no acquisition times: spectrum index)";
        ContourPlot c = ContourPlot.of("Operando series: real part against shift and time" + clock, ppm, h, z);
        if (cycler != null) {
            c = c.withSideTrace("cell voltage [V]", cycler.volts(), cycler.hours());
        }
        if (!Double.isNaN(currentMa)) {
            // Q = I t_cycler: on the series' clock t_cycler = t - offset
            c = c.withSecondTimeAxis(String.format(Locale.ROOT, "charge passed at %.3g mA [mAh]", currentMa), currentMa,
                    cycler == null ? 0 : -currentMa * cycler.offsetS() / 3600);
        }
        return Figure.of(1000, 720, c);
    }

    /**
     * Up to {@code count} spectra spread evenly over the series, stacked upwards and labelled by their time, with their fits
     * where the rows have them.
     *
     * @param spectra the series
     * @param rows    the fitted rows (or an empty list), in input order
     * @param loPpm   range start [ppm] (NaN: whole spectrum)
     * @param hiPpm   range end [ppm]
     * @param count   how many spectra
     * @return the figure
     */
    public static Figure stack(List<LabelledSpectrum> spectra, List<SeriesRow> rows, double loPpm, double hiPpm, int count) {
        double[] h = hours(spectra);
        boolean timed = timed(spectra);
        StackPlot p = StackPlot.of("Spectra of the series, offset upwards in time" + (rows.isEmpty() ? "" : " (dashed: fits)"),
                "intensity (real part), offset");
        int n = spectra.size();
        int shown = Math.min(count, n);
        for (int k = 0; k < shown; k++) {
            int i = shown == 1 ? 0 : (int) Math.round((double) k * (n - 1) / (shown - 1));
            Spectrum s = spectra.get(i).spectrum();
            double[] ppmAll = s.axis().ppmValues();
            double[] re = s.real();
            List<Integer> keep = new ArrayList<>();
            for (int j = 0; j < ppmAll.length; j++) {
                if ((Double.isNaN(loPpm) || ppmAll[j] >= Math.min(loPpm, hiPpm)) && (Double.isNaN(hiPpm) || ppmAll[j] <= Math.max(loPpm, hiPpm))) {
                    keep.add(j);
                }
            }
            double[] x = keep.stream().mapToDouble(j -> ppmAll[j]).toArray();
            double[] y = keep.stream().mapToDouble(j -> re[j]).toArray();
            double[] fit = null;
            if (i < rows.size() && rows.get(i).result().isPresent()) {
                var r = rows.get(i).result().get();
                double[] rp = r.ppm();
                double[] rm = r.model();
                fit = new double[x.length];
                for (int j = 0; j < x.length; j++) {
                    fit[j] = Double.NaN;
                }
                for (int j = 0, q = 0; j < rp.length; j++) {
                    while (q < x.length && Math.abs(x[q] - rp[j]) > 1e-9 && (x[q] - rp[j]) * (x[0] < x[x.length - 1] ? 1 : -1) < 0) {
                        q++;
                    }
                    if (q < x.length && Math.abs(x[q] - rp[j]) <= 1e-9) {
                        fit[q] = rm[j];
                    }
                }
            }
            String label = timed ? String.format(Locale.ROOT, "%.1f h", h[i]) : spectra.get(i).label();
            p = p.withTrace(new StackPlot.Trace(label, x, y, fit));
        }
        return Figure.of(900, 900, p);
    }

    /**
     * The parameters against time (one panel per kind of parameter, lines together, with +-1 standard error bars; values
     * held in a fit, e.g. an absent line's position, hollow), the
     * derived quantities, the reduced chi-square (log scale, the threshold 2 dashed) and the cell voltage on the same clock.
     *
     * @param rows   the rows, in input order
     * @param cycler the voltage on the series' clock, or null
     * @return the figure
     */
    public static Figure trends(List<SeriesRow> rows, CyclerTrace cycler) {
        boolean timed = rows.stream().allMatch(r -> Double.isFinite(r.timeS()));
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = timed ? rows.get(i).hours() : i;
        }
        String xLabel = timed ? "time from the first spectrum [h]" : "spectrum index";
        Map<String, LinePlot> panels = new LinkedHashMap<>();
        double x0 = java.util.Arrays.stream(x).filter(Double::isFinite).min().orElse(0);
        double x1 = java.util.Arrays.stream(x).filter(Double::isFinite).max().orElse(1);
        // every panel on the same clock: the series' time span (the cycler may have started later or run shorter)
        double pad = x1 > x0 ? 0.02 * (x1 - x0) : 0.5;
        if (!rows.isEmpty()) {
            List<String> names = new ArrayList<>(rows.get(0).values().keySet());
            names.addAll(rows.get(0).derived().keySet());
            for (String n : names) {
                if (n.endsWith("Detected")) {
                    continue; // a 0/1 flag: in series.csv, not worth a panel
                }
                Matcher m = SUFFIX.matcher(n);
                String kind = m.matches() && !m.group(1).isEmpty() ? m.group(1) : n;
                String which = m.matches() && !m.group(1).isEmpty() ? lineName(m.group(2)) : n;
                double[] y = new double[rows.size()];
                double[] e = new double[rows.size()];
                for (int i = 0; i < y.length; i++) {
                    RowValue v = rows.get(i).get(n);
                    y[i] = v.value();
                    // held values (NaN error) get no bar; so do undetermined ones
                    e[i] = v.stderr();
                }
                LinePlot p = panels.getOrDefault(kind, LinePlot.of(title(kind), xLabel, axisLabel(kind)).withXRange(x0 - pad, x1 + pad));
                panels.put(kind, p.withSeries(PlotSeries.solid(which, x, y).withErrors(e)));
            }
            double[] chi2 = rows.stream().mapToDouble(r -> r.quality().reducedChiSquare()).toArray();
            panels.put("reducedChiSquare", LinePlot.of("Goodness of fit: reduced chi-square (dashed: 2; above it the noise-only errors are"
                            + " too small)", xLabel, "reduced chi-square [1]").withLogY(true).withXRange(x0 - pad, x1 + pad)
                    .withSeries(PlotSeries.solid("reduced chi-square", x, chi2).withMarkers(true))
                    .withSeries(PlotSeries.dashed("2", new double[] {x0 - pad, x1 + pad},
                            new double[] {FitQuality.POOR_REDUCED_CHI_SQUARE, FitQuality.POOR_REDUCED_CHI_SQUARE})));
        }
        List<Drawing> list = new ArrayList<>(panels.values());
        if (cycler != null) {
            list.add(LinePlot.of("Cell voltage on the same clock (placed by timestamps)", xLabel, "cell voltage [V]")
                    .withXRange(x0 - pad, x1 + pad).withSeries(PlotSeries.solid("Ewe", cycler.hours(), cycler.volts())));
        }
        if (list.isEmpty()) {
            list.add(LinePlot.of("no rows", xLabel, ""));
        }
        return Figure.column(950, 250, list);
    }

    private static String lineName(String suffix) {
        return switch (suffix) {
            case "Bulk" -> "bulk line";
            case "Micro" -> "microstructure line";
            default -> "line " + suffix;
        };
    }

    private static String title(String kind) {
        return switch (kind) {
            case "centerPpm" -> "Line positions";
            case "hwhmPpm" -> "Line widths";
            case "eta" -> "Lorentzian fractions";
            case "area" -> "Line areas";
            case "phaseDeg" -> "Zero-order phase";
            case "microstructureFraction" -> "Microstructure share of the metal signal";
            case "microstructureDetected" -> "Microstructure line detected (area above 3 standard errors)";
            default -> kind;
        };
    }

    /**
     * @param name a parameter or quantity name (its line suffix removed)
     * @return an axis label with the unit
     */
    static String axisLabel(String name) {
        return switch (name) {
            case "centerPpm" -> "line position [ppm]";
            case "hwhmPpm" -> "half width at half maximum [ppm]";
            case "eta" -> "Lorentzian fraction eta [1]";
            case "area" -> "area [data units x ppm]";
            case "phaseDeg" -> "phase [deg]";
            case "baseline0" -> "baseline offset [data units]";
            case "baseline1" -> "baseline slope [data units/ppm]";
            case "microstructureFraction" -> "microstructure fraction [1]";
            case "microstructureDetected" -> "detected [0 or 1]";
            default -> generic(name);
        };
    }

    private static String generic(String name) {
        String[][] units = {{"Ppm2", "ppm^2"}, {"Ppm", "ppm"}, {"Deg", "deg"}, {"Mol", "mol"}, {"Mah", "mAh"}, {"Hz", "Hz"}, {"M", "m"}};
        for (String[] u : units) {
            if (name.endsWith(u[0]) && name.length() > u[0].length()) {
                return words(name.substring(0, name.length() - u[0].length())) + " [" + u[1] + "]";
            }
        }
        return words(name) + " [as in series.csv]";
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
