package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 5: the same inputs give byte-identical outputs for any thread count. {@code fit-series} on 12 real
 * spectra spread over the 48.7 h operando series, cut into chunks of 4 (three chunks after the first spectrum, two of
 * them started from the first fit and a fresh guess), with one thread and with two.
 */
class FitSeriesDeterminismTest {

    private static final Path OPERANDO = Path.of("..", "data", "operando-li-li", "bruker");

    @ParameterizedTest
    @ValueSource(strings = {"peaks:2", "li-metal", "morphology --cell B --lineshape lorentzian"})
    void everyFileIsTheSameForOneAndTwoThreads(String model, @TempDir Path dir) throws IOException {
        List<TreeMap<String, byte[]>> outputs = new ArrayList<>();
        for (String threads : new String[] {"1", "2"}) {
            Path out = dir.resolve("t" + threads);
            List<String> args = new ArrayList<>(List.of("fit-series"));
            for (int expno = 1; expno <= 599; expno += 50) {
                args.add(OPERANDO.resolve(Integer.toString(expno)).toString());
            }
            args.add("--model");
            args.addAll(List.of(model.split(" ")));
            args.addAll(List.of("--range-ppm", "220:310", "--chunk-spectra", "4", "--threads", threads,
                    "--out", out.toString(), "--json"));
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.err());
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertEquals(12, j.get("fitted").asInt());
            assertEquals(Integer.parseInt(threads), j.get("threads").asInt(), "threads used");
            TreeMap<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> s = Files.list(out)) {
                for (Path p : s.toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            outputs.add(files);
        }
        assertEquals(outputs.get(0).keySet(), outputs.get(1).keySet());
        for (String name : outputs.get(0).keySet()) {
            assertArrayEquals(outputs.get(0).get(name), outputs.get(1).get(name), name + " differs between 1 and 2 threads");
        }
    }
}
