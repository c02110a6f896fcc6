package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.materials.MaterialOverride;
import org.metalnmr.core.materials.MaterialTable;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.materials.SourcedValue;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * A scenario's material overrides reach the physics: the resistivity through the skin depth, the Knight shift through
 * the line position (docs/physics.md sections 3 and 4). Coarse grids: the checks compare two runs on the same grid.
 */
class MaterialOverridesForwardTest {

    private static final ForwardModel COARSE = ForwardModel.defaults().withOptions(ForwardModelOptions.defaults()
            .withBmsVoxelSize(2e-4).withRfVoxelsAcrossLayer(0.5).withMaxPacketsPerDeposit(2_000));

    private static ComponentSummary foil(Scenario s) {
        return SimulationReport.of(COARSE.simulate(s)).summaries().stream()
                .filter(c -> c.kind() == ComponentKind.BULK_METAL).findFirst().orElseThrow();
    }

    /**
     * The foil is many skin depths thick, so its signal is n dA d h_t ... with d = sqrt(2 rho / (omega mu0 mu_r)):
     * four times the resistivity doubles the skin depth and the signal (the RF field outside does not depend on rho in
     * the surface-impedance limit), up to the sampling point: each surface element's coil amplitude is taken one skin
     * depth deep (ForwardModel.bulkMetal), and that depth moves with d (here by about 10 um), over which the coil field
     * changes by far less than 1e-3. A Knight shift 5 ppm higher, alone, moves every packet and so the line by exactly
     * 5 ppm (the BMS does not depend on K; the two overrides are applied separately because the BMS map sampled one
     * skin depth deep does move with d).
     */
    @Test
    void resistivityScalesTheFoilSignalAsTheSkinDepthAndKnightShiftMovesTheLine() {
        Scenario base = ScenarioFiles.read(Path.of("..", "examples", "scenarios", "cell-a-foil.json"));
        double rho = Materials.byName("Li").resistivityOhmM();
        double k = Materials.byName("Li").knightShiftPpm("7Li");
        Scenario resistive = base.withMaterials(MaterialTable.of(List.of(new MaterialOverride("Li", null,
                Map.of(), new SourcedValue(4 * rho, "test"), null))));
        Scenario shifted = base.withMaterials(MaterialTable.of(List.of(new MaterialOverride("Li", null,
                Map.of("7Li", new SourcedValue(k + 5, "test")), null, null))));
        ComponentSummary a = foil(base);
        assertEquals(2.0, foil(resistive).integral() / a.integral(), 2e-3);
        ComponentSummary b = foil(shifted);
        assertEquals(5.0, b.meanShiftPpm() - a.meanShiftPpm(), 1e-9, "moved " + (b.meanShiftPpm() - a.meanShiftPpm()));
        assertEquals(a.integral(), b.integral(), 1e-12 * a.integral());
    }
}
