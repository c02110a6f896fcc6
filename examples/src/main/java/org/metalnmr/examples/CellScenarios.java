package org.metalnmr.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.ForwardModelOptions;
import org.metalnmr.toolkit.scenario.DepositEntry;
import org.metalnmr.toolkit.scenario.NonMetalLine;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * The scenario the forward-model examples start from, and the two numerical settings they use.
 *
 * <p>The scenario is the toolkit's built-in {@code compare-cells} case (the one behind
 * {@code metalnmr compare-cells}): cell B of docs/physics.md section 2 (electrode disk across B0, along B1)
 * with a 100 um Li counter-electrode foil, Li whiskers (radius about 1 um, length about 50 um) grown on
 * the carbon working electrode, 7Li at 500 MHz, 50 C, and the Li6PS5Cl electrolyte line at 4 ppm.
 * Cell A is the same stack and deposits in the cell-A body (electrode along B0, across B1).</p>
 */
final class CellScenarios {

    /** Resource path of the built-in scenario in the toolkit jar. */
    static final String COMPARE_CELLS = "/org/metalnmr/toolkit/forward/compare-cells.json";

    private CellScenarios() {
    }

    /** @return cell B with whiskers, as in {@code metalnmr compare-cells} */
    static Scenario cellB() {
        try (InputStream in = CellScenarios.class.getResourceAsStream(COMPARE_CELLS)) {
            if (in == null) {
                throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, COMPARE_CELLS);
            }
            return ScenarioFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "compare-cells.json");
        } catch (IOException e) {
            throw new MetalNmrException(e, CoreMessage.RESOURCE_UNREADABLE, COMPARE_CELLS, e.getMessage());
        }
    }

    /**
     * @param b a cell-B scenario
     * @return the same stack, deposits, nucleus, field, acquisition and lines in the cell-A body
     */
    static Scenario inCellA(Scenario b) {
        return new Scenario(CellParameters.defaults(CellPreset.A).withStack(b.cell().stack()), b.coil(), b.extraParts(),
                b.deposits(), b.nucleus(), b.b0Tesla(), b.temperatureK(), b.acquisition(), b.lines());
    }

    /**
     * @param s        a scenario
     * @param deposits the deposits to use instead of its own
     * @param lines    the non-metal lines to use instead of its own
     * @return the scenario with them
     */
    static Scenario with(Scenario s, List<DepositEntry> deposits, List<NonMetalLine> lines) {
        return new Scenario(s.cell(), s.coil(), s.extraParts(), deposits, s.nucleus(), s.b0Tesla(), s.temperatureK(),
                s.acquisition(), lines);
    }

    /**
     * The forward model at the resolution of the figures or of the smoke tests. Full: 120 um BMS voxels in
     * the electrode plane (the through-thickness voxel stays at a quarter of the foil), the default 150 um
     * RF voxels and 2e4 packets per deposit (the settings of the toolkit's ForwardModelTest, about 20-30 s
     * per cell on an idle 2-core machine). Quick: 400 um BMS and 500 um RF voxels and 2e3 packets (a few
     * seconds): the 100 um foil is then thinner than a voxel, its line moves by several ppm and its
     * intensity is wrong, good enough only to check that the example runs.
     *
     * @param quick whether to use the coarse settings
     * @return the model
     */
    static ForwardModel model(boolean quick) {
        ForwardModelOptions o = ForwardModelOptions.defaults();
        o = quick ? o.withBmsVoxelSize(400e-6).withRfVoxelSize(500e-6).withMaxPacketsPerDeposit(2_000)
                : o.withBmsVoxelSize(120e-6).withMaxPacketsPerDeposit(20_000);
        return ForwardModel.defaults().withOptions(o);
    }

    /**
     * @param summaries the component summaries of a simulation
     * @param kind      a component kind
     * @return the first component of that kind
     */
    static ComponentSummary first(List<ComponentSummary> summaries, ComponentKind kind) {
        return summaries.stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new InternalInvariantException(ExampleMessage.NO_COMPONENT_OF_KIND, kind, summaries));
    }
}
