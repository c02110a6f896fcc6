package org.metalnmr.toolkit.cli;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.plot.Figure;
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
            "Writes DIR/result.json (peaks, components, totalIntegral), DIR/spectrum.csv (ppm, real_mol_per_ppm, imag_mol_per_ppm),",
            "DIR/spectrum.svg and .png (the metal region, or --plot-ppm, above the whole spectrum). Intensities are in mol/ppm everywhere."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario JSON file")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Mixin
    ResolutionOptions resolution;

    @Option(names = "--plot-ppm", paramLabel = "LO:HI",
            description = "ppm window of the upper panel of spectrum.svg/.png (default: the metal lines with a margin)")
    String plotPpm;

    @Option(names = "--json", description = "also print result.json on standard output")
    boolean json;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "calibration file of metalnmr calibrate: its Knight shift and chi replace the table's and the scenario's")
    Path calibration;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = calibration == null ? List.of(scenario) : List.of(scenario, calibration);
        return ClaimedOutput.run(out, inputs, folder -> simulateInto());
    }

    private Integer simulateInto() {
        double[] requested = plotPpm == null ? null : FitReports.parseRange(plotPpm, "--plot-ppm");
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
        double[] window = requested == null ? report.metalRegionPpm() : requested;
        String name = s.nucleus() + " spectrum of " + scenario.getFileName();
        LinePlot region = report.spectrumPlot("simulated " + name + String.format(java.util.Locale.ROOT, ", %.0f to %.0f ppm",
                window[1], window[0]), window[0], window[1]);
        LinePlot whole = report.spectrumPlot("whole spectrum", lo, hi);
        Figure.Rendered figure = Figure.page(1000, 760).with(region, new Rectangle2D.Double(0, 0, 1000, 480))
                .with(whole, new Rectangle2D.Double(0, 480, 1000, 280)).render();
        String text = Json.write(result);
        String csv = report.spectrumCsv();
        // everything is computed before the first file is written
        AtomicFiles.writeString(out.resolve("result.json"), text);
        AtomicFiles.writeString(out.resolve("spectrum.csv"), csv);
        figure.write(out.resolve("spectrum.svg"));
        if (json) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            JsonOutput.print(spec.commandLine().getOut(), false, Map.of("wrote", out.toAbsolutePath().toString()));
        }
        return 0;
    }
}
