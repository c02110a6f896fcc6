package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A frozen set of numbers whose values change only with a written reason (ARCHITECTURE.md: "once validated, freeze
 * outputs as regression tests with tight tolerances; change a frozen value only with a written reason"). The fixture
 * is a JSON file under {@code src/test/resources}: {@code values} (name to number), and {@code changes}, the list of
 * {@code {date, reason, valuesHash}} entries, the last of which must carry the hash of the stored values, so that a
 * value edited by hand without a reason fails too.
 *
 * <p>To accept new values, run the test with {@code -Dregression.update="the reason"}: the file is rewritten with the
 * values of that run and a new change entry. The test still fails in that run, so an update is never silent.
 */
final class RegressionFixture {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RegressionFixture() {
    }

    /**
     * @param resource the fixture's path under {@code src/test/resources} of this module
     * @param actual   the numbers of this run
     * @param relTol   relative tolerance of each value
     * @param absTol   absolute tolerance of each value (for values near zero)
     */
    static void check(String resource, Map<String, Double> actual, double relTol, double absTol) {
        Path file = Path.of("src", "test", "resources").resolve(resource);
        String reason = System.getProperty("regression.update");
        if (reason != null && !reason.isBlank()) {
            update(file, actual, reason);
            fail("regression fixture " + file + " rewritten (" + reason + "); run again without -Dregression.update");
        }
        if (!Files.exists(file)) {
            fail("no regression fixture " + file + "; create it with -Dregression.update=\"why these values\"");
        }
        JsonNode root = read(file);
        Map<String, Double> frozen = new TreeMap<>();
        root.get("values").fields().forEachRemaining(e -> frozen.put(e.getKey(), e.getValue().asDouble()));
        JsonNode changes = root.get("changes");
        assertTrue(changes != null && changes.isArray() && changes.size() > 0, file + " has no change entries");
        assertEquals(hash(frozen), changes.get(changes.size() - 1).get("valuesHash").asText(),
                file + ": the values were edited without a change entry; update with -Dregression.update=\"reason\"");
        assertEquals(frozen.keySet(), new TreeMap<>(actual).keySet(), file + ": the set of quantities changed");
        List<String> moved = new ArrayList<>();
        for (var e : frozen.entrySet()) {
            double a = actual.get(e.getKey());
            double f = e.getValue();
            if (!(Math.abs(a - f) <= relTol * Math.max(Math.abs(a), Math.abs(f)) + absTol)) {
                moved.add(e.getKey() + ": frozen " + f + ", now " + a);
            }
        }
        assertEquals(List.of(), moved, file + ": values moved; if the physics changed on purpose, update with "
                + "-Dregression.update=\"the reason\"");
    }

    private static void update(Path file, Map<String, Double> actual, String reason) {
        Map<String, Double> values = new TreeMap<>(actual);
        List<Map<String, String>> changes = new ArrayList<>();
        if (Files.exists(file)) {
            for (JsonNode c : read(file).get("changes")) {
                Map<String, String> m = new LinkedHashMap<>();
                c.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
                changes.add(m);
            }
        }
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("date", LocalDate.now().toString());
        entry.put("reason", reason);
        entry.put("valuesHash", hash(values));
        changes.add(entry);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("values", values);
        root.put("changes", changes);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a hash of the values as they are printed in the file (so that a hand edit changes it) */
    static String hash(Map<String, Double> values) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> sb.append(k).append('=').append(Double.toString(v)).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
