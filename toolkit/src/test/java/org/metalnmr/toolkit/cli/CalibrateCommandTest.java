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
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.toolkit.scenario.Calibration;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * {@code calibrate} on the Li strip series of Trease et al. (2012) and the calibration file's way into {@code simulate}
 * and {@code fit}.
 */
class CalibrateCommandTest {

    /** Trease et al. 2012 (docs/physics.md section 4): strip plane at 0/30/45/90 deg to B0 -> 272/265/252/242 ppm. */
    private static final String TREASE = "# Trease et al. 2012\nplaneAngleDeg,shiftPpm\n0,272\n30,265\n45,252\n90,242\n";

    private static final ObjectMapper M = new ObjectMapper();

    private static Path example(String name) {
        Path p = Path.of("").toAbsolutePath();
        return (Files.exists(p.resolve("examples")) ? p : p.getParent()).resolve("examples/scenarios").resolve(name);
    }

    private static Path calibrate(Path dir) throws IOException {
        Path csv = dir.resolve("trease.csv");
        Files.writeString(csv, TREASE);
        Path cal = dir.resolve("li.calibration.json");
        CliRunner r = CliRunner.run("calibrate", csv.toString(), "--geometry", "plate-plane", "--out", cal.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        return cal;
    }

    /**
     * The normal equations by hand (as OrientationSeriesFitTest): x = 1/3 - sin^2 alpha = (1/3, 1/12, -1/6, -2/3),
     * Sxx = 0.546875, Sxy = 16.8125: chi = 30.742857e-6 ("about 31e-6", docs/physics.md), K = 260.952381 ppm; the
     * standard errors s sqrt(diag((X^T X)^-1)) with s^2 = RSS / 2.
     */
    @Test
    void treaseSeriesGivesThePublishedFitWithErrors(@TempDir Path dir) throws IOException {
        Path cal = calibrate(dir);
        JsonNode j = M.readTree(cal.toFile());
        assertEquals(30.742857e-6, j.get("chi").asDouble(), 1e-12);
        assertEquals(260.952381, j.get("knightShiftPpm").asDouble(), 1e-6);
        double[] x = {1.0 / 3, 1.0 / 12, -1.0 / 6, -2.0 / 3};
        double[] y = {272, 265, 252, 242};
        double rss = 0;
        for (int i = 0; i < 4; i++) {
            double r = y[i] - (260.952381 + 30.742857 * x[i]);
            rss += r * r;
        }
        double s = Math.sqrt(rss / 2);
        assertEquals(s / Math.sqrt(0.546875) * 1e-6, j.get("chiStdErr").asDouble(), 1e-11);
        double meanX = -5.0 / 48;
        assertEquals(s * Math.sqrt(0.25 + meanX * meanX / 0.546875), j.get("knightShiftStdErrPpm").asDouble(), 1e-5);
        // covariance [[var K, cov], [cov, var chi]], cov = -mean(x) s^2 / Sxx (ppm x 1e-6)
        assertEquals(-meanX * s * s / 0.546875 * 1e-6, j.get("covariance").get(0).get(1).asDouble(), 1e-10);
        assertEquals(cal.getParent().resolve("trease.csv").toString(), j.get("source").asText());
        assertFalse(j.get("date").asText().isBlank());
        Calibration back = Calibration.read(cal);
        assertEquals(j.get("chi").asDouble(), back.chi());
    }

    /**
     * The calibration in simulate: the cell B foil (a disk, normal along B0) moves by
     * dK + 1e6 dchi (1/3 - N_zz), N_zz the disk's magnetometric factor (Chen, Brug and Goldfarb 1991); the skin layer
     * samples the faces, where the local factor is nearer 1 than the volume mean, so the tolerance is the disk's
     * departure from an infinite plate, (1 - N_zz) |dchi|, plus 0.05 ppm. result.json names the calibration as the source.
     */
    @Test
    void calibrationFileMovesTheFoilLineBySusceptibilityTimesShapeFactor(@TempDir Path dir) throws IOException {
        Path cal = calibrate(dir);
        Path scenario = example("cell-b-whiskers.json");
        // coarse grids; the RF voxel tied to the foil (200 um, faces on voxel boundaries) as by default
        String[] coarse = {"--bms-voxel-m", "2e-4", "--rf-voxels-across-layer", "0.5", "--no-error-estimate", "--json"};
        JsonNode plain = simulate(scenario, dir.resolve("plain"), coarse);
        JsonNode withCal = simulate(scenario, dir.resolve("cal"), concat(coarse, "--calibration", cal.toString()));
        Part foil = ScenarioFiles.read(scenario).buildCellGeometry().parts().stream()
                .filter(p -> p.material().equals("Li") && p.role() != PartRole.HOUSING).findFirst().orElseThrow();
        Disk disk = (Disk) foil.body();
        double nzz = new CylinderDemagnetization(2 * disk.radius(), disk.thickness()).factors().nzz();
        double dK = 260.952381 - Materials.byName("Li").knightShiftPpm("7Li");
        double dChiPpm = 30.742857 - 1e6 * Materials.byName("Li").chi();
        double expected = dK + dChiPpm * (1.0 / 3 - nzz);
        double moved = foilShift(withCal) - foilShift(plain);
        assertEquals(expected, moved, (1 - nzz) * Math.abs(dChiPpm) + 0.05, "foil moved " + moved + " ppm");
        JsonNode overrides = withCal.get("materialOverrides");
        assertEquals(2, overrides.size(), overrides.toString()); // chi and knightShiftPpm.7Li, nothing else
        for (JsonNode o : overrides) {
            assertTrue(o.get("source").asText().contains(cal.toString()), o.toString());
        }
        assertEquals(0, plain.get("materialOverrides").size());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static JsonNode simulate(Path scenario, Path out, String... extra) throws IOException {
        String[] args = concat(new String[] {"simulate", scenario.toString(), "--out", out.toString()}, extra);
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return M.readTree(r.out());
    }

    private static double foilShift(JsonNode result) {
        for (JsonNode c : result.get("components")) {
            if (c.get("kind").asText().equals("bulk-metal")) {
                return c.get("meanShiftPpm").asDouble();
            }
        }
        throw new AssertionError("no bulk-metal component in " + result);
    }

    /**
     * fit --model morphology --calibration: K and chi held at the calibrated values. A cell-B foil line is put where the
     * calibration says a plate normal to B0 sits, K + chi (1/3 - 1) = 260.952 - 2/3 30.743 = 240.46 ppm (docs/physics.md
     * section 4); the fit holds K and chi there and finds the line without a Knight-shift offset.
     */
    @Test
    void fitTakesKnightShiftAndChiFromTheCalibration(@TempDir Path dir) throws Exception {
        Path cal = calibrate(dir);
        double centre = 260.952381 - 2.0 / 3 * 30.742857;
        StringBuilder sb = new StringBuilder("# frequency = 194.37 MHz\nppm,real\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i <= 2000; i++) {
            double x = 340 - 0.1 * i;
            double y = 1 / (1 + Math.pow((x - centre) / 3.0, 2)) + 0.002 * rnd.nextGaussian();
            sb.append(String.format(java.util.Locale.ROOT, "%.4f,%.8g%n", x, y));
        }
        Path spectrum = dir.resolve("foil.csv");
        Files.writeString(spectrum, sb.toString());
        CliRunner r = CliRunner.run("fit", spectrum.toString(), "--model", "morphology", "--cell", "B", "--components", "foil",
                "--range-ppm", "200:290", "--calibration", cal.toString(), "--out", dir.resolve("fit").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = M.readTree(r.out());
        assertEquals(260.952381, j.get("fixedParameters").get("knightPpm").asDouble(), 1e-6);
        assertEquals(30.742857, j.get("fixedParameters").get("chiPpm").asDouble(), 1e-6);
        assertTrue(j.get("reducedChiSquare").asDouble() < 3, j.toString());
        // a calibration of another nucleus is refused
        Path na = dir.resolve("na.json");
        Files.writeString(na, Files.readString(cal).replace("\"7Li\"", "\"23Na\"").replace("\"Li\"", "\"Na\""));
        CliRunner bad = CliRunner.run("fit", spectrum.toString(), "--model", "morphology", "--cell", "B", "--components", "foil",
                "--calibration", na.toString(), "--out", dir.resolve("fit2").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("23Na"), bad.err());
    }

    @Test
    void malformedSeriesAndWrongGeometryExitTwoWithoutOutput(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "0,272\n30,abc\n");
        Path out = dir.resolve("c.json");
        CliRunner r = CliRunner.run("calibrate", csv.toString(), "--geometry", "plate-plane", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 2") && r.err().contains("abc"), r.err());
        Files.writeString(csv, TREASE);
        r = CliRunner.run("calibrate", csv.toString(), "--geometry", "cube", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("plate-plane, plate-normal, needle"), r.err());
        assertFalse(Files.exists(out));
    }

    /** Standard errors in a third column: the weighted fit, whose errors come from them. */
    @Test
    void thirdColumnGivesTheWeightedFit(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("w.csv");
        Files.writeString(csv, "0,272,1.5\n30,265,1.5\n45,252,1.5\n90,242,1.5\n");
        Path out = dir.resolve("c.json");
        CliRunner r = CliRunner.run("calibrate", csv.toString(), "--geometry", "plate-plane", "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = M.readTree(r.out());
        assertTrue(j.get("weighted").asBoolean());
        assertEquals(30.742857e-6, j.get("chi").asDouble(), 1e-12);
        assertEquals(1.5 / Math.sqrt(0.546875) * 1e-6, j.get("chiStdErr").asDouble(), 1e-12);
    }
}
