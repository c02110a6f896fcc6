package org.metalnmr.toolkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.plot.Drawing;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.toolkit.series.CyclerTrace;
import org.metalnmr.toolkit.series.IntegrationRegion;
import org.metalnmr.toolkit.series.RegionIntegrals;
import org.metalnmr.toolkit.series.RowValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr integrate}: model-free integrals of ppm windows over one spectrum or a series, each with its standard error
 * from the noise ({@link RegionIntegrals}: \( \sigma_I = \Delta\sigma\sqrt{N + 2\sum_k (N-k)\rho_k} \)); writes integrals.csv
 * and integrals.svg / .png (integrals against time, with the cell voltage when {@code --cycler} is given).
 */
@Command(name = "integrate", mixinStandardHelpOptions = true,
        description = "Integrates ppm windows of one spectrum or a series (real part, rectangle rule) with standard errors from the"
                + " noise and its correlation between points; writes integrals.csv and integrals.svg/.png into --out.")
final class IntegrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "spectra: files, experiment folders, a folder of experiments, zips")
    List<Path> inputs;

    @Option(names = "--region", required = true, paramLabel = "NAME=LO:HI",
            description = "a window to integrate [ppm], e.g. micro=258:280 (repeat for more)")
    List<String> regions;

    @Option(names = "--noise-ppm", paramLabel = "LO:HI",
            description = "a signal-free region for the noise and its correlation [ppm] (default: the flattest stretch outside the regions)")
    String noise;

    @picocli.CommandLine.Mixin
    ProcessingOptions processing;

    @Option(names = "--cycler", paramLabel = "FILE", description = "cycler file (time [s], voltage [V]) drawn under the integrals")
    Path cycler;

    @Option(names = "--cycler-offset-s", paramLabel = "S", defaultValue = "0",
            description = "seconds added to the cycler clock to put it on the spectra's clock (default ${DEFAULT-VALUE})")
    double cyclerOffsetS;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--json", description = "print one JSON summary object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return ClaimedOutput.run(out, inputs, folder -> integrateInto());
    }

    private Integer integrateInto() {
        long start = System.nanoTime();
        List<IntegrationRegion> list = new ArrayList<>();
        for (String r : regions) {
            list.add(IntegrationRegion.parse(r));
        }
        RegionIntegrals integrals = new RegionIntegrals(list);
        if (noise != null) {
            double[] n = FitReports.parseRange(noise, "--noise-ppm");
            integrals = integrals.withNoiseRegionPpm(n[0], n[1]);
        }
        CyclerTrace trace = cycler == null ? null : CyclerTrace.read(cycler, cyclerOffsetS);
        List<LabelledSpectrum> spectra = SpectrumReaders.readAll(inputs, processing.readOptions());
        List<RegionIntegrals.Row> rows = integrals.integrate(spectra);
        if (rows.isEmpty()) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of spectra", 1, Integer.MAX_VALUE, "[spectra]", 0);
        }
        StringBuilder sb = new StringBuilder("input,timeS");
        for (IntegrationRegion r : list) {
            sb.append(',').append(r.name()).append(',').append(r.name()).append("_stderr");
        }
        sb.append(",noiseSigma,noiseFromPpm,noiseToPpm\n");
        for (RegionIntegrals.Row row : rows) {
            sb.append(row.label().replace(',', ';')).append(',').append(Double.isFinite(row.timeS()) ? fmt(row.timeS()) : "");
            for (IntegrationRegion r : list) {
                RowValue v = row.integrals().get(r.name());
                sb.append(',').append(fmt(v.value())).append(',').append(fmt(v.stderr()));
            }
            sb.append(',').append(fmt(row.noise().sigma())).append(',').append(fmt(row.noise().loPpm())).append(',')
                    .append(fmt(row.noise().hiPpm())).append('\n');
        }
        boolean timed = rows.stream().allMatch(r -> Double.isFinite(r.timeS()));
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = timed ? rows.get(i).timeS() / 3600 : i;
        }
        String xLabel = timed ? "time from the first spectrum [h]" : "spectrum index";
        double x0 = java.util.Arrays.stream(x).min().orElse(0);
        double x1 = java.util.Arrays.stream(x).max().orElse(1);
        double pad = x1 > x0 ? 0.02 * (x1 - x0) : 0.5;
        LinePlot p = LinePlot.of("Integrals of the ppm windows (+- 1 standard error from the noise)", xLabel, "integral [data units x ppm]")
                .withXRange(x0 - pad, x1 + pad);
        for (IntegrationRegion r : list) {
            double[] y = rows.stream().mapToDouble(row -> row.integrals().get(r.name()).value()).toArray();
            double[] e = rows.stream().mapToDouble(row -> row.integrals().get(r.name()).stderr()).toArray();
            p = p.withSeries(PlotSeries.solid(String.format(Locale.ROOT, "%s (%.4g to %.4g ppm)", r.name(), r.loPpm(), r.hiPpm()), x, y)
                    .withErrors(e));
        }
        List<Drawing> panels = new ArrayList<>(List.of(p));
        if (trace != null) {
            panels.add(LinePlot.of("Cell voltage on the same clock (placed by timestamps)", xLabel, "cell voltage [V]")
                    .withXRange(x0 - pad, x1 + pad).withSeries(PlotSeries.solid("Ewe", trace.hours(), trace.volts())));
        }
        Figure.Rendered figure = Figure.column(950, 320, panels).render();
        try {
            java.nio.file.Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNWRITABLE, out, e.getMessage());
        }
        AtomicFiles.writeString(out.resolve("integrals.csv"), sb.toString());
        figure.write(out.resolve("integrals.svg"));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("spectra", rows.size());
        summary.put("regions", list.stream().map(IntegrationRegion::toString).toList());
        summary.put("integralsCsv", out.resolve("integrals.csv").toString());
        summary.put("seconds", (System.nanoTime() - start) * 1e-9);
        JsonOutput.print(spec.commandLine().getOut(), json, summary);
        return 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
