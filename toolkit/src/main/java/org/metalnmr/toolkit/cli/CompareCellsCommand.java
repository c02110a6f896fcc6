package org.metalnmr.toolkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.toolkit.forward.CellMaps;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.PeakExplanation;
import org.metalnmr.toolkit.forward.SimulationReport;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code metalnmr compare-cells}: the same Li foil with the same whisker deposit in cell A (electrode
 * along B0, across B1) and in cell B (electrode across B0, along B1), simulated side by side.
 */
@Command(name = "compare-cells", mixinStandardHelpOptions = true,
        description = {"The main demonstration: the same Li counter electrode and whisker deposit in cell A and in cell B (docs/physics.md section 2).",
            "Writes DIR/result.json ({cellA, cellB}, each like simulate's result), compare-cells.svg/.png (the two spectra with their components),",
            "cell-A-maps.svg/.png and cell-B-maps.svg/.png (|B1| and BMS shift in the x-z plane), cell-A.csv, cell-B.csv and explanation.txt.",
            "Spectra are in mol/ppm (CSV columns real_mol_per_ppm, imag_mol_per_ppm; figure axes)."})
final class CompareCellsCommand implements Callable<Integer> {

    /** The built-in scenario: cell B with Li whiskers on the working electrode (a copy of examples/scenarios/cell-b-whiskers.json). */
    static final String SCENARIO = "/org/metalnmr/toolkit/forward/compare-cells.json";

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "compare-cells", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    ResolutionOptions resolution;

    @Option(names = "--json", description = "also print result.json on standard output")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return ClaimedOutput.run(out, java.util.List.of(), folder -> compareInto());
    }

    private Integer compareInto() throws IOException {
        Scenario b = builtIn();
        Scenario a = new Scenario(CellParameters.defaults(CellPreset.A).withStack(b.cell().stack()), b.coil(), b.extraParts(),
                b.deposits(), b.nucleus(), b.b0Tesla(), b.temperatureK(), b.acquisition(), b.lines(), b.materials());
        ForwardModel model = ForwardModel.defaults().withOptions(resolution.options());
        var err = spec.commandLine().getErr();
        err.println("compare-cells: simulating cell A ...");
        err.flush();
        SimulationReport ra = SimulationReport.of(model.simulate(a));
        err.println("compare-cells: simulating cell B ...");
        err.flush();
        SimulationReport rb = SimulationReport.of(model.simulate(b));

        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> mapA = ra.toMap();
        Map<String, Object> mapB = rb.toMap();
        if (!resolution.noErrorEstimate) {
            err.println("compare-cells: estimating the discretisation error (both cells on grids twice as coarse) ...");
            err.flush();
            mapA.put("discretisationError", org.metalnmr.toolkit.forward.DiscretisationError.estimate(model, a, ra).toMap());
            mapB.put("discretisationError", org.metalnmr.toolkit.forward.DiscretisationError.estimate(model, b, rb).toMap());
        }
        result.put("cellA", mapA);
        result.put("cellB", mapB);
        double metalA = metalIntegral(ra);
        double metalB = metalIntegral(rb);
        result.put("metalIntegralRatioBOverA", metalB / metalA);
        String text = Json.write(result);

        double[] wa = ra.metalRegionPpm();
        double[] wb = rb.metalRegionPpm();
        double lo = Math.min(wa[0], wb[0]);
        double hi = Math.max(wa[1], wb[1]);
        LinePlot overlay = LinePlot.of("7Li metal region: cell A vs cell B (same foil, same whiskers)", "shift [ppm]",
                        "intensity, real part [" + SimulationReport.INTENSITY_UNIT + "]").withReversedX(true).withXRange(lo, hi)
                .withSeries(PlotSeries.solid("cell A total", ppm(ra), real(ra)))
                .withSeries(PlotSeries.solid("cell B total", ppm(rb), real(rb)));
        LinePlot pa = ra.spectrumPlot("cell A: electrode along B0, across B1", lo, hi);
        LinePlot pb = rb.spectrumPlot("cell B: electrode across B0, along B1", lo, hi);
        Figure.Rendered figure = Figure.column(1000, 420, List.of(overlay, pb, pa)).render();
        Figure.Rendered mapsA = Figure.grid(620, 520, 2, List.of(CellMaps.b1(ra.simulation(), "cell A: |B1| (x-z plane)"),
                CellMaps.shift(ra.simulation(), "cell A: BMS shift (x-z plane)"))).render();
        Figure.Rendered mapsB = Figure.grid(620, 520, 2, List.of(CellMaps.b1(rb.simulation(), "cell B: |B1| (x-z plane)"),
                CellMaps.shift(rb.simulation(), "cell B: BMS shift (x-z plane)"))).render();
        String csvA = ra.spectrumCsv();
        String csvB = rb.spectrumCsv();
        String explanation = "cell A (electrode plane along B0, normal along B1):\n" + PeakExplanation.explain(ra)
                + "\ncell B (electrode plane across B0, along B1):\n" + PeakExplanation.explain(rb)
                + String.format(java.util.Locale.ROOT, "%nmetal signal, cell B / cell A: %.2f%n", metalB / metalA);

        AtomicFiles.writeString(out.resolve("result.json"), text);
        figure.write(out.resolve("compare-cells.svg"));
        mapsA.write(out.resolve("cell-A-maps.svg"));
        mapsB.write(out.resolve("cell-B-maps.svg"));
        AtomicFiles.writeString(out.resolve("cell-A.csv"), csvA);
        AtomicFiles.writeString(out.resolve("cell-B.csv"), csvB);
        AtomicFiles.writeString(out.resolve("explanation.txt"), explanation);
        if (json) {
            spec.commandLine().getOut().print(text);
        } else {
            spec.commandLine().getOut().print(explanation);
            spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    static Scenario builtIn() throws IOException {
        try (InputStream in = CompareCellsCommand.class.getResourceAsStream(SCENARIO)) {
            return ScenarioFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in compare-cells scenario");
        }
    }

    private static double metalIntegral(SimulationReport r) {
        return r.summaries().stream().filter(c -> c.kind() != org.metalnmr.toolkit.forward.ComponentKind.NON_METAL)
                .mapToDouble(c -> c.integral()).sum();
    }

    private static double[] ppm(SimulationReport r) {
        return r.synthesis().spectrum().axis().ppmValues();
    }

    private static double[] real(SimulationReport r) {
        double[] v = r.synthesis().spectrum().real();
        for (int i = 0; i < v.length; i++) {
            v[i] /= org.metalnmr.core.constants.PhysicalConstants.AVOGADRO;
        }
        return v;
    }
}
