package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code metalnmr microstructure}: outputs of a generated patch, and a bad import refused with exit 2 and one line. */
class MicrostructureCommandTest {

    @TempDir
    Path dir;

    /**
     * The LiMetalNMR case on a 32^3 grid (4 um voxels): the cylinders' line above the bulk's with the slab normal along
     * B0 (the bulk a plate at -2chi/3, the cylinders short posts above it), the three outputs written.
     */
    @Test
    void hexArrayWritesSpectrumJsonAndFigure() throws Exception {
        Path out = dir.resolve("hex");
        CliRunner r = CliRunner.run("microstructure", "--generate", "hex-array", "--grid", "32", "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("depositMinusBulkMeanPpm").asDouble() > 0);
        assertEquals(32, j.get("grid").get(0).asInt());
        assertTrue(Files.size(out.resolve("spectrum.csv")) > 0);
        assertTrue(Files.exists(out.resolve("microstructure.svg")));
        assertTrue(Files.exists(out.resolve("result.json")));
    }

    @Test
    void badNpyIsRefusedWithOneLineAndNoOutput() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.npy"), "not an array at all");
        Path out = dir.resolve("bad-out");
        CliRunner r = CliRunner.run("microstructure", "--npy", bad.toString(), "--voxel-m", "1e-6", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.npy is not a valid NumPy .npy file"), r.err());
        assertFalse(Files.exists(out.resolve("result.json")));
    }

    /**
     * The mossy and dead-metal generators through the command (32^3, 4 um voxels): outputs written and the source named
     * (their physics is tested in the microstructure module).
     */
    @Test
    void mossyAndDeadMetalGenerate() throws Exception {
        Path mossy = dir.resolve("mossy");
        CliRunner r = CliRunner.run("microstructure", "--generate", "mossy", "--connected", "--packing", "0.2", "--sphere-radius-um", "6",
                "--grid", "32", "--out", mossy.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("generated mossy (connected growth)", j.get("source").asText());
        assertTrue(Double.isFinite(j.get("depositMeanShiftPpm").asDouble()));
        Path dead = dir.resolve("dead");
        CliRunner d = CliRunner.run("microstructure", "--generate", "dead-metal", "--fragment-um", "8,4,4", "--fragment-gap-um", "4",
                "--fragment-fraction", "0.01", "--grid", "32", "--out", dead.toString(), "--json");
        assertEquals(0, d.exitCode(), d.err());
        assertTrue(Files.exists(dead.resolve("microstructure.svg")));
    }

    /**
     * B0 along y takes B1 along x by default (it took y, the B0 axis, and was refused). Across B0 a layer's deposit sits
     * below its slab (the slab at +chi/3, a plate along B0; the cylinders shorter): the hex array's line below the bulk.
     */
    @Test
    void b0AlongYRunsWithTheDefaultB1() throws Exception {
        Path out = dir.resolve("y");
        CliRunner r = CliRunner.run("microstructure", "--generate", "hex-array", "--grid", "32", "--b0-axis", "y", "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("x", j.get("b1Axis").asText());
        assertTrue(j.get("depositMinusBulkMeanPpm").asDouble() < 0);
    }

    @Test
    void badGeneratorOptionsAreRefusedWithOneLine() throws Exception {
        Path out = dir.resolve("refused");
        CliRunner r = CliRunner.run("microstructure", "--generate", "mossy", "--packing", "0.5", "--grid", "32", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("0.3841"), r.err());
        assertFalse(Files.exists(out.resolve("result.json")));
        CliRunner v = CliRunner.run("microstructure", "--generate", "hex-array", "--voxel-m", "1e-6", "--grid", "32", "--out", out.toString());
        assertEquals(2, v.exitCode());
        assertTrue(v.err().contains("--voxel-m"), v.err());
    }
}
