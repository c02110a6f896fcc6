package org.metalnmr.toolkit.cli;

import java.io.PrintWriter;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;

/** Prints results: one JSON object for {@code --json}, else aligned "key: value" lines. */
public final class JsonOutput {

    /** Shared mapper (pretty-printed, stable key order as inserted). */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /**
     * @param out    where to print
     * @param json   whether to print JSON
     * @param result ordered key -> value map
     */
    public static void print(PrintWriter out, boolean json, Map<String, ?> result) {
        if (json) {
            try {
                out.println(MAPPER.writeValueAsString(result));
            } catch (JsonProcessingException e) {
                throw new InternalInvariantException(e, CoreMessage.JSON_NOT_WRITABLE, "a result", e.getOriginalMessage());
            }
        } else {
            int w = result.keySet().stream().mapToInt(String::length).max().orElse(0);
            result.forEach((k, v) -> out.printf("%-" + w + "s  %s%n", k, v));
        }
        out.flush();
    }
}
