package org.metalnmr.toolkit.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.output.SpectrumCsv;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.toolkit.forward.DiscretisationError;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.SimulationReport;
import org.metalnmr.toolkit.scenario.Calibration;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code metalnmr simulate SCENARIO --out DIR}: the forward model of a scenario file. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Forward model of a scenario file (format: docs/scenario-format.md; examples under examples/scenarios/).",
            "Writes DIR/result.json (peaks, components, totalIntegral), DIR/spectrum.csv (ppm, real, imag), DIR/spectrum.svg and .png."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario JSON file")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Mixin
    ResolutionOptions resolution;

    @Option(names = "--json", description = "also print result.json on standard output")
    boolean json;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "calibration file of metalnmr calibrate: its Knight shift and chi replace the table's and the scenario's")
    Path calibration;

    @Override
    public Integer call() {
        Scenario s = ScenarioFiles.read(scenario);
        if (calibration != null) {
            s = s.withMaterials(s.materials().then(Calibration.read(calibration).overrides(calibration.toString())));
        }
        ForwardModel model = ForwardModel.defaults().withOptions(resolution.options());
        SimulationReport report = SimulationReport.of(model.simulate(s));
        Map<String, Object> result = report.toMap();
        if (!resolution.noErrorEstimate) {
            result.put("discretisationError", DiscretisationError.estimate(model, s, report).toMap());
        }
        var axis = report.synthesis().spectrum().axis();
        double lo = Math.min(axis.firstPpm(), axis.lastPpm());
        double hi = Math.max(axis.firstPpm(), axis.lastPpm());
        LinePlot plot = report.spectrumPlot("simulated " + s.nucleus() + " spectrum: " + scenario.getFileName(), lo, hi);
        String text = Json.write(result);
        // everything is computed before the first file is written
        AtomicFiles.writeString(out.resolve("result.json"), text);
        SpectrumCsv.write(report.synthesis().spectrum(), out.resolve("spectrum.csv"));
        AtomicFiles.writeString(out.resolve("spectrum.svg"), plot.toSvg(1000, 600));
        byte[] png = plot.toPng(1000, 600);
        AtomicFiles.write(out.resolve("spectrum.png"), o -> o.write(png));
        if (json) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            JsonOutput.print(spec.commandLine().getOut(), false, Map.of("wrote", out.toAbsolutePath().toString()));
        }
        return 0;
    }
}
