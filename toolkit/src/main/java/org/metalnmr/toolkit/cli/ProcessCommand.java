package org.metalnmr.toolkit.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.ProcessedSpectrum;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.output.SpectrumCsv;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.spectra.processing.ProcessingStep;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr process SPECTRUM --out DIR}: reads any supported input, processes it as the
 * options say (docs/processing.md) and writes the spectrum, its figure and the record of every step.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Reads one spectrum (text columns, JCAMP-DX, TopSpin ascii-spec.txt, Bruker folder or zip) and processes it:"
                + " raw or processed data, apodisation, zero filling, phase, baseline, referencing (docs/processing.md).",
            "Writes DIR/spectrum.csv (ppm, real, imag), DIR/spectrum.svg and .png (ppm decreasing to the right) and"
                + " DIR/processing.json (the input and every step with its parameters)."})
final class ProcessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPECTRUM", description = "the spectrum: a text, JCAMP-DX or Bruker file, folder or zip")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created; must not hold files)")
    Path out;

    @Mixin
    ProcessingOptions processing;

    @Option(names = "--json", description = "print one JSON object (the content of processing.json)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return ClaimedOutput.run(out, List.of(input), folder -> processInto());
    }

    private Integer processInto() {
        List<ProcessedSpectrum> all = processing.read(input);
        if (all.size() != 1) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "number of spectra in " + input,
                    "1 (give one experiment folder or file; a series is processed by fit-series or integrate)", all.size());
        }
        ProcessedSpectrum p = all.get(0);
        Spectrum s = p.spectrum().spectrum();
        Map<String, Object> record = ProcessingOptions.record(p);
        String jsonText = FitCommand.toJson(record);
        String csv = SpectrumCsv.format(s);
        LinePlot plot = plot(p);
        String svg = plot.toSvg(1000, 600);
        byte[] png = plot.toPng(1000, 600);
        // everything is computed before the first file is written
        AtomicFiles.writeString(out.resolve("spectrum.csv"), csv);
        AtomicFiles.writeString(out.resolve("spectrum.svg"), svg);
        AtomicFiles.write(out.resolve("spectrum.png"), o -> o.write(png));
        AtomicFiles.writeString(out.resolve("processing.json"), jsonText);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), true, record);
        } else {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("spectrum", p.spectrum().label() + " (" + p.record().dataUsed() + ")");
            summary.put("steps", String.join(", ", p.record().steps().stream().map(ProcessingStep::name).toList()));
            summary.put("wrote", out.toAbsolutePath().toString());
            JsonOutput.print(spec.commandLine().getOut(), false, summary);
        }
        return 0;
    }

    private static LinePlot plot(ProcessedSpectrum p) {
        Spectrum s = p.spectrum().spectrum();
        double[] ppm = s.axis().ppmValues();
        String steps = String.join(", ", p.record().steps().stream().skip(1).map(ProcessingStep::name).toList());
        LinePlot plot = LinePlot.of(p.spectrum().label() + " (" + p.record().dataUsed() + (steps.isEmpty() ? "" : "; " + steps) + ")",
                "shift [ppm]", "intensity (real part)").withReversedX(true);
        double lo = Math.min(ppm[0], ppm[ppm.length - 1]);
        double hi = Math.max(ppm[0], ppm[ppm.length - 1]);
        return plot.withXRange(lo, hi).withSeries(PlotSeries.solid("real", ppm, s.real()));
    }
}
