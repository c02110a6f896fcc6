package org.metalnmr.toolkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.cell.BoxHousing;
import org.metalnmr.geometry.cell.CellPlacement;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.deposit.ConeOrientation;
import org.metalnmr.geometry.deposit.DeadLithiumSpec;
import org.metalnmr.geometry.deposit.DenseLayerSpec;
import org.metalnmr.geometry.deposit.EmpiricalSize;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.geometry.deposit.LogNormalSize;
import org.metalnmr.geometry.deposit.MossyLayerSpec;
import org.metalnmr.geometry.deposit.UniformSize;
import org.metalnmr.geometry.deposit.VonMisesFisherOrientation;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.geometry.deposit.WhiskerSpec;

class ScenarioFilesTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "scenarios");

    @ParameterizedTest
    @ValueSource(strings = {"cell-b-whiskers.json", "cell-a-foil.json", "cell-b-hex-array.json", "cell-a-hex-array.json"})
    void examplesParseBuildAndRoundTrip(String name) {
        Scenario s = ScenarioFiles.read(EXAMPLES.resolve(name));
        CellGeometry scene = s.buildCellGeometry();
        assertEquals(s.deposits().size(), scene.deposits().size());
        Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(s), "round-trip");
        assertEquals(s, again);
        assertEquals(ScenarioFiles.toJson(s), ScenarioFiles.toJson(again));
    }

    @Test
    void exampleValuesLandWhereTheFormatSays() {
        Scenario b = ScenarioFiles.read(EXAMPLES.resolve("cell-b-whiskers.json"));
        assertEquals(CellPreset.B, b.cell().preset());
        assertEquals(FieldConversions.b0FromProtonFrequency(500e6), b.b0Tesla(), 1e-12);
        WhiskerSpec w = (WhiskerSpec) b.deposits().get(0).spec();
        assertEquals(new LogNormalSize(1.0e-6, 0.3), w.radius());
        assertEquals(new VonMisesFisherOrientation(20), w.orientation());
        assertEquals(CellSite.WORKING_ELECTRODE, b.deposits().get(0).site());
        WhiskerPopulation pop = (WhiskerPopulation) b.buildCellGeometry().deposits().get(0).deposit();
        assertEquals(Math.round(2e10 * Math.PI * 16e-6), pop.count());
        Scenario a = ScenarioFiles.read(EXAMPLES.resolve("cell-a-foil.json"));
        assertEquals(11.7434, a.b0Tesla(), 0);
        assertEquals(Scenario.DEFAULT_TEMPERATURE_K, a.temperatureK(), 0);
        assertEquals(SinglePulseExperiment.defaults(), a.acquisition());
        assertEquals(LineShape.LORENTZIAN, a.lines().get(0).shape());
    }

    @Test
    void everyKindOfValueRoundTrips(@TempDir Path dir) {
        Scenario d = Scenario.defaults(CellPreset.B);
        Scenario s = new Scenario(
                d.cell().withHousing(new BoxHousing("PEEK", 13e-3, 9e-3, 8e-3))
                        .withPlacement(new CellPlacement(new Vector3d(0.1e-3, -0.2e-3, 0.3e-3), Math.toRadians(17.3), Math.toRadians(-5.7))),
                d.coil(),
                List.of(new ExtraPart("spacer", PartRole.OTHER, new Ellipsoid("PEEK", 0.5e-3, 0.4e-3, 0.3e-3, Pose.IDENTITY),
                        new Vector3d(5.5e-3, 0, 0), new Vector3d(1, 1, 0))),
                List.of(new DepositEntry("w", CellSite.WORKING_ELECTRODE, 3,
                                new WhiskerSpec("Li", 1e8, new UniformSize(1e-6, 2e-6), new EmpiricalSize(new double[] {1e-5, 3e-5}),
                                        new ConeOrientation(Math.toRadians(12.5)))),
                        new DepositEntry("moss", CellSite.COUNTER_ELECTRODE, -7, new MossyLayerSpec("Li", 20e-6, 0.3, 1e-6, 5e-6, true)),
                        new DepositEntry("dead", CellSite.COUNTER_ELECTRODE, 11,
                                new DeadLithiumSpec("Li", 1e7, new FixedSize(2e-6), 3, 1e-6, 30e-6)),
                        new DepositEntry("plate", CellSite.COUNTER_ELECTRODE, 0, new DenseLayerSpec("Li", 1e-6))),
                "6Li", 9.4, 300, new SinglePulseExperiment(30, 1e5, 4096, 20, 250, 12.5, -3), List.of(
                        new NonMetalLine("SEI", 1.0, 3.0, 1e-6, LineShape.GAUSSIAN)));
        Path file = dir.resolve("s.json");
        ScenarioFiles.write(s, file);
        assertEquals(s, ScenarioFiles.read(file));
        assertEquals(ScenarioFiles.toJson(s), ScenarioFiles.toJson(ScenarioFiles.read(file)));
    }

    @Test
    void degreesAreWrittenSoThatTheyReadBackExactly() {
        // exact for every angle that was read from a file (radians = toRadians(degrees))
        for (double d = -179.9; d < 180; d += 0.37) {
            double r = Math.toRadians(d);
            assertEquals(r, Math.toRadians(ScenarioFiles.degrees(r)), 0);
        }
    }

    private static final String BASE = "{\"cell\": {\"preset\": \"B\"%s}%s}";

    /** Each malformed scenario gives exactly one InvalidInputException whose message names the path and the problem. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "wrong type|, \"stack\": {\"pelletThickness\": \"thick\"}||$.cell.stack.pelletThickness must be a number, got \"thick\"",
        "negative size|, \"stack\": {\"foilThickness\": -20e-6}||foilThickness must be > 0 [m], got -2.0E-5",
        "unknown material|, \"stack\": {\"foilMaterial\": \"Unobtainium\"}||$.cell.stack.foilMaterial = 'Unobtainium' is not a known material",
        "unknown key|, \"stak\": {}||unknown key 'stak' in $.cell",
        "unknown preset C|||$.cell.preset must be one of",
        "overlapping parts||, \"extraParts\": [{\"name\": \"ball\", \"material\": \"Cu\", \"shape\": {\"type\": \"sphere\", \"radius\": 2e-4}}]|parts 'pellet' (pellet) and 'ball' (other) overlap",
        "housing wider than the coil|, \"housing\": {\"sizeY\": 14e-3, \"sizeZ\": 14e-3}||part 'housing' reaches",
        "both field forms||, \"b0Tesla\": 9.4, \"protonMHz\": 400|not both",
        "unknown nucleus||, \"nucleus\": \"99Xx\"|unknown nucleus '99Xx'",
        "temperature too high||, \"temperatureK\": 600|temperatureK must be in [150.0, 450.0]",
        "deposit without type||, \"deposits\": [{\"name\": \"x\", \"site\": \"counter-electrode\"}]|$.deposits[0].type is required",
        "unknown site||, \"deposits\": [{\"name\": \"x\", \"type\": \"dense-layer\", \"site\": \"anode\", \"thickness\": 1e-6}]|$.deposits[0].site must be one of",
        "bad distribution||, \"deposits\": [{\"name\": \"w\", \"type\": \"whiskers\", \"site\": \"working-electrode\", \"arealDensity\": 1e6, \"radius\": {\"distribution\": \"gamma\"}, \"length\": 1e-5}]|$.deposits[0].radius.distribution must be one of",
        "negative whisker radius||, \"deposits\": [{\"name\": \"w\", \"type\": \"whiskers\", \"site\": \"working-electrode\", \"arealDensity\": 1e6, \"radius\": -1e-6, \"length\": 1e-5}]|fixed size must be > 0 [m]",
        "duplicate deposit name||, \"deposits\": [{\"name\": \"pellet\", \"type\": \"dense-layer\", \"site\": \"counter-electrode\", \"thickness\": 1e-6}]|name 'pellet' is already used",
        "isolated moss too dense||, \"deposits\": [{\"name\": \"m\", \"type\": \"mossy\", \"site\": \"counter-electrode\", \"thickness\": 1e-5, \"packingFraction\": 0.5, \"strandRadius\": 1e-6, \"strandLength\": 5e-6, \"connected\": false}]|packing fraction of isolated particles must be <= 0.3",
        "integer expected||, \"acquisition\": {\"points\": 100.5}|$.acquisition.points must be an integer",
    })
    void malformedScenariosGiveOneClearError(String name, String cellExtra, String topExtra, String expected) {
        String cell = cellExtra == null ? "" : cellExtra;
        String top = topExtra == null ? "" : topExtra;
        String json = String.format(BASE, cell, top);
        if (name.equals("unknown preset C")) {
            json = json.replace("\"B\"", "\"C\"");
        }
        String j = json;
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse(j, "bad.json"));
        assertTrue(ex.getMessage().startsWith("bad.json: "), ex.getMessage());
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
        assertTrue(!ex.getMessage().contains("\n"), "one line");
    }

    @Test
    void syntaxErrorsAndMissingCellAreReported() {
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse("{\"cell\": ", "x.json"));
        assertTrue(ex.getMessage().contains("x.json: not valid JSON"), ex.getMessage());
        ex = assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse("{}", "x.json"));
        assertTrue(ex.getMessage().contains("$.cell is required"), ex.getMessage());
        ex = assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse("{\"cell\": {\"preset\": \"A\"}, \"nucleus\": \"7Li\", \"nucleus\": \"6Li\"}", "x.json"));
        assertTrue(ex.getMessage().contains("Duplicate field 'nucleus'"), ex.getMessage());
        ex = assertThrows(InvalidInputException.class, () -> ScenarioFiles.read(Path.of("does-not-exist.json")));
        assertTrue(ex.getMessage().contains("does-not-exist.json"), ex.getMessage());
    }

    @Test
    void inputFileIsNotModified(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("in.json");
        Files.copy(EXAMPLES.resolve("cell-a-foil.json"), f);
        byte[] before = Files.readAllBytes(f);
        ScenarioFiles.read(f);
        assertEquals(new String(before), new String(Files.readAllBytes(f)));
    }
}
