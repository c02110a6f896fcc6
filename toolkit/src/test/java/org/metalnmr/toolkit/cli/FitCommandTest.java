package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.lineshape.PseudoVoigt;
import org.metalnmr.spectra.output.SpectrumCsv;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.NoiseModel;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;

class FitCommandTest {

    private static final Path OPERANDO = Path.of("..", "data", "operando-li-li", "bruker");

    /** Bulk line at 247.3 ppm, microstructure at 268.4 + shift ppm, 30 degree phase, text columns. */
    static Path spectrumFile(Path dir, String name, double shift, long seed) {
        double ref = 116.64e6;
        double hz = ref * 1e-6;
        List<SpinPopulation> pops = List.of(
                new SpinPopulation("bulk", SpinPackets.real(new double[] {247.3}, new double[] {10}), new PseudoVoigt(3.1 * hz, 0.6)),
                new SpinPopulation("micro", SpinPackets.real(new double[] {268.4 + shift}, new double[] {4}), new PseudoVoigt(4.2 * hz, 0.3)));
        Spectrum s = new SpectrumSynthesizer().withNoise(new NoiseModel(150, seed))
                .synthesize(pops, new Acquisition(40_000, 4096, ref, 258, 0, 30, 0)).spectrum();
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, "# frequency = 116.64 MHz\n" + SpectrumCsv.format(s));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private static JsonNode ok(CliRunner r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void fitsTwoPeaksAndWritesItsFiles(@TempDir Path dir) throws Exception {
        Path file = spectrumFile(dir, "s.csv", 0, 3);
        Path out = dir.resolve("out");
        JsonNode j = ok(CliRunner.run("fit", file.toString(), "--model", "peaks:2", "--range-ppm", "220:310", "--out", out.toString(), "--json"));
        JsonNode p = j.get("parameters");
        assertEquals(247.3, p.get("centerPpm1").get("value").asDouble(), 5 * p.get("centerPpm1").get("stderr").asDouble());
        assertEquals(268.4, p.get("centerPpm2").get("value").asDouble(), 5 * p.get("centerPpm2").get("stderr").asDouble());
        assertEquals(30, p.get("phaseDeg").get("value").asDouble(), 5 * p.get("phaseDeg").get("stderr").asDouble());
        assertTrue(j.get("converged").asBoolean());
        assertEquals(1.0, j.get("reducedChiSquare").asDouble(), 0.2);
        JsonNode written = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        assertEquals(j, written);
        assertTrue(Files.readString(out.resolve("fit.svg")).startsWith("<?xml") || Files.readString(out.resolve("fit.svg")).contains("<svg"));
        assertTrue(Files.readAllLines(out.resolve("fit.csv")).get(0).startsWith("ppm,data_au,model_au,residual_au,line1_au,line2_au"));
        assertEquals(Figure.PNG_WIDTH, ImageIO.read(out.resolve("fit.png").toFile()).getWidth(), "fit.png next to fit.svg");
        assertEquals("ppm", p.get("centerPpm1").get("unit").asText());
        assertEquals("deg", p.get("phaseDeg").get("unit").asText());
        assertEquals("1", p.get("eta2").get("unit").asText());
    }

    /** The human output is a table: one row per parameter with value, standard error, unit and at-bound flag, then chi-square. */
    @Test
    void humanOutputIsAParameterTable(@TempDir Path dir) throws Exception {
        Path file = spectrumFile(dir, "s.csv", 0, 3);
        CliRunner r = CliRunner.run("fit", file.toString(), "--model", "peaks:2", "--range-ppm", "220:310", "--out", dir.resolve("o").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).matches("\\s*parameter\\s+value\\s+std\\. error\\s+unit\\s+at bound\\s*"), lines.get(1));
        String center = lines.stream().filter(l -> l.strip().startsWith("centerPpm1 ")).findFirst().orElseThrow();
        String[] f = center.strip().split("\\s+");
        assertEquals(247.3, Double.parseDouble(f[1]), 5 * Double.parseDouble(f[2]));
        assertEquals("ppm", f[3]);
        assertTrue(r.out().contains("reduced chi-square"), r.out());
        assertTrue(r.out().contains("warnings:"), r.out());
        assertEquals(new String[] {"123.46", "0.12"}[0], FitReports.rounded(123.4567, 0.123)[0]);
        assertEquals("0.12", FitReports.rounded(123.4567, 0.123)[1]);
        assertEquals("ppm^2", FitReports.unit("foilGaussVarPpm2"));
        assertEquals("ppm", FitReports.unit("hwhmPpm2"));
    }

    /**
     * fit of a real 8192-point Bruker spectrum over its whole width: fit.svg stays small because lines are drawn
     * decimated per pixel column (before: 1.49 MB for this spectrum), and the ppm axis runs the NMR way with positive
     * tick labels (no "-shift" axis).
     */
    @Test
    void figureOfARealSpectrumIsSmallAndReadable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("real");
        CliRunner r = CliRunner.run("fit", OPERANDO.resolve("599").toString(), "--model", "peaks:2", "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(Files.readAllLines(out.resolve("fit.csv")).size() > 8000, "the whole spectrum was fitted");
        long size = Files.size(out.resolve("fit.svg"));
        assertTrue(size < 300_000, "fit.svg of " + size + " bytes");
        String svg = Files.readString(out.resolve("fit.svg"));
        assertTrue(svg.contains("shift [ppm]") && !svg.contains("-shift"), "ppm axis label");
        assertTrue(Files.exists(out.resolve("fit.png")));
        assertTrue(j.get("intensityUnit").asText().startsWith("a.u."));
    }

    @Test
    void fitsWithAModelFile(@TempDir Path dir) throws Exception {
        Path file = spectrumFile(dir, "s.csv", 0, 4);
        JsonNode j = ok(CliRunner.run("fit", file.toString(), "--model", "../examples/models/li-bulk-and-microstructure.json",
                "--range-ppm", "225:300", "--out", dir.resolve("o").toString(), "--json"));
        assertTrue(j.get("parameters").has("hwhmShared"));
        assertEquals(0.5, j.get("fixedParameters").get("eta2").asDouble(), 0);
    }

    @Test
    void badInputGivesExitTwoAndOneLine(@TempDir Path dir) {
        Path file = spectrumFile(dir, "s.csv", 0, 5);
        for (String[] args : new String[][] {
                {"fit", file.toString(), "--model", "peaks:0", "--out", dir.resolve("a").toString()},
                {"fit", file.toString(), "--model", "no-such-model.json", "--out", dir.resolve("b").toString()},
                {"fit", file.toString(), "--model", "peaks:2", "--range-ppm", "220-310", "--out", dir.resolve("c").toString()},
                {"fit", dir.resolve("missing.csv").toString(), "--model", "peaks:2", "--out", dir.resolve("d").toString()}}) {
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertTrue(Files.notExists(dir.resolve("a").resolve("fit.json")));
    }

    @Test
    void seriesIsChainedAndResumable(@TempDir Path dir) throws Exception {
        Path a = spectrumFile(dir, "a.csv", 0, 1);
        Path b = spectrumFile(dir, "b.csv", 0.5, 2);
        Path c = spectrumFile(dir, "c.csv", 1.0, 3);
        Path out = dir.resolve("series");
        JsonNode j = ok(CliRunner.run("fit-series", a.toString(), b.toString(), "--model", "peaks:2", "--range-ppm", "220:310",
                "--out", out.toString(), "--json"));
        assertEquals(2, j.get("fitted").asInt());
        CliRunner again = CliRunner.run("fit-series", a.toString(), b.toString(), "--model", "peaks:2", "--range-ppm", "220:310",
                "--out", out.toString());
        assertEquals(2, again.exitCode(), "an existing series.csv needs --resume");
        JsonNode k = ok(CliRunner.run("fit-series", a.toString(), b.toString(), c.toString(), "--model", "peaks:2", "--range-ppm",
                "220:310", "--out", out.toString(), "--resume", "--json"));
        assertEquals(1, k.get("fitted").asInt());
        assertEquals(2, k.get("resumedRows").asInt());
        List<String> rows = Files.readAllLines(out.resolve("series.csv"));
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).startsWith("input,timeS,centerPpm1,centerPpm1_stderr,hwhmPpm1,"));
        String[] last = rows.get(3).split(",");
        assertEquals(269.4, Double.parseDouble(last[2 + 2 * 4]), 0.1);
        assertTrue(Files.exists(out.resolve("series.svg")));
    }

    /** The done-when on three spectra of the real operando run: bulk near 248 ppm, microstructure later near 266-272 ppm. */
    @Test
    void realOperandoSpectra(@TempDir Path dir) throws Exception {
        if (!Files.isDirectory(OPERANDO)) {
            throw new IllegalStateException("data/operando-li-li not found at " + OPERANDO.toAbsolutePath());
        }
        Path out = dir.resolve("op");
        ok(CliRunner.run("fit-series", OPERANDO.resolve("1").toString(), OPERANDO.resolve("301").toString(),
                OPERANDO.resolve("599").toString(), "--model", "peaks:2", "--range-ppm", "220:310", "--out", out.toString(), "--json"));
        List<String> rows = Files.readAllLines(out.resolve("series.csv"));
        String[] first = rows.get(1).split(",");
        String[] last = rows.get(3).split(",");
        assertEquals(247.5, Double.parseDouble(first[2]), 1.5);
        double micro = Double.parseDouble(last[2 + 2 * 4]);
        assertTrue(micro > 264 && micro < 273, "microstructure line at " + micro);
        assertTrue(Double.parseDouble(last[2 + 2 * 7]) > 0.2 * Double.parseDouble(last[2 + 2 * 3]), "microstructure area");
        assertTrue(Double.parseDouble(last[1]) > 1.7e5, "time of experiment 599 from experiment 1 [s]");
    }
}
