package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Vector3d;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * Non-metal species placed in space, and metal plated on metal. An electrolyte inside a closed copper box is screened
 * (the RF solve gives zero field in a cavity enclosed by a perfect diamagnet); the same electrolyte in the open weighs
 * its nuclei times the coil's b sin(theta0 b). The cell's stack is shrunk to 1 mm so that it does not disturb the
 * field at the boxes (its induced dipole at 4 mm is below 0.5 % of the applied field, the shell's at 8 mm below 1 %);
 * coarse grids (300 um RF and BMS voxels).
 */
class SpeciesPlacementTest {

    private static final ForwardModel COARSE = ForwardModel.defaults()
            .withOptions(ForwardModelOptions.defaults().withRfVoxelSize(300e-6).withBmsVoxelSize(300e-6)
                    .withMaxPacketsPerDeposit(1000));

    /** A closed Cu box (outer 3 mm, walls 0.6 mm) at z = +4 mm with electrolyte inside; free electrolyte at z = -4 mm. */
    private static final String SCENARIO = """
            {"format": "metalnmr-scenario/1",
             "cell": {"preset": "B", "stack": {"counterElectrodeDiameter": 1e-3, "pelletDiameter": 1e-3, "foilDiameter": 0.9e-3,
                                                "collectorDiameter": 1e-3, "collectorThickness": 0.2e-3}},
             "deposits": [],
             "extraParts": [
               {"name": "lid-top", "material": "Cu", "shape": {"type": "box", "sizeX": 3e-3, "sizeY": 3e-3, "sizeZ": 0.6e-3}, "position": [0, 0, 5.2e-3]},
               {"name": "lid-bottom", "material": "Cu", "shape": {"type": "box", "sizeX": 3e-3, "sizeY": 3e-3, "sizeZ": 0.6e-3}, "position": [0, 0, 2.8e-3]},
               {"name": "wall-x1", "material": "Cu", "shape": {"type": "box", "sizeX": 0.6e-3, "sizeY": 3e-3, "sizeZ": 1.798e-3}, "position": [1.2e-3, 0, 4e-3]},
               {"name": "wall-x2", "material": "Cu", "shape": {"type": "box", "sizeX": 0.6e-3, "sizeY": 3e-3, "sizeZ": 1.798e-3}, "position": [-1.2e-3, 0, 4e-3]},
               {"name": "wall-y1", "material": "Cu", "shape": {"type": "box", "sizeX": 1.798e-3, "sizeY": 0.6e-3, "sizeZ": 1.798e-3}, "position": [0, 1.2e-3, 4e-3]},
               {"name": "wall-y2", "material": "Cu", "shape": {"type": "box", "sizeX": 1.798e-3, "sizeY": 0.6e-3, "sizeZ": 1.798e-3}, "position": [0, -1.2e-3, 4e-3]},
               {"name": "enclosed", "material": "electrolyte", "shape": {"type": "box", "sizeX": 1.2e-3, "sizeY": 1.2e-3, "sizeZ": 1.2e-3}, "position": [0, 0, 4e-3]},
               {"name": "free", "material": "electrolyte", "shape": {"type": "box", "sizeX": 1.2e-3, "sizeY": 1.2e-3, "sizeZ": 1.2e-3}, "position": [0, 0, -4e-3]}
             ],
             "nucleus": "7Li", "protonMHz": 500,
             "lines": [
               {"name": "shielded", "shiftPpm": 0, "fwhmPpm": 1, "amountMol": 1e-4, "in": "enclosed"},
               {"name": "open", "shiftPpm": 0, "fwhmPpm": 1, "amountMol": 1e-4, "in": "free"},
               {"name": "unplaced", "shiftPpm": 0, "fwhmPpm": 1, "amountMol": 1e-4}
             ]}
            """;

    private static ForwardSimulation sim;
    private static ForwardSimulation plated;

    /** The simulations are held in static fields for this class's tests only: released so later test classes get the heap. */
    @AfterAll
    static void releaseSimulations() {
        sim = null;
        plated = null;
    }

    @BeforeAll
    static void simulate() {
        sim = COARSE.simulate(ScenarioFiles.parse(SCENARIO, "shell"));
        plated = COARSE.simulate(ScenarioFiles.parse(SCENARIO.replace("\"deposits\": [],", """
                "deposits": [{"name": "plated", "type": "dense-layer", "site": "counter-electrode", "material": "Li",
                              "thickness": 2e-6}],"""), "plated"));
    }

    private static Component line(String name) {
        return sim.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static double weight(Component c) {
        return Math.hypot(c.packets().totalWeightRe(), c.packets().totalWeightIm());
    }

    @Test
    void speciesInAClosedConductingShellIsNotSeen() {
        double open = weight(line("open"));
        double shielded = weight(line("shielded"));
        assertTrue(shielded < 0.01 * open, "shielded " + shielded + " vs open " + open);
    }

    @Test
    void speciesInTheOpenWeighsItsNucleiTimesTheCoilsResponse() {
        // away from the metal the field is the applied one (the cell's induced dipole at 4 mm from a 3 mm stack is a
        // few % of it): a spin at p weighs b(p) sin(theta0 b(p)); the box is small against the coil, so b at its centre
        Component open = line("open");
        double b = new CoilWeight(sim.scene().coil()).relativeAmplitude(new Vector3d(0, 0, -4e-3));
        double expected = open.nuclei() * b * Math.sin(Math.PI / 2 * b);
        assertEquals(expected, weight(open), 0.02 * expected);
        // the unplaced line keeps its meaning: nuclei times b sin(theta0 b) at the coil centre, exactly
        Component unplaced = line("unplaced");
        assertEquals(unplaced.nuclei(), weight(unplaced), 1e-9 * unplaced.nuclei());
    }

    @Test
    void layerPlatedOnTheFoilJoinsItWithoutASecondLine() {
        // 2 um of Li plated on the 100 um Li counter electrode: the surface moves by 2 um, the skin layer stays, no
        // second line (before: a second line at the layer's shift and +34 % of metal signal in cell B)
        Component foil = sim.components().stream().filter(c -> c.kind() == ComponentKind.BULK_METAL).findFirst().orElseThrow();
        Component withLayer = plated.components().stream().filter(c -> c.kind() == ComponentKind.BULK_METAL).findFirst().orElseThrow();
        assertEquals(weight(foil), weight(withLayer), 1e-9 * weight(foil));
        assertTrue(plated.components().stream().noneMatch(c -> c.kind() == ComponentKind.DENSE_LAYER));
        // its nuclei (and charge) are the foil's plus the layer's: 2 um against 100 um on the same face
        assertEquals(1.02, withLayer.nuclei() / foil.nuclei(), 1e-6);
    }

    @Test
    void placingALineInAnUnknownOrMetalPartIsRefused() {
        // refused when the scenario is read, before any field is solved
        String unknown = SCENARIO.replace("\"in\": \"free\"", "\"in\": \"nowhere\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse(unknown, "unknown part"));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("lines[1]"), e.getMessage());
        String metal = SCENARIO.replace("\"in\": \"free\"", "\"in\": \"lid-top\"");
        assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse(metal, "metal part"));
        String film = SCENARIO.replace("\"in\": \"free\"", "\"onSurfaceOf\": \"free\"");
        assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse(film, "film on an insulator"));
    }
}
