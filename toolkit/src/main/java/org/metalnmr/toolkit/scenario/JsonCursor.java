package org.metalnmr.toolkit.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * A JSON node with its path ({@code $.cell.stack.pelletThickness}) and the name of its file, so
 * that every error names the file, the path, the value and what is allowed.
 */
final class JsonCursor {

    private final JsonNode node;
    private final String path;
    private final String source;

    JsonCursor(JsonNode node, String path, String source) {
        this.node = node;
        this.path = path;
        this.source = source;
    }

    String path() {
        return path;
    }

    String source() {
        return source;
    }

    boolean isMissing() {
        return node.isMissingNode();
    }

    JsonNode node() {
        return node;
    }

    /** @return this cursor, checked to be an object whose keys are all in {@code allowed} */
    JsonCursor object(Collection<String> allowed) {
        if (!node.isObject()) {
            throw typeError(path, "an object", node);
        }
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_UNKNOWN_KEY, source, k, path, String.join(", ", allowed));
            }
        }
        return this;
    }

    boolean has(String key) {
        JsonNode c = node.get(key);
        return c != null;
    }

    JsonCursor get(String key) {
        JsonNode c = node.get(key);
        return new JsonCursor(c == null ? MissingNode.getInstance() : c, path + "." + key, source);
    }

    JsonCursor require(String key, String what) {
        JsonCursor c = get(key);
        if (c.isMissing()) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_MISSING, source, c.path, what);
        }
        return c;
    }

    double number(String key, double def) {
        JsonCursor c = get(key);
        return c.isMissing() ? def : c.asNumber();
    }

    double number(String key, String what) {
        return require(key, what).asNumber();
    }

    double asNumber() {
        if (!node.isNumber()) {
            throw typeError(path, "a number", node);
        }
        double v = node.asDouble();
        if (!Double.isFinite(v)) {
            throw typeError(path, "a finite number", node);
        }
        return v;
    }

    long integer(String key, long def, long min, long max) {
        JsonCursor c = get(key);
        if (c.isMissing()) {
            return def;
        }
        if (!c.node.isIntegralNumber() || !c.node.canConvertToLong()) {
            throw typeError(c.path, "an integer", c.node);
        }
        long v = c.node.asLong();
        if (v < min || v > max) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_INTEGER_RANGE, source, c.path, min, max, v);
        }
        return v;
    }

    String text(String key, String def) {
        JsonCursor c = get(key);
        return c.isMissing() ? def : c.asText();
    }

    String asText() {
        if (!node.isTextual()) {
            throw typeError(path, "a string", node);
        }
        return node.asText();
    }

    boolean bool(String key, boolean def) {
        JsonCursor c = get(key);
        if (c.isMissing()) {
            return def;
        }
        if (!c.node.isBoolean()) {
            throw typeError(c.path, "true or false", c.node);
        }
        return c.node.asBoolean();
    }

    Vector3d vector(String key, Vector3dc def) {
        JsonCursor c = get(key);
        return c.isMissing() ? new Vector3d(def) : c.asVector();
    }

    Vector3d asVector() {
        if (!node.isArray() || node.size() != 3) {
            throw typeError(path, "an array of three numbers [x, y, z]", node);
        }
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = new JsonCursor(node.get(i), path + "[" + i + "]", source).asNumber();
        }
        return new Vector3d(v[0], v[1], v[2]);
    }

    List<JsonCursor> array(String key) {
        JsonCursor c = get(key);
        if (c.isMissing()) {
            return List.of();
        }
        if (!c.node.isArray()) {
            throw typeError(c.path, "an array", c.node);
        }
        List<JsonCursor> out = new ArrayList<>();
        for (int i = 0; i < c.node.size(); i++) {
            out.add(new JsonCursor(c.node.get(i), c.path + "[" + i + "]", source));
        }
        return out;
    }

    /** @return the value of the word at key among {@code words} (file spelling to value) */
    <E> E word(String key, Map<String, E> words, E def) {
        JsonCursor c = get(key);
        if (c.isMissing()) {
            if (def == null) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_MISSING, source, c.path, "one of " + words.keySet());
            }
            return def;
        }
        String w = c.asText();
        E e = words.get(w);
        if (e == null) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_NOT_ONE_OF, source, c.path, words.keySet(), w);
        }
        return e;
    }

    /** @return a material name at key (default when missing), checked against the material table */
    String material(String key, String def) {
        JsonCursor c = get(key);
        String m = c.isMissing() ? def : c.asText();
        if (!Materials.all().containsKey(m)) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_UNKNOWN_MATERIAL, source, c.path, m,
                    String.join(", ", Materials.all().keySet()));
        }
        return m;
    }

    /** Runs a constructor; a validation failure is reported at this cursor's path. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e, ToolkitMessage.SCENARIO_VALUE_REFUSED, source, path, e.getMessage());
        }
    }

    private InvalidInputException typeError(String at, String expected, JsonNode got) {
        String g = got.isMissingNode() ? "nothing" : got.toString();
        if (g.length() > 60) {
            g = g.substring(0, 57) + "...";
        }
        return new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, source, at, expected, g);
    }
}
