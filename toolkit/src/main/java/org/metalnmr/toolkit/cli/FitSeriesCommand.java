package org.metalnmr.toolkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.ToolkitMessage;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.output.OutputFolder;
import org.metalnmr.toolkit.morphology.CellOrientation;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyReport;
import org.metalnmr.toolkit.series.ChainDirection;
import org.metalnmr.toolkit.series.CyclerTrace;
import org.metalnmr.toolkit.series.FitQuality;
import org.metalnmr.toolkit.series.LiMetalModel;
import org.metalnmr.toolkit.series.LiMetalWindows;
import org.metalnmr.toolkit.series.QualityFlag;
import org.metalnmr.toolkit.series.RowValue;
import org.metalnmr.toolkit.series.SeriesFigures;
import org.metalnmr.toolkit.series.SeriesFit;
import org.metalnmr.toolkit.series.SeriesModel;
import org.metalnmr.toolkit.series.SeriesRow;
import org.metalnmr.toolkit.series.SeriesSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr fit-series}: parses the options, checks every input (spectra, cycler file, output folder) before any fit,
 * runs the library's {@link SeriesFit} and writes its files. While it runs, finished rows are appended (in chain order) to the
 * checkpoint {@code series.partial.csv}; at the end {@code series.csv} (input order) and the figures are written atomically
 * and the checkpoint removed. {@code --resume} continues from {@code series.csv} and/or the checkpoint.
 *
 * <p>Exit status: 0; 2 bad input (nothing written); 1 other failures; {@value #FLAGGED} when {@code --fail-on} names a
 * quality flag that a row carries (all files are written; the summary says how many rows and which flags).
 */
@Command(name = "fit-series", mixinStandardHelpOptions = true,
        description = "Fits a series of spectra (files, a Bruker folder of experiment numbers, or a pseudo-2D ser), each started"
                + " from its neighbour's result; writes series.csv (parameters with errors and each fit's quality), series.svg"
                + " (parameters, reduced chi-square and voltage against time), contour.svg (ppm x time map with the voltage),"
                + " stack.svg (spectra labelled by time), each also as PNG, and fit.json (the last spectrum's full report)"
                + " into --out. Exit status " + FitSeriesCommand.FLAGGED + " when --fail-on applies.")
final class FitSeriesCommand implements Callable<Integer> {

    /** Exit status when a row carries a quality flag named by {@code --fail-on} (1 and 2 are taken by CLI.md). */
    static final int FLAGGED = 3;
    private static final int STACKED = 12;
    private static final String CHECKPOINT = "series.partial.csv";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "spectra: files, experiment folders, a folder of experiments, zips")
    List<Path> inputs;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "peaks:N, li-metal (bulk and microstructure lines in their physical windows; --cell, default B), a JSON"
                    + " model file, or morphology (with --cell A|B|DEG)")
    String model;

    @Mixin
    FitRangeOptions fitRange;

    @picocli.CommandLine.Mixin
    ProcessingOptions processing;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--resume", description = "continue an interrupted run: keep the rows of DIR/series.csv and of the checkpoint"
            + " DIR/" + CHECKPOINT + " and fit the rest")
    boolean resume;

    @Option(names = "--direction", paramLabel = "forward|backward", defaultValue = "forward",
            description = "chain direction from the start spectrum: forward (to later spectra) or backward (to earlier; start where"
                    + " a line is clearest, e.g. the microstructure at the end); the other side of the start is fitted afterwards"
                    + " the other way (default ${DEFAULT-VALUE})")
    String direction;

    @Option(names = "--start-index", paramLabel = "I", defaultValue = "-1",
            description = "input index (0-based) of the spectrum the chain starts from (default: the first in the chain direction)")
    int startIndex;

    @Option(names = "--cycler", paramLabel = "FILE",
            description = "cycler file (two columns: time [s], cell voltage [V]; header lines skipped), drawn on the spectra's clock")
    Path cycler;

    @Option(names = "--cycler-offset-s", paramLabel = "S", defaultValue = "0",
            description = "seconds added to the cycler clock to put it on the spectra's clock, whose zero is the first spectrum's"
                    + " acquisition (default ${DEFAULT-VALUE})")
    double cyclerOffsetS;

    @Option(names = "--current-ma", paramLabel = "I",
            description = "constant cell current [mA]: adds the charge passed (I x cycler time, mAh) as an axis of contour.svg")
    Double currentMa;

    @Option(names = "--fail-on", paramLabel = "LIST", split = ",",
            description = "exit with status " + FLAGGED + " when any row is flagged: poor (reduced chi-square > 2), bound (a"
                    + " parameter at a bound), unconverged (comma-separated)")
    List<String> failOn;

    @Option(names = "--json", description = "print one JSON summary object")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "threads that fit the chunks (default 0: all processors); the results are the same for any N")
    int threads;

    @Option(names = "--chunk-spectra", paramLabel = "N", defaultValue = "" + SeriesFit.DEFAULT_CHUNK_SPECTRA,
            description = "the chains are cut into chunks of at most N spectra, each started from the first fit and a fresh guess"
                    + " (the unit of parallel work; default ${DEFAULT-VALUE}); 0 = one chain through the whole series")
    int chunkSpectra;

    @Mixin
    MorphologyOptions morphology;

    /** Set once the first fit starts: from then on a failure keeps the checkpoint for {@code --resume}. */
    private boolean fitting;

    @Override
    public Integer call() throws Exception {
        OutputFolder folder = OutputFolder.claim(out, inputs, resume);
        boolean done = false;
        try {
            Integer status = seriesInto();
            done = true;
            return status;
        } finally {
            if (done || fitting && Files.exists(out.resolve(CHECKPOINT))) {
                folder.release();
            } else {
                folder.abandon();
            }
        }
    }

    private Integer seriesInto() throws IOException {
        long start = System.nanoTime();
        // 1. everything that can be wrong with the input is found before any fit, and before anything is written
        double[] r = fitRange.rangePpm();
        if (threads < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "--threads", "[count; 0 = all processors]", threads);
        }
        if (chunkSpectra != 0 && chunkSpectra < SeriesFit.MIN_CHUNK_SPECTRA) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--chunk-spectra", SeriesFit.MIN_CHUNK_SPECTRA, Integer.MAX_VALUE,
                    "[spectra; 0 = one chain]", chunkSpectra);
        }
        Set<QualityFlag> flags = parseFlags(failOn);
        ChainDirection dir = parseDirection(direction);
        CyclerTrace trace = cycler == null ? null : CyclerTrace.read(cycler, cyclerOffsetS);
        if (currentMa != null && !(Double.isFinite(currentMa) && currentMa != 0)) {
            throw new InvalidInputException(CoreMessage.NOT_FINITE, "--current-ma (nonzero) [mA]", currentMa);
        }
        List<LabelledSpectrum> all = SpectrumReaders.readAll(inputs, processing.readOptions());
        if (startIndex >= all.size()) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--start-index", 0, all.size() - 1, "[index of the "
                    + all.size() + " spectra]", startIndex);
        }
        SeriesModel seriesModel = seriesModel(r, all.get(0).spectrum());
        Spectrum first = all.get(0).spectrum();
        List<String> names = seriesModel.parameterNames(first);
        List<String> derived = seriesModel.derivedNames(first);
        List<String> header = header(names, derived);
        Path csv = out.resolve("series.csv");
        Path checkpoint = out.resolve(CHECKPOINT);
        if (!resume && (Files.exists(csv) || Files.exists(checkpoint))) {
            throw new InvalidInputException(CoreMessage.FILE_UNWRITABLE, Files.exists(csv) ? csv : checkpoint,
                    "it exists; use --resume to continue it or another --out");
        }
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byLabel.put(all.get(i).label(), i);
        }
        Map<Integer, SeriesRow> done = new HashMap<>();
        if (resume) {
            for (Path p : List.of(csv, checkpoint)) {
                if (Files.exists(p)) {
                    for (SeriesRow row : readRows(p, header, names, derived, byLabel)) {
                        done.put(row.index(), row);
                    }
                }
            }
        }
        SpectrumFitter fitter = FitCommand.configure(r, fitRange.noise, 1, 1, model);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        SeriesFit engine = new SeriesFit(seriesModel, fitter).withDirection(dir).withStartIndex(startIndex).withThreads(workers)
                .withChunkLength(chunkSpectra).withErrorsScaled(fitRange.scaleErrors);

        // 2. fit, appending each finished row to the checkpoint
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNWRITABLE, out, e.getMessage());
        }
        // the checkpoint holds the resumed rows first, so that a second interruption loses none of them
        StringBuilder initial = new StringBuilder(String.join(",", header)).append('\n');
        done.values().stream().sorted(java.util.Comparator.comparingInt(SeriesRow::index)).forEach(row -> initial.append(line(row, names, derived)));
        AtomicFiles.writeString(checkpoint, initial.toString());
        java.io.PrintWriter err = spec.commandLine().getErr();
        SeriesFit.Result result;
        fitting = true;
        long fitStart = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(checkpoint, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            int total = all.size();
            result = engine.fit(all, done, row -> {
                try {
                    w.write(line(row, names, derived));
                    w.flush();
                } catch (IOException e) {
                    throw new MetalNmrException(e, CoreMessage.FILE_UNWRITABLE, checkpoint, e.getMessage());
                }
                err.printf(Locale.ROOT, "fit-series: %s (%d/%d) reduced chi2 %.3g%s%s%n", row.label(), row.index() + 1, total,
                        row.quality().reducedChiSquare(), row.quality().converged() ? "" : " NOT CONVERGED",
                        row.quality().atBound().isEmpty() ? "" : " at bound: " + String.join(";", row.quality().atBound()));
                err.flush();
            });
        }

        double fitSeconds = (System.nanoTime() - fitStart) * 1e-9;
        long figureStart = System.nanoTime();
        // 3. the outputs, each written atomically; then the checkpoint goes
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (SeriesRow row : result.rows()) {
            sb.append(line(row, names, derived));
        }
        AtomicFiles.writeString(csv, sb.toString());
        double lo = r == null ? Double.NaN : r[0];
        double hi = r == null ? Double.NaN : r[1];
        writeFigure(out.resolve("series.svg"), SeriesFigures.trends(result.rows(), trace));
        writeFigure(out.resolve("stack.svg"), SeriesFigures.stack(all, result.rows(), lo, hi, STACKED));
        writeFigure(out.resolve("contour.svg"), SeriesFigures.contour(all, lo, hi, trace, currentMa == null ? Double.NaN : currentMa));
        Path fitJson = writeLastFit(all, result.rows(), fitter, seriesModel, r);
        Files.deleteIfExists(checkpoint);
        double outputSeconds = (System.nanoTime() - figureStart) * 1e-9;

        SeriesSummary summary = result.summary();
        Map<String, Object> json = new LinkedHashMap<>(summary.toMap());
        json.put("model", seriesModel.name());
        if (FitCommand.isMorphology(model) && morphology.physics() != null) {
            // the cell quantities every fit of the series took from --scenario
            json.put("cellPhysics", FitReports.cellPhysicsJson(morphology.physics()));
        }
        json.put("parameters", names);
        json.put("derived", derived);
        json.put("direction", dir.name().toLowerCase(Locale.ROOT));
        json.put("threads", result.threads());
        json.put("jumpRefits", result.jumpRefits());
        json.put("jumpRefitted", result.jumpRefitLabels());
        json.put("errorsScaled", fitRange.scaleErrors);
        Map<String, Object> flagged = new LinkedHashMap<>();
        summary.flagged().forEach((k, v) -> flagged.put(k.name().toLowerCase(Locale.ROOT), v));
        json.put("flagged", flagged);
        json.put("seriesCsv", csv.toString());
        json.put("fitJson", fitJson.toString());
        json.put("seconds", (System.nanoTime() - start) * 1e-9);
        json.put("fitSeconds", fitSeconds);
        json.put("outputSeconds", outputSeconds);
        int failing = summary.countFlagged(flags);
        json.put("failOn", flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        json.put("failingRows", failing);
        err.printf(Locale.ROOT, "fit-series: %d spectra, %d fitted: %d not converged, %d with a parameter at a bound, %d with reduced"
                        + " chi-square > %.0f (%d > %.0f; max %.3g)%s%n", summary.spectra(), summary.fitted(), summary.notConverged(),
                summary.atBound(), summary.poor(), FitQuality.POOR_REDUCED_CHI_SQUARE, summary.bad(), FitQuality.BAD_REDUCED_CHI_SQUARE,
                summary.maxReducedChiSquare(), fitRange.scaleErrors || summary.poor() == 0 ? ""
                        : "; the errors of those rows are from the noise alone (see the warnings column, or use --scale-errors)");
        if (result.jumpRefits() > 0) {
            err.printf(Locale.ROOT, "fit-series: %d chained fits were replaced by a better fit from a fresh guess (after a jump of the"
                    + " reduced chi-square or a periodic check): %s%n", result.jumpRefits(), String.join(", ", result.jumpRefitLabels()));
        }
        JsonOutput.print(spec.commandLine().getOut(), this.json, json);
        return failing > 0 ? FLAGGED : 0;
    }

    private SeriesModel seriesModel(double[] r, Spectrum first) {
        String m = model.trim();
        double lo = r == null ? Double.NaN : r[0];
        double hi = r == null ? Double.NaN : r[1];
        if (m.equals("li-metal")) {
            CellOrientation cell = morphology.autoCell() ? CellOrientation.cellB() : CellOrientation.parse(morphology.cell);
            String metal = morphology.nucleus.replaceAll("^\\d+", "");
            return new LiMetalModel(LiMetalWindows.of(metal, morphology.nucleus, cell.tiltDeg()), lo, hi, fitRange.baseline);
        }
        if (FitCommand.isMorphology(m)) {
            MorphologyModel mm0 = (MorphologyModel) FitCommand.resolveModel(model, first, r, fitRange.baseline, morphology);
            double ipm = morphology.integralPerMol();
            // a Gaussian variance of 0 is a Lorentzian line, an amount of 0 an absent component, a packing of 0 isolated
            // whiskers, a roughness at its floor a flat foil, a homogeneous width at its floor one below the resolution
            // (7Li in Li metal: 0.012 ppm, KorringaRelaxation): answers, not limits the fit ran into
            java.util.Set<String> physicalFloor = new java.util.HashSet<>();
            for (var p : mm0.parameters()) {
                String n = p.name();
                if (n.endsWith("GaussVarPpm2") || n.endsWith("Amount") || n.endsWith("Packing") || n.endsWith("HwhmPpm")
                        || n.equals("foilRoughnessDeg")) {
                    physicalFloor.add(n);
                }
            }
            return SeriesModel.of(m, s -> FitCommand.resolveModel(model, s, r, fitRange.baseline, morphology),
                    MorphologyReport.quantityNames(mm0, ipm), (sm, fit) -> morphologyQuantities(sm, fit, first, r, ipm))
                    .withLegalAtLowerBound(physicalFloor);
        }
        // validate the specification now (peaks:N or an existing model file)
        FitCommand.resolveModel(model, first, r, fitRange.baseline, morphology);
        return SeriesModel.of(m, s -> FitCommand.resolveModel(model, s, r, fitRange.baseline, morphology));
    }

    private Map<String, RowValue> morphologyQuantities(SpectrumModel sm, FitResult fit, Spectrum first, double[] r, double ipm) {
        MorphologyModel mm = sm instanceof MorphologyModel x ? x
                : (MorphologyModel) FitCommand.resolveModel(model, first, r, fitRange.baseline, morphology);
        Map<String, RowValue> q = new LinkedHashMap<>();
        MorphologyReport.of(mm, fit, ipm).quantities().forEach((k, v) -> q.put(k, new RowValue(v.value(), Math.abs(v.stderr()))));
        return q;
    }

    static Set<QualityFlag> parseFlags(List<String> list) {
        Set<QualityFlag> s = EnumSet.noneOf(QualityFlag.class);
        if (list == null) {
            return s;
        }
        for (String f : list) {
            try {
                s.add(QualityFlag.valueOf(f.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--fail-on", "poor, bound, unconverged (comma-separated)", f);
            }
        }
        return s;
    }

    private static ChainDirection parseDirection(String d) {
        try {
            return ChainDirection.valueOf(d.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--direction", "forward or backward", d);
        }
    }

    private static void writeFigure(Path svg, org.metalnmr.spectra.plot.Figure f) {
        f.write(svg);
    }

    /**
     * Writes {@code fit.json} for the series' last spectrum in input order (the end state of an operando run): the same
     * report as {@code fit}, plus where it stands in the series. A resumed row without its fit is fitted again from its values.
     */
    private Path writeLastFit(List<LabelledSpectrum> all, List<SeriesRow> rows, SpectrumFitter fitter, SeriesModel sm, double[] range) {
        SeriesRow last = rows.get(rows.size() - 1);
        LabelledSpectrum ls = all.get(last.index());
        FitResult result = last.result().orElseGet(() -> {
            Map<String, Double> v = new LinkedHashMap<>();
            last.values().forEach((k, x) -> v.put(k, x.value()));
            return sm.fit(fitter.withErrorsScaledByReducedChiSquare(fitRange.scaleErrors), fitRange.scaleErrors, ls.spectrum(),
                    sm.guess(ls.spectrum()), v).result();
        });
        Map<String, Object> report = FitReports.json(result, ls.label(), ls.label(), range);
        if (FitCommand.isMorphology(model)) {
            MorphologyModel mm = (MorphologyModel) FitCommand.resolveModel(model, ls.spectrum(), range, fitRange.baseline, morphology);
            MorphologyReport derived = MorphologyReport.of(mm, result, morphology.integralPerMol());
            List<String> notes = FitReports.morphologyNotes(mm, result, fitRange.scaleErrors);
            report.put("morphology", FitReports.morphologyJson(new FitReports.MorphologyFit(mm, result), derived, List.of(), notes));
        }
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("spectra", all.size());
        where.put("reported", "the last spectrum in input order (" + ls.label() + "); every spectrum's parameters are in series.csv");
        where.put("quality", Map.of("reducedChiSquare", last.quality().reducedChiSquare(), "converged", last.quality().converged(),
                "atBound", last.quality().atBound(), "warnings", last.quality().warnings()));
        report.put("series", where);
        Path file = out.resolve("fit.json");
        AtomicFiles.writeString(file, FitCommand.toJson(report));
        return file;
    }

    /** Splits n positions into the fewest contiguous chunks of at most {@code length} (empty list for n = 0). */
    static List<int[]> chunks(int n, int length) {
        return SeriesFit.chunks(n, length);
    }

    static List<String> header(List<String> names, List<String> derived) {
        List<String> h = new ArrayList<>(List.of("input", "timeS"));
        for (String n : names) {
            h.add(n);
            h.add(n + "_stderr");
        }
        for (String n : derived) {
            h.add(n);
            h.add(n + "_stderr");
        }
        h.addAll(List.of("reducedChiSquare", "converged", "atBound", "warnings"));
        return h;
    }

    /** One CSV line: no field holds a comma (labels and warnings have theirs replaced by ';'; warnings joined by " | "). */
    static String line(SeriesRow row, List<String> names, List<String> derived) {
        StringBuilder b = new StringBuilder(row.label().replace(',', ';')).append(',');
        b.append(Double.isFinite(row.timeS()) ? format(row.timeS()) : "");
        for (String n : names) {
            cell(b, row.values().get(n));
        }
        for (String n : derived) {
            cell(b, row.derived().get(n));
        }
        FitQuality q = row.quality();
        b.append(',').append(format(q.reducedChiSquare())).append(',').append(q.converged()).append(',')
                .append(String.join(";", q.atBound())).append(',')
                .append(String.join(" | ", q.warnings()).replace(',', ';').replace('\n', ' '));
        return b.append('\n').toString();
    }

    private static void cell(StringBuilder b, RowValue v) {
        if (v == null) {
            b.append(",,");
            return;
        }
        b.append(',').append(Double.isNaN(v.value()) ? "" : format(v.value())).append(',')
                .append(Double.isNaN(v.stderr()) ? "" : format(v.stderr()));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }

    /** Complete rows of a series.csv or checkpoint with the expected header, as rows without their fits. */
    private static List<SeriesRow> readRows(Path csv, List<String> header, List<String> names, List<String> derived,
                                            Map<String, Integer> byLabel) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(String.join(",", header))) {
            throw new InvalidInputException(ToolkitMessage.RESUME_HEADER_MISMATCH, csv, header);
        }
        List<SeriesRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Integer index = f.length == header.size() ? byLabel.get(f[0]) : null;
            if (index == null || f[header.size() - 3].isEmpty()) {
                continue; // a partial last line, or a spectrum no longer among the inputs
            }
            try {
                Map<String, RowValue> values = new LinkedHashMap<>();
                int c = 2;
                for (String n : names) {
                    values.put(n, parse(f[c], f[c + 1]));
                    c += 2;
                }
                Map<String, RowValue> der = new LinkedHashMap<>();
                for (String n : derived) {
                    der.put(n, parse(f[c], f[c + 1]));
                    c += 2;
                }
                FitQuality q = new FitQuality(Double.parseDouble(f[c]), Boolean.parseBoolean(f[c + 1]),
                        f[c + 2].isEmpty() ? List.of() : List.of(f[c + 2].split(";")),
                        f[c + 3].isEmpty() ? List.of() : List.of(f[c + 3].split(" \\| ")), false);
                rows.add(new SeriesRow(index, f[0], f[1].isEmpty() ? Double.NaN : Double.parseDouble(f[1]), values, der, q, null));
            } catch (NumberFormatException e) {
                // a line cut by an interruption: refitted
            }
        }
        return rows;
    }

    private static RowValue parse(String value, String stderr) {
        return new RowValue(value.isEmpty() ? Double.NaN : Double.parseDouble(value), stderr.isEmpty() ? Double.NaN : Double.parseDouble(stderr));
    }
}
