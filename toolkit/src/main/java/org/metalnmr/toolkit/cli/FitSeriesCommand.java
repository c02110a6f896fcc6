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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.fit.StartingValues;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.spectra.plot.SvgFigure;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr fit-series}: fits an operando series, each fit started from the previous result (a fit
 * that does not converge from there is repeated from a fresh guess and the better kept), on all cores:
 * the first spectrum to fit continues the chain (from the last row of a resumed run, else from its own
 * guess); the rest is split into contiguous chunks, one chain per thread, each started from that first fit
 * (a chunk's first spectrum is also fitted from a fresh guess and the better kept). Rows of
 * {@code series.csv} are appended and flushed in input order as soon as all earlier rows are written, so an
 * interrupted run keeps a complete prefix and {@code --resume} continues after its last row. With
 * {@code --threads 1} it is one chain through the series.
 */
@Command(name = "fit-series", mixinStandardHelpOptions = true,
        description = "Fits a series of spectra (files, a Bruker folder of experiment numbers, or a pseudo-2D ser), each started"
                + " from the last; writes series.csv, series.svg (parameters against time), stack.svg and fit.json (the last spectrum's"
                + " full report) into --out.")
final class FitSeriesCommand implements Callable<Integer> {

    private static final int STACKED = 12;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "spectra: files, experiment folders, a folder of experiments, zips")
    List<Path> inputs;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "peaks:N, a JSON model file or morphology (with --cell A|B|DEG)")
    String model;

    @Mixin
    FitRangeOptions fitRange;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--resume", description = "continue an interrupted run: keep the rows of DIR/series.csv and fit the rest")
    boolean resume;

    @Option(names = "--cycler", paramLabel = "FILE",
            description = "cycler file (two columns: time [s], cell voltage [V]; header lines skipped) drawn under the trends")
    Path cycler;

    @Option(names = "--json", description = "print one JSON summary object")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "parallel chains (default 0: all processors); 1 gives one chain through the whole series")
    int threads;

    @Mixin
    MorphologyOptions morphology;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        double[] r = fitRange.rangePpm();
        if (threads < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "--threads", "[count; 0 = all processors]", threads);
        }
        List<LabelledSpectrum> all = SpectrumReaders.readAll(inputs, ReadOptions.DEFAULT);
        SpectrumFitter fitter = FitCommand.configure(r, fitRange.noise, 1, 1, model).withErrorsScaledByReducedChiSquare(fitRange.scaleErrors);
        SpectrumModel model0 = FitCommand.resolveModel(model, all.get(0).spectrum(), r, fitRange.baseline, morphology);
        List<String> names = model0.parameters().stream().map(FitParameter::name).toList();
        // morphology: what the fit means (fractions, line positions, widths, amounts) after the parameters, each with its error
        List<String> derived = model0 instanceof MorphologyModel mm0 ? MorphologyReport.quantityNames(mm0, morphology.integralPerMol())
                : List.of();
        List<String> columns = new ArrayList<>(names);
        columns.addAll(derived);
        List<String> header = new ArrayList<>(List.of("input", "timeS"));
        for (String n : columns) {
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
        double[] anchor = null;
        if (!rows.isEmpty()) {
            String[] last = rows.get(rows.size() - 1);
            anchor = new double[names.size()];
            for (int j = 0; j < anchor.length; j++) {
                anchor[j] = Double.parseDouble(last[2 + 2 * j]);
            }
        }
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!done.contains(label(all.get(i)))) {
                todo.add(i);
            }
        }
        double t0 = all.get(0).spectrum().acquisitionTimeSeconds().orElse(Double.NaN);
        int stride = Math.max(1, all.size() / STACKED);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        SeriesRun run = new SeriesRun(all, todo, fitter, names, derived, t0, stride, spec.commandLine().getErr());
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            run.writer = w;
            if (!todo.isEmpty()) {
                // the first spectrum to fit continues the chain (from the last row when resuming, else from its own guess)
                SpectrumModel first = anchor == null ? model0 : StartingValues.startAt(model0, anchor);
                FitResult head = run.fitChained(todo.get(0), first, model0, null);
                run.record(0, head, model0);
                double[] headValues = values(head, names);
                List<int[]> chunks = chunks(todo.size() - 1, workers);
                if (chunks.size() <= 1) {
                    runChunk(run, 1, todo.size(), headValues, false);
                } else {
                    ExecutorService pool = Executors.newFixedThreadPool(chunks.size());
                    try {
                        List<Future<?>> futures = new ArrayList<>();
                        for (int c = 0; c < chunks.size(); c++) {
                            int[] ch = chunks.get(c);
                            boolean fresh = c > 0;
                            futures.add(pool.submit(() -> {
                                runChunk(run, 1 + ch[0], 1 + ch[1], headValues, fresh);
                                return null;
                            }));
                        }
                        for (Future<?> f : futures) {
                            try {
                                f.get();
                            } catch (ExecutionException e) {
                                pool.shutdownNow();
                                if (e.getCause() instanceof RuntimeException re) {
                                    throw re;
                                }
                                throw new IOException(e.getCause());
                            } catch (InterruptedException e) {
                                pool.shutdownNow();
                                Thread.currentThread().interrupt();
                                throw new IOException("interrupted", e);
                            }
                        }
                    } finally {
                        pool.shutdown();
                    }
                }
            }
        }
        List<String[]> finalRows = readRows(csv, header);
        SvgFigure.write(out.resolve("series.svg"), trends(finalRows, columns));
        if (!run.stacked.isEmpty()) {
            SvgFigure.write(out.resolve("stack.svg"), stack(run.stacked, all));
        }
        Path fitJson = writeLastFit(run, finalRows, r);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("spectra", all.size());
        summary.put("fitted", run.fitted.get());
        summary.put("resumedRows", rows.size());
        summary.put("notConverged", run.notConverged.get());
        summary.put("model", model0.name());
        summary.put("parameters", names);
        summary.put("threads", Math.min(workers, Math.max(1, chunks(Math.max(0, todo.size() - 1), workers).size())));
        summary.put("seriesCsv", csv.toString());
        summary.put("fitJson", fitJson.toString());
        summary.put("seconds", (System.nanoTime() - start) * 1e-9);
        JsonOutput.print(spec.commandLine().getOut(), json, summary);
        return 0;
    }

    /**
     * Writes {@code fit.json} for the series' last spectrum in input order (the end state of an operando run): the same
     * report as {@code fit} (parameters with standard errors, statistics; for {@code morphology} what the metal is, with
     * uncertainties), plus where it stands in the series. When a resumed run fitted nothing new, the last spectrum is
     * fitted again from its row of series.csv.
     */
    private Path writeLastFit(SeriesRun run, List<String[]> rows, double[] range) {
        int last = run.all.size() - 1;
        LabelledSpectrum ls = run.all.get(last);
        FitResult result = run.lastResult;
        SpectrumModel chainModel = run.lastModel;
        if (result == null) {
            chainModel = FitCommand.resolveModel(model, ls.spectrum(), range, fitRange.baseline, morphology);
            String[] row = rows.stream().filter(f -> f[0].equals(label(ls))).findFirst().orElseThrow(
                    () -> new MetalNmrException(CoreMessage.FILE_MALFORMED, out.resolve("series.csv"), "no row for " + label(ls)));
            double[] v = new double[run.names.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = Double.parseDouble(row[2 + 2 * j]);
            }
            result = run.fitter.fit(ls.spectrum(), StartingValues.startAt(chainModel, v));
        }
        Map<String, Object> report = FitReports.json(result, ls.label(), ls.label(), range);
        if (chainModel instanceof MorphologyModel mm) {
            MorphologyReport derived = MorphologyReport.of(mm, result, morphology.integralPerMol());
            List<String> notes = FitReports.morphologyNotes(mm, result, fitRange.scaleErrors);
            report.put("morphology", FitReports.morphologyJson(new FitReports.MorphologyFit(mm, result), derived, List.of(), notes));
        }
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("spectra", run.all.size());
        where.put("reported", "the last spectrum in input order (" + ls.label() + "); every spectrum's parameters are in series.csv");
        report.put("series", where);
        Path file = out.resolve("fit.json");
        AtomicFiles.writeString(file, FitCommand.toJson(report));
        return file;
    }

    /**
     * Fits positions [from, to) of the to-do list as one chain. The first of a chunk other than the one that
     * continues the head is fitted both from the head's values and from a fresh guess, and the better kept.
     */
    private void runChunk(SeriesRun run, int from, int to, double[] headValues, boolean freshHead) {
        if (from >= to) {
            return;
        }
        // each chain has its own model instance (models are evaluated from one thread at a time)
        SpectrumModel base = FitCommand.resolveModel(model, run.all.get(run.todo.get(from)).spectrum(), fitRange.rangePpm(),
                fitRange.baseline, morphology);
        SpectrumModel current = StartingValues.startAt(base, headValues);
        for (int pos = from; pos < to; pos++) {
            FitResult result = run.fitChained(run.todo.get(pos), current, base, pos == from && freshHead ? base : null);
            run.record(pos, result, base);
            current = StartingValues.startAt(base, result);
        }
    }

    /** Splits n positions into at most k contiguous chunks of at least 4 (empty list for n = 0). */
    static List<int[]> chunks(int n, int k) {
        List<int[]> list = new ArrayList<>();
        if (n <= 0) {
            return list;
        }
        int count = Math.max(1, Math.min(k, n / 4));
        for (int c = 0; c < count; c++) {
            list.add(new int[] {(int) ((long) n * c / count), (int) ((long) n * (c + 1) / count)});
        }
        return list;
    }

    private static double[] values(FitResult r, List<String> names) {
        double[] v = new double[names.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = r.value(names.get(j));
        }
        return v;
    }

    private static String label(LabelledSpectrum ls) {
        return ls.label().replace(',', ';');
    }

    /**
     * The shared state of one run: fits, rows appended in input order as soon as all earlier ones are
     * written (a later chunk's rows wait in memory until then), progress, counters.
     */
    private final class SeriesRun {
        final List<LabelledSpectrum> all;
        final List<Integer> todo;
        final SpectrumFitter fitter;
        final List<String> names;
        final List<String> derived;
        final double t0;
        final int stride;
        final PrintWriter err;
        final Map<Integer, FitResult> stacked = java.util.Collections.synchronizedMap(new java.util.TreeMap<>());
        final AtomicInteger fitted = new AtomicInteger();
        final AtomicInteger notConverged = new AtomicInteger();
        final String[] pending;
        int next;
        BufferedWriter writer;
        volatile FitResult lastResult;
        volatile SpectrumModel lastModel;

        SeriesRun(List<LabelledSpectrum> all, List<Integer> todo, SpectrumFitter fitter, List<String> names, List<String> derived,
                  double t0, int stride, PrintWriter err) {
            this.all = all;
            this.todo = todo;
            this.fitter = fitter;
            this.names = names;
            this.derived = derived;
            this.t0 = t0;
            this.stride = stride;
            this.err = err;
            this.pending = new String[todo.size()];
        }

        /**
         * Fits spectrum i from a started model; when that does not converge, or when {@code alsoFresh} is given,
         * also from a fresh guess, keeping the lower chi-square.
         */
        FitResult fitChained(int i, SpectrumModel started, SpectrumModel sameKind, SpectrumModel alsoFresh) {
            Spectrum s = all.get(i).spectrum();
            FitResult result = fitter.fit(s, started);
            if (!result.converged() || alsoFresh != null) {
                FitResult fresh = fitter.fit(s, FitCommand.resolveModel(model, s, fitRange.rangePpm(), fitRange.baseline, morphology));
                if (fresh.chiSquare() < result.chiSquare()) {
                    result = fresh;
                }
            }
            return result;
        }

        /**
         * Queues the row of to-do position pos and appends every row that is now next in order; keeps the fit of the
         * series' last spectrum (with the chain's model, for its report).
         */
        void record(int pos, FitResult result, SpectrumModel chainModel) {
            int i = todo.get(pos);
            if (i == all.size() - 1) {
                lastResult = result;
                lastModel = chainModel;
            }
            Spectrum s = all.get(i).spectrum();
            String label = label(all.get(i));
            double t = s.acquisitionTimeSeconds().orElse(Double.NaN) - t0;
            StringBuilder row = new StringBuilder(label).append(',').append(Double.isFinite(t) ? format(t) : "");
            for (String n : names) {
                appendCell(row, result.value(n), result.stderr(n));
            }
            if (!derived.isEmpty()) {
                Map<String, MorphologyReport.Estimate> q = MorphologyReport.of((MorphologyModel) chainModel, result,
                        morphology.integralPerMol()).quantities();
                for (String n : derived) {
                    appendCell(row, q.get(n).value(), q.get(n).stderr());
                }
            }
            if (!result.converged()) {
                notConverged.incrementAndGet();
            }
            fitted.incrementAndGet();
            if (i % stride == 0) {
                stacked.put(i, result);
            }
            synchronized (this) {
                pending[pos] = row.append('\n').toString();
                try {
                    while (next < pending.length && pending[next] != null) {
                        writer.write(pending[next]);
                        pending[next] = null;
                        next++;
                    }
                    writer.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                err.printf(Locale.ROOT, "fit-series: %d/%d %s reduced chi2 %.3g%s%n", i + 1, all.size(), label, result.reducedChiSquare(),
                        result.converged() ? "" : " (not converged)");
                err.flush();
            }
        }
    }

    private static void appendCell(StringBuilder row, double value, double stderr) {
        row.append(',').append(format(value)).append(',').append(Double.isFinite(stderr) ? format(stderr) : "");
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
