package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.spectra.plot.Figure;

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
            assertTrue(p.has("shiftPpm") && p.has("heightMolPerPpm") && p.has("fwhmPpm"));
        }
        for (JsonNode c : j.get("components")) {
            assertTrue(c.has("name") && c.has("integral") && c.has("meanShiftPpm"));
        }
        assertTrue(j.get("totalIntegral").asDouble() > 0);
        assertEquals(j, new ObjectMapper().readTree(out.resolve("result.json").toFile()));
        assertTrue(Files.readString(out.resolve("spectrum.csv")).startsWith("ppm,real_mol_per_ppm,imag_mol_per_ppm\n"));
        String svg = Files.readString(out.resolve("spectrum.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("[mol/ppm]"), "intensity axis in mol/ppm");
        assertEquals(Figure.PNG_WIDTH, ImageIO.read(out.resolve("spectrum.png").toFile()).getWidth());
        assertTrue(Files.size(out.resolve("spectrum.svg")) < 400_000, "decimated: " + Files.size(out.resolve("spectrum.svg")) + " bytes");
        assertSameUnit(j, out.resolve("spectrum.csv"));
    }

    /**
     * spectrum.csv and result.json are in the same unit, mol/ppm: at the tallest peak the CSV's |intensity| equals
     * the JSON heightMolPerPpm up to the phase and the neighbouring lines' tails (the height is of the absorption-mode
     * spectrum), so within a factor 2; a unit mismatch (nuclei against mol) would be a factor 6e23.
     */
    private static void assertSameUnit(JsonNode j, Path csv) throws IOException {
        double tallest = 0;
        double at = 0;
        for (JsonNode p : j.get("peaks")) {
            if (p.get("heightMolPerPpm").asDouble() > tallest) {
                tallest = p.get("heightMolPerPpm").asDouble();
                at = p.get("shiftPpm").asDouble();
            }
        }
        double nearest = Double.POSITIVE_INFINITY;
        double magnitude = 0;
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            double d = Math.abs(Double.parseDouble(f[0]) - at);
            if (d < nearest) {
                nearest = d;
                magnitude = Math.hypot(Double.parseDouble(f[1]), Double.parseDouble(f[2]));
            }
        }
        double ratio = magnitude / tallest;
        assertTrue(ratio > 0.5 && ratio < 2, "CSV |intensity| / JSON height at " + at + " ppm: " + ratio);
    }

    /** The default figure shows the metal lines (near 240-275 ppm for 7Li metal), not the whole 1000 ppm; --plot-ppm overrides it. */
    @Test
    void plotsTheMetalRegionByDefault(@TempDir Path out) throws IOException {
        CliRunner r = CliRunner.run("simulate", example("cell-b-whiskers.json").toString(), "--out", out.resolve("a").toString(),
                "--bms-voxel-m", "2e-4", "--rf-voxel-m", "3e-4");
        assertEquals(0, r.exitCode(), r.err());
        String svg = Files.readString(out.resolve("a/spectrum.svg"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("spectrum of cell-b-whiskers.json, (\\d+) to (\\d+) ppm").matcher(svg);
        assertTrue(m.find(), "title states the window");
        double hi = Double.parseDouble(m.group(1));
        double lo = Double.parseDouble(m.group(2));
        assertTrue(hi > 275 && hi < 340 && lo > 180 && lo < 240, "window " + lo + " .. " + hi);
        CliRunner bad = CliRunner.run("simulate", example("cell-b-whiskers.json").toString(), "--out", out.resolve("b").toString(),
                "--plot-ppm", "300-200");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--plot-ppm"), bad.err());
        assertFalse(Files.exists(out.resolve("b/result.json")));
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
