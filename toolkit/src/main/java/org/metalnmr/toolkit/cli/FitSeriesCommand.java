package org.metalnmr.toolkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.fit.FitParameter;
import org.metalnmr.core.fit.FitResult;
import org.metalnmr.core.fit.SpectrumFitter;
import org.metalnmr.core.fit.SpectrumModel;
import org.metalnmr.core.fit.StartingValues;
import org.metalnmr.core.io.LabelledSpectrum;
import org.metalnmr.core.io.ReadOptions;
import org.metalnmr.core.io.SpectrumReaders;
import org.metalnmr.core.output.AtomicFiles;
import org.metalnmr.core.plot.LinePlot;
import org.metalnmr.core.plot.PlotSeries;
import org.metalnmr.core.plot.SvgFigure;
import org.metalnmr.core.spectrum.Spectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr fit-series}: fits an operando series in order, each fit started from the
 * previous result (a fit that does not converge from there is repeated from the model's own
 * initial values and the better kept). Each row of {@code series.csv} is appended and flushed as
 * soon as its fit ends, so an interrupted run keeps what it did and {@code --resume} continues
 * after the last complete row. The chain is sequential (each fit needs the previous one).
 */
@Command(name = "fit-series", mixinStandardHelpOptions = true,
        description = "Fits a series of spectra (files, a Bruker folder of experiment numbers, or a pseudo-2D ser), each started"
                + " from the last; writes series.csv, series.svg (parameters against time) and stack.svg into --out.")
final class FitSeriesCommand implements Callable<Integer> {

    private static final int STACKED = 12;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "spectra: files, experiment folders, a folder of experiments, zips")
    List<Path> inputs;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "peaks:N or a JSON model file")
    String model;

    @Option(names = "--range-ppm", paramLabel = "LO:HI", description = "fit range [ppm] (default: the whole spectrum)")
    String range;

    @Option(names = "--noise-ppm", paramLabel = "LO:HI", description = "a signal-free region for the noise sigma [ppm] (default: automatic)")
    String noise;

    @Option(names = "--baseline", description = "peaks:N: add a linear baseline (baseline0, baseline1)")
    boolean baseline;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--resume", description = "continue an interrupted run: keep the rows of DIR/series.csv and fit the rest")
    boolean resume;

    @Option(names = "--cycler", paramLabel = "FILE",
            description = "cycler file (two columns: time [s], cell voltage [V]; header lines skipped) drawn under the trends")
    Path cycler;

    @Option(names = "--json", description = "print one JSON summary object")
    boolean json;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        double[] r = range == null ? null : FitReports.parseRange(range, "--range-ppm");
        List<LabelledSpectrum> all = SpectrumReaders.readAll(inputs, ReadOptions.DEFAULT);
        SpectrumFitter fitter = FitCommand.configure(r, noise, 1, 1);
        SpectrumModel model0 = FitCommand.resolveModel(model, all.get(0).spectrum(), r, baseline);
        List<String> names = model0.parameters().stream().map(FitParameter::name).toList();
        List<String> header = new ArrayList<>(List.of("input", "timeS"));
        for (String n : names) {
            header.add(n);
            header.add(n + "_stderr");
        }
        Files.createDirectories(out);
        Path csv = out.resolve("series.csv");
        List<String[]> rows = new ArrayList<>();
        if (Files.exists(csv)) {
            if (!resume) {
                throw new InvalidInputException(CoreMessage.FILE_UNWRITABLE, csv, "it exists; use --resume to continue it or another --out");
            }
            rows = readRows(csv, header);
            // drop any partial last line left by an interruption
            StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
            for (String[] row : rows) {
                sb.append(String.join(",", row)).append('\n');
            }
            AtomicFiles.writeString(csv, sb.toString());
        } else {
            AtomicFiles.writeString(csv, String.join(",", header) + "\n");
        }
        Set<String> done = new HashSet<>();
        for (String[] row : rows) {
            done.add(row[0]);
        }
        SpectrumModel current = model0;
        if (!rows.isEmpty()) {
            String[] last = rows.get(rows.size() - 1);
            double[] v = new double[names.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = Double.parseDouble(last[2 + 2 * j]);
            }
            current = StartingValues.startAt(model0, v);
        }
        double t0 = all.get(0).spectrum().acquisitionTimeSeconds().orElse(Double.NaN);
        PrintWriter err = spec.commandLine().getErr();
        int stride = Math.max(1, all.size() / STACKED);
        Map<Integer, FitResult> stacked = new LinkedHashMap<>();
        int fitted = 0;
        int notConverged = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (int i = 0; i < all.size(); i++) {
                LabelledSpectrum ls = all.get(i);
                String label = ls.label().replace(',', ';');
                if (done.contains(label)) {
                    continue;
                }
                Spectrum s = ls.spectrum();
                FitResult result = fitter.fit(s, current);
                if (!result.converged()) {
                    FitResult fresh = fitter.fit(s, FitCommand.resolveModel(model, s, r, baseline));
                    if (fresh.chiSquare() < result.chiSquare()) {
                        result = fresh;
                    }
                }
                if (!result.converged()) {
                    notConverged++;
                }
                double t = s.acquisitionTimeSeconds().orElse(Double.NaN) - t0;
                StringBuilder row = new StringBuilder(label).append(',').append(Double.isFinite(t) ? format(t) : "");
                for (String n : names) {
                    row.append(',').append(format(result.value(n))).append(',');
                    double se = result.stderr(n);
                    row.append(Double.isFinite(se) ? format(se) : "");
                }
                w.write(row.append('\n').toString());
                w.flush();
                fitted++;
                if (i % stride == 0) {
                    stacked.put(i, result);
                }
                current = StartingValues.startAt(model0, result);
                err.printf(Locale.ROOT, "fit-series: %d/%d %s reduced chi2 %.3g%s%n", i + 1, all.size(), label, result.reducedChiSquare(),
                        result.converged() ? "" : " (not converged)");
                err.flush();
            }
        }
        List<String[]> finalRows = readRows(csv, header);
        SvgFigure.write(out.resolve("series.svg"), trends(finalRows, names));
        if (!stacked.isEmpty()) {
            SvgFigure.write(out.resolve("stack.svg"), stack(stacked, all));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("spectra", all.size());
        summary.put("fitted", fitted);
        summary.put("resumedRows", rows.size());
        summary.put("notConverged", notConverged);
        summary.put("model", model0.name());
        summary.put("parameters", names);
        summary.put("seriesCsv", csv.toString());
        summary.put("seconds", (System.nanoTime() - start) * 1e-9);
        JsonOutput.print(spec.commandLine().getOut(), json, summary);
        return 0;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }

    /** Complete rows of an existing series.csv with the expected header. */
    private static List<String[]> readRows(Path csv, List<String> header) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(String.join(",", header))) {
            throw new InvalidInputException(CoreMessage.FILE_MALFORMED, csv, "its header does not match the model's parameters "
                    + header + "; resume only with the same model and options");
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length == header.size() && !f[2].isEmpty()) {
                rows.add(f);
            }
        }
        return rows;
    }

    /** One panel per parameter kind (the name without its line number), against time in hours or the index. */
    private String trends(List<String[]> rows, List<String> names) throws IOException {
        boolean timed = !rows.isEmpty() && rows.stream().allMatch(row -> !row[1].isEmpty());
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = timed ? Double.parseDouble(rows.get(i)[1]) / 3600 : i;
        }
        String xLabel = timed ? "time from the first spectrum [h]" : "spectrum index";
        Map<String, LinePlot> panels = new LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) {
            String kind = names.get(j).replaceAll("\\d+$", "");
            double[] y = new double[rows.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = Double.parseDouble(rows.get(i)[2 + 2 * j]);
            }
            LinePlot p = panels.getOrDefault(kind, LinePlot.of(kind, xLabel, kind));
            panels.put(kind, p.withSeries(PlotSeries.solid(names.get(j), x, y)));
        }
        List<LinePlot> list = new ArrayList<>(panels.values());
        if (cycler != null) {
            double[][] v = readCycler(cycler);
            list.add(LinePlot.of("cell voltage (cycler time axis)", "cycler time [h]", "voltage [V]")
                    .withSeries(PlotSeries.solid("Ewe", v[0], v[1])));
        }
        return SvgFigure.column(900, 260, list);
    }

    private static double[][] readCycler(Path file) throws IOException {
        List<Double> t = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("[\\s,;]+");
            if (f.length < 2) {
                continue;
            }
            try {
                double a = Double.parseDouble(f[0]);
                double b = Double.parseDouble(f[1]);
                t.add(a / 3600);
                v.add(b);
            } catch (NumberFormatException e) {
                // a header line
            }
        }
        if (t.size() < 2) {
            throw new InvalidInputException(CoreMessage.FILE_MALFORMED, file, "no rows of two numbers (time [s], voltage [V]) found");
        }
        return new double[][] {t.stream().mapToDouble(Double::doubleValue).toArray(), v.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /** Up to 12 spectra of the series with their fits, offset upwards in time order. */
    private static String stack(Map<Integer, FitResult> results, List<LabelledSpectrum> all) {
        double span = 0;
        for (FitResult f : results.values()) {
            for (double v : f.data()) {
                span = Math.max(span, Math.abs(v));
            }
        }
        LinePlot p = LinePlot.of("spectra (solid) and fits (dashed), offset in series order", "-shift [ppm] (high ppm left)", "intensity");
        int k = 0;
        for (Map.Entry<Integer, FitResult> e : results.entrySet()) {
            FitResult f = e.getValue();
            double off = 0.6 * span * k++;
            double[] d = f.data();
            double[] m = f.model();
            for (int i = 0; i < d.length; i++) {
                d[i] += off;
                m[i] += off;
            }
            double[] x = FitReports.negated(f.ppm());
            String label = all.get(e.getKey()).label();
            p = p.withSeries(PlotSeries.solid(label, x, d)).withSeries(PlotSeries.dashed(label + " fit", x, m));
        }
        return SvgFigure.column(900, 900, List.of(p));
    }
}
