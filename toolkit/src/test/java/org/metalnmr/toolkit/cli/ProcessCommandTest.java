package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code metalnmr process} and the processing options of {@code fit}, on the real data and on ppm-only text. */
class ProcessCommandTest {

    private static final Path OPERANDO = Path.of("..", "data", "operando-li-li", "bruker");

    private static JsonNode ok(CliRunner r) throws IOException {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> stepNames(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.get("steps").forEach(s -> names.add(s.get("step").asText()));
        return names;
    }

    @Test
    void processWritesTheSpectrumItsFiguresAndEveryStep(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p");
        JsonNode j = ok(CliRunner.run("process", OPERANDO.resolve("301").toString(), "--source", "raw", "--lb-hz", "20",
                "--zero-fill", "16384", "--phase", "auto0", "--baseline-order", "2", "--baseline-region", "400:530",
                "--baseline-region", "60:180", "--baseline-region", "-250:-60", "--reference-line", "-10:10=0",
                "--out", out.toString(), "--json"));
        assertEquals(List.of("read", "dc-offset", "truncate", "apodization", "zero-fill", "fourier-transform", "phase", "baseline",
                "reference"), stepNames(j));
        assertEquals("fid", j.get("dataUsed").asText());
        assertEquals(20.0, j.get("steps").get(3).get("lineBroadeningHz").asDouble());
        assertEquals(16384, j.get("steps").get(4).get("points").asInt());
        assertEquals(3, j.get("steps").get(7).get("regionsPpm").size());
        assertEquals(new ObjectMapper().readTree(out.resolve("processing.json").toFile()), j);
        List<String> csv = Files.readAllLines(out.resolve("spectrum.csv"));
        assertEquals("ppm,real,imag", csv.get(0));
        assertEquals(16384 + 1, csv.size());
        assertTrue(Files.readString(out.resolve("spectrum.svg")).contains("<svg"));
        byte[] png = Files.readAllBytes(out.resolve("spectrum.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        // the electrolyte line is put at 0 ppm: the maximum of the written real part in -10:10 is there
        double bestPpm = Double.NaN;
        double best = Double.NEGATIVE_INFINITY;
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            double ppm = Double.parseDouble(f[0]);
            double re = Double.parseDouble(f[1]);
            if (ppm > -10 && ppm < 10 && re > best) {
                best = re;
                bestPpm = ppm;
            }
        }
        double step = 93457.9439252336 / 116.684586269531 / 16384;
        assertEquals(0, bestPpm, step);
    }

    @Test
    void topSpinsPhaseIsAppliedToTheRawTransform(@TempDir Path dir) throws IOException {
        JsonNode j = ok(CliRunner.run("process", OPERANDO.resolve("301").toString(), "--source", "raw", "--phase", "procs",
                "--out", dir.resolve("p").toString(), "--json"));
        JsonNode phase = j.get("steps").get(6);
        assertEquals("procs", phase.get("mode").asText());
        assertEquals(245.7216, phase.get("topspinPhc0Deg").asDouble(), 1e-9);
        assertEquals(-101.4378, phase.get("phc1Deg").asDouble(), 1e-9);
    }

    @Test
    void topSpinsTextExportIsProcessed(@TempDir Path dir) throws IOException {
        JsonNode j = ok(CliRunner.run("process", OPERANDO.resolve("599/pdata/1/ascii-spec.txt").toString(),
                "--out", dir.resolve("a").toString(), "--json"));
        assertEquals("ascii-spec", j.get("dataUsed").asText());
        assertEquals(List.of("read", "axis", "phase"), stepNames(j));
        // the export has no imaginary part: a phase change first reconstructs one
        JsonNode k = ok(CliRunner.run("process", OPERANDO.resolve("599/pdata/1/ascii-spec.txt").toString(), "--phase", "auto0",
                "--out", dir.resolve("b").toString(), "--json"));
        assertEquals(List.of("read", "axis", "imaginary", "phase"), stepNames(k));
        // TopSpin phased this spectrum: ACME finds (almost) nothing to correct
        double phc0 = k.get("steps").get(3).get("phc0Deg").asDouble();
        assertTrue(Math.min(phc0, 360 - phc0) < 5, "phc0 " + phc0);
        assertEquals(116.684586e6, j.get("referenceFrequencyHz").asDouble(), 1);
    }

    /** One Lorentzian at 247.3 ppm (half width 1.2 ppm) with noise, on a ppm axis, no frequency anywhere. */
    static Path ppmOnlyText(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("ppm\tintensity\n");
        java.util.Random rnd = new java.util.Random(2);
        for (int i = 0; i < 1024; i++) {
            double ppm = 300 - i * 0.1;
            double u = (ppm - 247.3) / 1.2;
            sb.append(String.format(Locale.ROOT, "%.4f\t%.6f%n", ppm, 100 / (1 + u * u) + 0.5 * rnd.nextGaussian()));
        }
        Path p = dir.resolve("export.txt");
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void aTextSpectrumOnAPpmAxisFitsWithoutAFrequency(@TempDir Path dir) throws IOException {
        Path file = ppmOnlyText(dir);
        JsonNode j = ok(CliRunner.run("fit", file.toString(), "--model", "peaks:1", "--out", dir.resolve("f").toString(), "--json"));
        JsonNode c = j.get("parameters").get("centerPpm1");
        assertEquals(247.3, c.get("value").asDouble(), 5 * c.get("stderr").asDouble() + 1e-3);
        assertTrue(j.get("processing").get("referenceFrequencyHz").isNull());
        assertEquals("text columns", j.get("processing").get("dataUsed").asText());
    }

    @Test
    void fitRecordsItsProcessing(@TempDir Path dir) throws IOException {
        JsonNode j = ok(CliRunner.run("fit", OPERANDO.resolve("1").toString(), "--model", "peaks:1", "--range-ppm", "230:265",
                "--phase", "auto0", "--source", "raw", "--out", dir.resolve("f").toString(), "--json"));
        JsonNode p = j.get("processing");
        assertEquals("fid", p.get("dataUsed").asText());
        assertEquals("auto0", p.get("steps").get(6).get("mode").asText());
        // the bulk metal line of experiment 1 near 247.8 ppm
        assertEquals(247.8, j.get("parameters").get("centerPpm1").get("value").asDouble(), 0.5);
    }

    @Test
    void badValuesExitTwoWithOneLineNamingTheOption(@TempDir Path dir) throws IOException {
        Path exp = OPERANDO.resolve("301");
        String[][] cases = {
            {"--source", "cooked"}, {"--procno", "0"}, {"--lb-hz", "-1"}, {"--gb-hz", "NaN"}, {"--zero-fill", "1000"},
            {"--time-points", "1"}, {"--phase", "sideways"}, {"--phase", "region:10:-10"}, {"--phase0-deg", "10", "--phase", "auto"},
            {"--baseline-order", "11"}, {"--baseline-region", "5:10"}, {"--baseline-order", "1", "--baseline-region", "5"},
            {"--reference-line", "-10:10"}, {"--reference-line", "-10:10=zero"}, {"--reference-offset-ppm", "1",
                "--reference-line", "-10:10=0"}, {"--frequency-mhz", "0"}, {"--lb-hz", "abc"},
            {"--source", "raw", "--zero-fill", "1024"},
        };
        int k = 0;
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("process", exp.toString(), "--out", dir.resolve("o" + k++).toString()));
            args.addAll(List.of(c));
            CliRunner r = CliRunner.run(args.toArray(new String[0]));
            String what = String.join(" ", c);
            assertEquals(2, r.exitCode(), what + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), what + ": " + r.err());
            assertTrue(r.err().contains(c[0]) || r.err().contains(c[c.length - 2]), what + ": " + r.err());
            assertFalse(Files.exists(dir.resolve("o" + (k - 1)).resolve("processing.json")), what);
        }
    }

    @Test
    void choicesThatDoNotApplyToTheDataAreRefused(@TempDir Path dir) throws IOException {
        // apodisation of TopSpin's processed spectrum
        CliRunner r = CliRunner.run("process", OPERANDO.resolve("301").toString(), "--lb-hz", "5", "--out", dir.resolve("a").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--source raw"), r.err());
        // a phase region outside the spectrum
        r = CliRunner.run("process", OPERANDO.resolve("301").toString(), "--phase", "region:900:950",
                "--out", dir.resolve("b").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("900"), r.err());
        // an --out that holds files
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        r = CliRunner.run("process", OPERANDO.resolve("301").toString(), "--out", used.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("mine", Files.readString(used.resolve("keep.txt")));
    }
}
