package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static Path example(String name) {
        Path p = Path.of("").toAbsolutePath();
        return (Files.exists(p.resolve("examples")) ? p : p.getParent()).resolve("examples/scenarios").resolve(name);
    }

    @Test
    void writesResultSpectrumAndFigure(@TempDir Path out) throws IOException {
        CliRunner r = CliRunner.run("simulate", example("cell-b-whiskers.json").toString(), "--out", out.toString(),
                "--bms-voxel-m", "2e-4", "--rf-voxel-m", "3e-4", "--json"); // coarse: this tests the command, ForwardModelTest the physics
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("peaks").size() >= 2);
        for (JsonNode p : j.get("peaks")) {
            assertTrue(p.has("shiftPpm") && p.has("height") && p.has("fwhmPpm"));
        }
        for (JsonNode c : j.get("components")) {
            assertTrue(c.has("name") && c.has("integral") && c.has("meanShiftPpm"));
        }
        assertTrue(j.get("totalIntegral").asDouble() > 0);
        assertEquals(j, new ObjectMapper().readTree(out.resolve("result.json").toFile()));
        assertTrue(Files.readString(out.resolve("spectrum.csv")).startsWith("ppm,real,imag"));
        assertTrue(Files.readString(out.resolve("spectrum.svg")).contains("<svg"));
        assertTrue(Files.size(out.resolve("spectrum.png")) > 1000);
    }

    @Test
    void missingScenarioExitsTwoAndWritesNothing(@TempDir Path out) {
        Path dir = out.resolve("result");
        CliRunner r = CliRunner.run("simulate", out.resolve("nope.json").toString(), "--out", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nope.json"), r.err());
        assertFalse(Files.exists(dir.resolve("result.json")));
    }

    @Test
    void malformedScenarioExitsTwoNamingTheField(@TempDir Path out) throws IOException {
        Path bad = out.resolve("bad.json");
        Files.writeString(bad, Files.readString(example("cell-b-whiskers.json")).replace("\"arealDensity\": 2e10", "\"arealDensity\": -5"));
        CliRunner r = CliRunner.run("simulate", bad.toString(), "--out", out.resolve("r").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("arealDensity"), r.err());
        assertFalse(Files.exists(out.resolve("r/result.json")));
    }

    @Test
    void voxelTooSmallForMemoryIsRefused(@TempDir Path out) {
        CliRunner r = CliRunner.run("simulate", example("cell-b-whiskers.json").toString(), "--out", out.toString(),
                "--bms-voxel-m", "1e-7");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--bms-voxel-m"), r.err());
        assertFalse(Files.exists(out.resolve("result.json")));
    }
}
