package org.metalnmr.examples.api;

import java.util.List;

import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.cell.CylindricalHousing;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.geometry.deposit.DenseLayerSpec;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.ForwardModelOptions;
import org.metalnmr.toolkit.forward.SimulationReport;
import org.metalnmr.toolkit.forward.SpectrumPeak;
import org.metalnmr.toolkit.scenario.SinglePulseExperiment;
import org.metalnmr.toolkit.scenario.DepositEntry;
import org.metalnmr.toolkit.scenario.LineShape;
import org.metalnmr.toolkit.scenario.NonMetalLine;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * Forward model from a scenario object: the Li foil counter electrode of cell A with a 2 um plated layer
 * and the Li6PS5Cl electrolyte line, 7Li at 500 MHz (the same scenario as
 * {@code examples/scenarios/cell-a-foil.json}, written in Java instead of JSON).
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.api.ForwardModelFromScenario [--quick]}.</p>
 */
public final class ForwardModelFromScenario {

    private ForwardModelFromScenario() {
    }

    /**
     * @param args {@code --quick} for coarse grids (a few seconds; line positions off by several ppm)
     */
    public static void main(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        SimulationReport report = simulate(scenario(), quick);
        for (ComponentSummary c : report.summaries()) {
            System.out.printf("%-20s integral %.4e mol, mean shift %7.1f ppm, visible fraction %.3f%n",
                    c.name(), c.integral(), c.meanShiftPpm(), c.visibleFraction());
        }
        for (SpectrumPeak p : report.peaks()) {
            System.out.printf("peak at %7.1f ppm, FWHM %.2f ppm%n", p.shiftPpm(), p.fwhmPpm());
        }
    }

    /** @return the scenario: cell A, a plated layer on the counter electrode, the electrolyte line */
    public static Scenario scenario() {
        CellParameters cell = CellParameters.defaults(CellPreset.A)
                .withHousing(new CylindricalHousing("PEEK", 12e-3, 12e-3));
        DepositEntry plated = new DepositEntry("plated", CellSite.COUNTER_ELECTRODE, 1,
                new DenseLayerSpec("Li", 2e-6));
        NonMetalLine electrolyte = new NonMetalLine("Li6PS5Cl", 4.0, 6.0, 1.34e-3, LineShape.LORENTZIAN);
        return new Scenario(cell, Solenoid.defaults(), List.of(), List.of(plated), "7Li", 11.7434,
                Scenario.DEFAULT_TEMPERATURE_K, SinglePulseExperiment.defaults(), List.of(electrolyte));
    }

    /**
     * @param scenario the scenario
     * @param quick    coarse grids (400 um BMS and 500 um RF voxels, 2000 packets per deposit) instead of the defaults
     * @return the simulation: peaks, per-component summaries and the spectrum
     */
    public static SimulationReport simulate(Scenario scenario, boolean quick) {
        ForwardModel model = ForwardModel.defaults();
        if (quick) {
            model = model.withOptions(ForwardModelOptions.defaults().withBmsVoxelSize(400e-6).withRfVoxelSize(500e-6)
                    .withMaxPacketsPerDeposit(2_000));
        }
        return SimulationReport.of(model.simulate(scenario));
    }
}
