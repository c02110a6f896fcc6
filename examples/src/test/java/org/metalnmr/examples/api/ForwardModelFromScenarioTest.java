package org.metalnmr.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.SimulationReport;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/** The forward-model API example: its scenario object is the example scenario file, and it simulates. */
class ForwardModelFromScenarioTest {

    @Test
    void scenarioWrittenInJavaIsTheExampleFile() {
        assertEquals(ScenarioFiles.toJson(ScenarioFiles.read(Path.of("scenarios", "cell-a-foil.json"))),
                ScenarioFiles.toJson(ForwardModelFromScenario.scenario()));
    }

    @Test
    void simulationHasTheMetalAndTheElectrolyteLine() {
        SimulationReport report = ForwardModelFromScenario.simulate(ForwardModelFromScenario.scenario(), true);
        ComponentSummary electrolyte = report.summaries().stream().filter(c -> c.kind() == ComponentKind.NON_METAL)
                .findFirst().orElseThrow();
        // a non-metal line is not screened by a skin layer: its integral is the observed nucleus' share of the
        // amount given (7Li is 92.58 % of Li, IUPAC 2001) times the fraction the coil sees
        double abundance = Nuclei.bySymbol("7Li").naturalAbundancePercent() / 100;
        assertEquals(1.34e-3 * abundance * electrolyte.visibleFraction(), electrolyte.integral(), 1e-6 * electrolyte.integral());
        // its peak stays within its own half width (3 ppm) of the 4 ppm it was given: the metal's BMS field
        // at the electrolyte is a fraction of chi = 24 ppm
        assertTrue(report.peaks().stream().anyMatch(p -> Math.abs(p.shiftPpm() - 4.0) < 3.0), report.peaks().toString());
        double metal = report.summaries().stream().filter(c -> c.kind() != ComponentKind.NON_METAL)
                .mapToDouble(ComponentSummary::integral).sum();
        assertTrue(metal > 0, "metal integral " + metal);
    }

    @Test
    void mainPrintsComponentsAndPeaks() {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            ForwardModelFromScenario.main(new String[] {"--quick"});
        } finally {
            System.setOut(old);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        // the plated layer joins the counter electrode it grew on (one metal part, one component)
        assertTrue(out.contains("Li6PS5Cl") && out.contains("counter-electrode") && out.contains("peak at"), out);
    }
}
