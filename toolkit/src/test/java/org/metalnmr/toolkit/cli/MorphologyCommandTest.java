package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.toolkit.morphology.CellOrientation;
import org.metalnmr.toolkit.morphology.MorphologyComponent;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyParameter;
import org.metalnmr.toolkit.morphology.MorphologySettings;

/** {@code fit --model morphology}, {@code fit-series --model morphology} and the parallel chains of fit-series. */
class MorphologyCommandTest {

    /** A cell B spectrum of the morphology model (whisker amount w), 7Li at 116.64 MHz, text columns, noise 1/300 of the peak. */
    static Path cellBSpectrum(Path dir, String name, double whiskers, long seed) throws Exception {
        Map<MorphologyParameter, Double> v = new EnumMap<>(MorphologyParameter.class);
        v.put(MorphologyParameter.FOIL_AMOUNT, 5.0);
        v.put(MorphologyParameter.FOIL_HWHM_PPM, 2.5);
        v.put(MorphologyParameter.WHISKER_AMOUNT, whiskers);
        v.put(MorphologyParameter.WHISKER_SPREAD_DEG, 15.0);
        v.put(MorphologyParameter.WHISKER_PACKING, 0.1);
        v.put(MorphologyParameter.WHISKER_HWHM_PPM, 3.0);
        v.put(MorphologyParameter.MOSSY_AMOUNT, 0.5);
        v.put(MorphologyParameter.MOSSY_PACKING, 0.3);
        v.put(MorphologyParameter.MOSSY_HWHM_PPM, 2.0);
        v.put(MorphologyParameter.PHASE_DEG, 30.0);
        MorphologyModel m = MorphologyModel.of(MorphologySettings.defaults(CellOrientation.cellB()).withComponents(java.util.EnumSet.of(
                MorphologyComponent.FOIL, MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY)), v, 0.1, 150, 350);
        int n = 2001;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 350 - 0.1 * i;
        }
        double[] y = new double[n];
        m.evaluate(x, m.initialValues(), y);
        double peak = 0;
        for (double t : y) {
            peak = Math.max(peak, Math.abs(t));
        }
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("# frequency = 116.64 MHz\nppm,real\n");
        for (int i = 0; i < n; i++) {
            sb.append(String.format(Locale.ROOT, "%.6f,%.9g%n", x[i], y[i] + peak / 300 * r.nextGaussian()));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    private static JsonNode ok(CliRunner r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void fitWithCellAutoPrefersCellBAndSaysWhatTheMicrostructureIs(@TempDir Path dir) throws Exception {
        Path f = cellBSpectrum(dir, "b.csv", 3, 1);
        JsonNode j = ok(CliRunner.run("fit", f.toString(), "--model", "morphology", "--cell", "auto", "--components", "foil,whiskers,mossy", "--range-ppm", "220:310",
                "--integral-per-mol", "1e6", "--out", dir.resolve("o").toString(), "--json"));
        JsonNode m = j.get("morphology");
        assertEquals("B", m.get("preferredCell").asText());
        assertEquals(2, m.get("cellComparison").size());
        JsonNode p = j.get("parameters");
        assertEquals(3.0, p.get("whiskerAmount").get("value").asDouble(), 3 * p.get("whiskerAmount").get("stderr").asDouble());
        assertEquals(15.0, p.get("whiskerSpreadDeg").get("value").asDouble(), 3 * p.get("whiskerSpreadDeg").get("stderr").asDouble());
        assertEquals(261.0, j.get("fixedParameters").get("knightPpm").asDouble(), 0);
        JsonNode d = m.get("derived");
        assertEquals(3.0 / 8.5, d.get("whiskerFraction").get("value").asDouble(), 3 * d.get("whiskerFraction").get("stderr").asDouble());
        // 3 / 1e6 mol of Li: Faraday, 1 mAh = 37.31 umol
        assertEquals(3e-6 / 37.31e-6, d.get("whiskerMah").get("value").asDouble(), 3 * d.get("whiskerMah").get("stderr").asDouble());
        assertTrue(m.get("interpretation").asText().contains("whiskers standing along B0"), m.get("interpretation").asText());
        assertTrue(Files.readAllLines(dir.resolve("o").resolve("fit.csv")).get(0).startsWith("ppm,data_au,model_au,residual_au,foil_au,whiskers_au,mossy_au"));
        // the model describes its own spectrum to the noise: no poor-fit note
        assertTrue(j.get("reducedChiSquare").asDouble() < 2, j.get("reducedChiSquare").asText());
        assertTrue(m.get("notes").isEmpty(), m.get("notes").toString());
    }

    /**
     * The real operando spectrum at 48.7 h (experiment 599) with the Knight shift held at the table value: its bulk line
     * sits near 248 ppm, 3 ppm above the model's cell-B foil (244.9), so the fit cannot describe it (reduced chi-square
     * of order 1e4) and fit.json must say so, with what to do (scale the errors, free the Knight shift). The real part
     * only: the default complex fit frees the Knight shift (MorphologyComplexTest).
     */
    @Test
    void aFitThatDoesNotDescribeTheDataSaysSoAndWhatToDo(@TempDir Path dir) throws Exception {
        Path exp = Path.of("..", "data", "operando-li-li", "bruker", "599");
        assertTrue(Files.isDirectory(exp), "data/operando-li-li not found at " + exp.toAbsolutePath());
        JsonNode j = ok(CliRunner.run("fit", exp.toString(), "--model", "morphology", "--cell", "B", "--range-ppm", "220:310",
                "--real-part-only", "--out", dir.resolve("o").toString(), "--json"));
        double chi2 = j.get("reducedChiSquare").asDouble();
        assertTrue(chi2 > FitReports.POOR_FIT_REDUCED_CHI_SQUARE, "reduced chi-square " + chi2);
        String notes = j.get("morphology").get("notes").toString();
        assertTrue(notes.contains("does not describe the spectrum to its noise"), notes);
        assertTrue(notes.contains("--scale-errors") && notes.contains("--free knightPpm"), notes);
    }

    @Test
    void seriesWithMorphologyNeedsACellAndIsResumable(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(cellBSpectrum(dir, "s" + i + ".csv", 0.5 + i, 10 + i).toString());
        }
        Path out = dir.resolve("series");
        List<String> args = new ArrayList<>(files.subList(0, 2));
        args.addAll(List.of("--model", "morphology", "--components", "foil,whiskers,mossy", "--range-ppm", "220:310", "--out", out.toString(), "--json"));
        List<String> noCell = new ArrayList<>(List.of("fit-series"));
        noCell.addAll(args);
        assertEquals(2, CliRunner.run(noCell.toArray(String[]::new)).exitCode(), "fit-series morphology needs --cell A|B|DEG");
        List<String> withCell = new ArrayList<>(noCell);
        withCell.addAll(List.of("--cell", "B"));
        ok(CliRunner.run(withCell.toArray(String[]::new)));
        List<String> resumed = new ArrayList<>(List.of("fit-series"));
        resumed.addAll(files);
        resumed.addAll(List.of("--model", "morphology", "--components", "foil,whiskers,mossy", "--cell", "B", "--range-ppm", "220:310", "--out", out.toString(), "--resume", "--json"));
        JsonNode k = ok(CliRunner.run(resumed.toArray(String[]::new)));
        assertEquals(1, k.get("fitted").asInt());
        List<String> rows = Files.readAllLines(out.resolve("series.csv"));
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).contains("whiskerAmount,whiskerAmount_stderr"));
        int col = List.of(rows.get(0).split(",")).indexOf("whiskerAmount");
        for (int i = 0; i < 3; i++) {
            String[] f = rows.get(1 + i).split(",");
            assertTrue(f[0].endsWith("s" + i + ".csv"), "row order: " + f[0]);
            assertEquals(0.5 + i, Double.parseDouble(f[col]), 4 * Double.parseDouble(f[col + 1]), "whiskers of s" + i);
        }
        // after the parameters, what each fit means, with its error: the whisker share of the metal signal
        int fracCol = List.of(rows.get(0).split(",")).indexOf("whiskerFraction");
        assertTrue(fracCol > col && rows.get(0).contains("microstructureFraction,microstructureFraction_stderr"), rows.get(0));
        for (int i = 0; i < 3; i++) {
            String[] f = rows.get(1 + i).split(",");
            double truth = (0.5 + i) / (5.0 + 0.5 + i + 0.5);
            assertEquals(truth, Double.parseDouble(f[fracCol]), 4 * Double.parseDouble(f[fracCol + 1]), "whisker fraction of s" + i);
        }
        // fit.json: the last spectrum's full report, what its metal is with uncertainties (s2: whiskers 2.5 of 8.0 metal)
        JsonNode last = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        assertTrue(last.get("series").get("reported").asText().contains("s2.csv"), last.get("series").toString());
        assertEquals(2.5, last.get("parameters").get("whiskerAmount").get("value").asDouble(),
                4 * last.get("parameters").get("whiskerAmount").get("stderr").asDouble());
        JsonNode frac = last.get("morphology").get("derived").get("whiskerFraction");
        assertEquals(2.5 / 8.0, frac.get("value").asDouble(), 4 * frac.get("stderr").asDouble());
        assertTrue(last.get("morphology").get("interpretation").asText().contains("whiskers standing along B0"));
        // a resume with nothing left to fit refits the last spectrum from its row for fit.json
        Files.delete(out.resolve("fit.json"));
        JsonNode again = ok(CliRunner.run(resumed.toArray(String[]::new)));
        assertEquals(0, again.get("fitted").asInt());
        JsonNode refit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        assertEquals(last.get("parameters").get("whiskerAmount").get("value").asDouble(),
                refit.get("parameters").get("whiskerAmount").get("value").asDouble(),
                0.1 * last.get("parameters").get("whiskerAmount").get("stderr").asDouble());
    }

    @Test
    void parallelChunksWriteRowsInInputOrderIdenticalToOneThread(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(FitCommandTest.spectrumFile(dir, String.format(Locale.ROOT, "p%02d.csv", i), 0.2 * i, 40 + i).toString());
        }
        List<List<String>> results = new ArrayList<>();
        for (String threads : new String[] {"1", "2"}) {
            Path out = dir.resolve("t" + threads);
            List<String> args = new ArrayList<>(List.of("fit-series"));
            args.addAll(files);
            args.addAll(List.of("--model", "peaks:2", "--range-ppm", "220:310", "--threads", threads, "--chunk-spectra", "4",
                    "--out", out.toString(), "--json"));
            JsonNode j = ok(CliRunner.run(args.toArray(String[]::new)));
            assertEquals(12, j.get("fitted").asInt());
            assertEquals(Integer.parseInt(threads), j.get("threads").asInt());
            results.add(Files.readAllLines(out.resolve("series.csv")));
        }
        for (int i = 1; i <= 12; i++) {
            String input = results.get(1).get(i).split(",")[0];
            assertTrue(input.contains(String.format(Locale.ROOT, "p%02d", i - 1)), "rows in input order: " + input);
        }
        // the chunks (3 after the first spectrum) do not depend on the threads that run them: the same rows, bit for bit
        assertEquals(results.get(0), results.get(1));
    }

    @Test
    void chunksAreContiguousCoverAllAndDependOnTheChunkLengthOnly() {
        assertEquals(0, FitSeriesCommand.chunks(0, 50).size());
        assertEquals(1, FitSeriesCommand.chunks(7, 50).size());
        assertEquals(1, FitSeriesCommand.chunks(299, 0).size());
        List<int[]> c = FitSeriesCommand.chunks(299, 50);
        assertEquals(6, c.size());
        assertEquals(0, c.get(0)[0]);
        for (int k = 1; k < c.size(); k++) {
            assertEquals(c.get(k - 1)[1], c.get(k)[0]);
            assertTrue(c.get(k)[1] - c.get(k)[0] <= 50 && c.get(k)[1] - c.get(k)[0] >= 49);
        }
        assertEquals(299, c.get(5)[1]);
    }
}
