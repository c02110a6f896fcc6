package org.metalnmr.examples;

import java.util.List;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.SimulationReport;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * Cell A against cell B (docs/physics.md section 2): the same Li foil and the same whiskers, once with the
 * electrode disk standing along B0 and across the coil's B1 (cell A), once lying across B0 and along
 * B1 (cell B). The forward model solves the RF field around the metal stack (which parts of the foil
 * the coil's field reaches, and how strongly) and the stack's BMS field (where each part's line sits),
 * then turns every surface element and whisker into spin packets.
 *
 * <p>What to look for: in cell B the foil (normal along B0: K - 2 chi/3, about 245 ppm) and the whiskers
 * (standing along B0: about K + chi/3, near 270 ppm) are two separate lines, and the metal signal is
 * several times stronger than in cell A, where the foil screens the RF field (it is perpendicular to
 * B1) and its line moves up to 260-280 ppm (normal across B0), on top of the whiskers.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.CellAVersusCellB [figure.svg] [--quick]} (about 20-30 s per cell on 2 cores).</p>
 */
public final class CellAVersusCellB {

    private CellAVersusCellB() {
    }

    /**
     * @param args optional output path of the SVG figure (default
     *             {@code docs/figures/examples/cell-a-vs-b.svg}) and {@code --quick}
     */
    public static void main(String[] args) {
        ExampleArgs a = ExampleArgs.parse(args, "docs/figures/examples/cell-a-vs-b.svg");
        ForwardModel model = CellScenarios.model(a.quick());

        // 1. the scenario: cell B from the toolkit's built-in case, cell A derived from it
        Scenario cellB = CellScenarios.cellB();
        Scenario cellA = CellScenarios.inCellA(cellB);

        // 2. simulate both (RF solve, BMS solve, spin packets), then synthesise their spectra
        SimulationReport ra = SimulationReport.of(model.simulate(cellA));
        SimulationReport rb = SimulationReport.of(model.simulate(cellB));

        // 3. what each component amounts to
        System.out.println("component            cell  integral [umol]  mean shift [ppm]  phase [deg]  visible fraction");
        print("A", ra.summaries());
        print("B", rb.summaries());
        double metalA = metalIntegral(ra.summaries());
        double metalB = metalIntegral(rb.summaries());
        System.out.println(ExampleArgs.fmt("metal signal, cell B / cell A = %.2f", metalB / metalA));

        // 4. the figure: both spectra on one axis, then each cell with its components
        LinePlot overlay = LinePlot.of("7Li metal region, 500 MHz: the same foil and whiskers in cell A and cell B",
                        "shift [ppm]", "intensity (real part) [umol/ppm]").withReversedX(true).withXRange(200, 320)
                .withSeries(PlotSeries.solid("cell A (electrode along B0, across B1)", ppm(ra), realUmol(ra)))
                .withSeries(PlotSeries.solid("cell B (electrode across B0, along B1)", ppm(rb), realUmol(rb)));
        LinePlot pb = withHeadroom(rb.spectrumPlot("cell B and its components", 200, 320), rb);
        LinePlot pa = withHeadroom(ra.spectrumPlot("cell A and its components", 200, 320), ra);
        ExampleFigure.write(a.output(), 1000, 380, List.of(List.of(overlay::draw), List.of(pb::draw, pa::draw)));
        System.out.println("wrote " + a.output() + " and " + ExampleFigure.pngPath(a.output()));
    }

    private static void print(String cell, List<ComponentSummary> summaries) {
        for (ComponentSummary c : summaries) {
            System.out.println(ExampleArgs.fmt("%-20s %4s  %15.4f  %16.1f  %11.1f  %16.3f", c.name(), cell, c.integral() * 1e6,
                    c.meanShiftPpm(), c.phaseDeg(), c.visibleFraction()));
        }
    }

    static double metalIntegral(List<ComponentSummary> summaries) {
        return summaries.stream().filter(c -> c.kind() != ComponentKind.NON_METAL).mapToDouble(ComponentSummary::integral).sum();
    }

    /** Room above the highest peak for the legend: the y range of 200-320 ppm, stretched upwards. */
    private static LinePlot withHeadroom(LinePlot plot, SimulationReport r) {
        double[] x = ppm(r);
        double[] y = r.synthesis().spectrum().real();
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= 200 && x[i] <= 320) {
                lo = Math.min(lo, y[i] / PhysicalConstants.AVOGADRO);
                hi = Math.max(hi, y[i] / PhysicalConstants.AVOGADRO);
            }
        }
        return plot.withYRange(lo - 0.05 * (hi - lo), hi + 0.6 * (hi - lo));
    }

    private static double[] ppm(SimulationReport r) {
        return r.synthesis().spectrum().axis().ppmValues();
    }

    /** The real part of the spectrum, from nuclei-equivalents per ppm to umol per ppm. */
    private static double[] realUmol(SimulationReport r) {
        Spectrum s = r.synthesis().spectrum();
        double[] y = s.real();
        for (int i = 0; i < y.length; i++) {
            y[i] *= 1e6 / PhysicalConstants.AVOGADRO;
        }
        return y;
    }
}
