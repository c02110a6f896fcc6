package org.metalnmr.toolkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.cell.CellSite;

/** The {@code voxel} deposit type of scenario files: what lands where, relative paths, round trips, refusals. */
class VoxelDepositScenarioTest {

    private static final String HEAD = "{\"cell\": {\"preset\": \"B\"}, \"deposits\": [{\"name\": \"v\", \"type\": \"voxel\", "
            + "\"site\": \"counter-electrode\", %s}]}";

    @Test
    void aFileSourceIsResolvedAgainstTheScenariosFolderAndRoundTrips(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("stacks"));
        Files.write(sub.resolve("d.tif"), new byte[16]);
        Path file = dir.resolve("s.json");
        Files.writeString(file, String.format(HEAD, "\"source\": {\"file\": \"stacks/d.tif\", \"voxelSize\": 5e-7, \"threshold\": 1200},"
                + " \"placement\": {\"electrodePlanes\": 0, \"offset\": [1e-3, -2e-4], \"copies\": 3}"));
        Scenario s = ScenarioFiles.read(file);
        VoxelDepositEntry e = s.voxelDeposits().get(0);
        VoxelSource.ImportedFile f = (VoxelSource.ImportedFile) e.source();
        assertEquals(VoxelSource.FileFormat.TIFF, f.format());
        assertEquals(sub.resolve("d.tif").toAbsolutePath().normalize(), f.path());
        assertEquals(5e-7, f.voxelSizeM());
        assertEquals(1200, f.threshold());
        assertEquals(CellSite.COUNTER_ELECTRODE, e.site());
        assertEquals(new VoxelPlacement(0, 0, 1e-3, -2e-4, 1, 3), e.placement());
        // written with the absolute path, read back equal from anywhere
        Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(s), "elsewhere.json");
        assertEquals(s, again);
    }

    @Test
    void generatorsRoundTrip() {
        Scenario s = ScenarioFiles.parse(String.format(HEAD, "\"seed\": 7, \"source\": {\"generator\": \"whiskers\", \"voxelSize\": 1e-6,"
                + " \"arealDensity\": 2e9, \"radius\": 1e-6, \"length\": {\"distribution\": \"uniform\", \"min\": 5e-6, \"max\": 2e-5},"
                + " \"orientation\": {\"model\": \"cone\", \"halfAngleDeg\": 20}, \"boxLateral\": 64e-6, \"boxHeight\": 48e-6},"
                + " \"placement\": {\"coverage\": 0.25, \"rotationDeg\": 90}"), "w.json");
        VoxelSource.Whiskers w = (VoxelSource.Whiskers) s.voxelDeposits().get(0).source();
        assertEquals(7, w.generator().seed());
        assertEquals(0.25, s.voxelDeposits().get(0).placement().coverage());
        assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s), "again.json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "no source|\"placement\": {}|$.deposits[0].source is required",
        "both sources|\"source\": {\"file\": \"x.npy\", \"generator\": \"hex-array\"}|give file or generator, not both",
        "missing file|\"source\": {\"file\": \"nowhere.npy\", \"voxelSize\": 1e-6}|$.deposits[0].source.file must be an existing file",
        "unknown generator|\"source\": {\"generator\": \"fractal\", \"voxelSize\": 1e-6}|$.deposits[0].source.generator must be one of",
        "generator without voxel size|\"source\": {\"generator\": \"hex-array\"}|$.deposits[0].source.voxelSize is required",
        "negative voxel size|\"source\": {\"generator\": \"hex-array\", \"voxelSize\": -1e-6}|$.deposits[0].source: voxel size must be > 0",
        "spacing below the diameter|\"source\": {\"generator\": \"hex-array\", \"voxelSize\": 1e-6, \"spacing\": 1e-5}|must be at least twice the radius",
        "coverage above 1|\"source\": {\"generator\": \"hex-array\", \"voxelSize\": 4e-6}, \"placement\": {\"coverage\": 1.5}|coverage must be in",
        "unknown placement key|\"source\": {\"generator\": \"hex-array\", \"voxelSize\": 4e-6}, \"placement\": {\"tilt\": 3}|unknown key 'tilt' in $.deposits[0].placement",
        "offset of three|\"source\": {\"generator\": \"hex-array\", \"voxelSize\": 4e-6}, \"placement\": {\"offset\": [0, 0, 0]}|$.deposits[0].placement.offset must be an array of two numbers",
        "negative copies|\"source\": {\"generator\": \"hex-array\", \"voxelSize\": 4e-6}, \"placement\": {\"copies\": 0}|$.deposits[0].placement.copies must be an integer",
        "hex key on whiskers|\"source\": {\"generator\": \"whiskers\", \"voxelSize\": 1e-6, \"spacing\": 3e-5}|unknown key 'spacing' in $.deposits[0].source",
    })
    void badVoxelDepositsGiveOneLineNamingTheField(String name, String body, String expected) {
        String json = String.format(HEAD, body);
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse(json, "bad.json"));
        assertTrue(ex.getMessage().startsWith("bad.json: "), ex.getMessage());
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
        assertTrue(!ex.getMessage().contains("\n"), "one line");
    }
}
