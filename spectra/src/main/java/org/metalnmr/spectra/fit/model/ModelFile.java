package org.metalnmr.spectra.fit.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;
import org.metalnmr.spectra.fit.FitParameter;

/**
 * Reads custom line models from JSON (format in {@code docs/fitting.md}; examples in
 * {@code examples/models/}). A file lists pseudo-Voigt lines; each quantity of a line
 * ({@code centerPpm}, {@code hwhmPpm}, {@code eta}, {@code area}), the {@code phaseDeg} and the
 * baseline terms is one of:
 * <ul>
 * <li>a number: a free parameter starting there, with the default bounds of its kind;</li>
 * <li>an object {@code {"value": v, "min": a, "max": b, "fixed": false}} (min, max and fixed
 * optional): a bounded free parameter, or a fixed value when {@code "fixed": true};</li>
 * <li>a string: the name of a parameter defined under {@code "shared"}, so that several lines
 * share it (e.g. one width for two lines).</li>
 * </ul>
 * Default bounds: centerPpm none; hwhmPpm [1e-6, inf); eta [0, 1]; area [0, inf); phaseDeg
 * [-180, 180]; baseline0 and baseline1 none. Free parameters are named like those of
 * {@code peaks:N} ({@code centerPpm1}, {@code hwhmPpm1}, {@code eta1}, {@code area1}, ...,
 * {@code phaseDeg}, {@code baseline0}, {@code baseline1}); shared ones by their key. Unknown keys
 * are refused, so that a misspelt key cannot be silently ignored.
 */
public final class ModelFile {

    /** Refuses a key given twice in one object and anything after the model's one JSON value. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "lineshape", "lines", "shared", "phaseDeg", "baseline",
            "baseline0", "baseline1", "baselineReferencePpm");
    private static final Set<String> LINE_KEYS = Set.of("name", "centerPpm", "hwhmPpm", "eta", "area");
    private static final Set<String> SPEC_KEYS = Set.of("value", "min", "max", "fixed");

    private ModelFile() {
    }

    /**
     * @param path a JSON model file
     * @return the model
     * @throws InvalidInputException when the file cannot be read or is not a valid model
     */
    public static PseudoVoigtLinesModel read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, path, e.getMessage());
        }
        return parse(text, path.getFileName().toString());
    }

    /**
     * @param json   the model as JSON text
     * @param source a name for messages (the file name)
     * @return the model
     * @throws InvalidInputException when the text is not a valid model
     */
    public static PseudoVoigtLinesModel parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(e, SpectraMessage.MODEL_FILE_SYNTAX, source, e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, "the top level", "a JSON object", root);
        }
        checkKeys(root, TOP_KEYS, source, "the top level");
        if (root.has("lineshape") && !"pseudo-voigt".equals(root.get("lineshape").asText())) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "model file " + source + ": lineshape", "[pseudo-voigt]",
                    root.get("lineshape").asText());
        }
        Builder b = new Builder(source);
        JsonNode shared = root.get("shared");
        if (shared != null) {
            if (!shared.isObject()) {
                throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, "\"shared\"", "an object of name: parameter", shared);
            }
            shared.fieldNames().forEachRemaining(n -> b.shared.put(n, shared.get(n)));
        }
        JsonNode lines = root.get("lines");
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, "\"lines\"", "a non-empty array of lines", lines);
        }
        List<PseudoVoigtLinesModel.Line> modelLines = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        double centreSum = 0;
        for (int l = 0; l < lines.size(); l++) {
            JsonNode line = lines.get(l);
            int i = l + 1;
            if (!line.isObject()) {
                throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, "line " + i, "an object", line);
            }
            checkKeys(line, LINE_KEYS, source, "line " + i);
            String name = line.has("name") ? line.get("name").asText() : "line" + i;
            if (!names.add(name)) {
                throw new InvalidInputException(CoreMessage.DUPLICATE_NAME, "line", name, "model file " + source);
            }
            for (String key : List.of("centerPpm", "hwhmPpm", "eta", "area")) {
                if (!line.has(key)) {
                    throw new InvalidInputException(SpectraMessage.MODEL_FILE_MISSING_KEY, source, "line " + i + " (" + name + ")", key);
                }
            }
            ParameterRef c = b.ref(line.get("centerPpm"), "centerPpm", "centerPpm" + i);
            centreSum += b.lastValue;
            modelLines.add(new PseudoVoigtLinesModel.Line(name, c, b.ref(line.get("hwhmPpm"), "hwhmPpm", "hwhmPpm" + i),
                    b.ref(line.get("eta"), "eta", "eta" + i), b.ref(line.get("area"), "area", "area" + i)));
        }
        ParameterRef phase = root.has("phaseDeg") ? b.ref(root.get("phaseDeg"), "phaseDeg", "phaseDeg")
                : b.ref(MAPPER.getNodeFactory().numberNode(0.0), "phaseDeg", "phaseDeg");
        String baseline = root.has("baseline") ? root.get("baseline").asText() : "none";
        ParameterRef b0 = null;
        ParameterRef b1 = null;
        switch (baseline) {
            case "none" -> {
                if (root.has("baseline0") || root.has("baseline1")) {
                    throw new InvalidInputException(SpectraMessage.MODEL_FILE_BASELINE_TERM, source, "baseline0/baseline1", "none", "constant or linear");
                }
            }
            case "constant", "linear" -> {
                b0 = b.ref(root.has("baseline0") ? root.get("baseline0") : MAPPER.getNodeFactory().numberNode(0.0), "baseline", "baseline0");
                if (baseline.equals("linear")) {
                    b1 = b.ref(root.has("baseline1") ? root.get("baseline1") : MAPPER.getNodeFactory().numberNode(0.0), "baseline",
                            "baseline1");
                } else if (root.has("baseline1")) {
                    throw new InvalidInputException(SpectraMessage.MODEL_FILE_BASELINE_TERM, source, "baseline1", "constant", "linear");
                }
            }
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "model file " + source + ": baseline",
                    "[none, constant, linear]", baseline);
        }
        double reference = root.has("baselineReferencePpm") ? number(root.get("baselineReferencePpm"), source, "baselineReferencePpm")
                : centreSum / lines.size();
        for (String n : b.shared.keySet()) {
            if (!b.sharedRefs.containsKey(n)) {
                throw new InvalidInputException(SpectraMessage.MODEL_FILE_UNUSED_SHARED, source, n);
            }
        }
        String name = root.has("name") ? root.get("name").asText() : source;
        return new PseudoVoigtLinesModel(name, b.params, modelLines, phase, b0, b1, reference);
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String source, String where) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new InvalidInputException(SpectraMessage.MODEL_FILE_UNKNOWN_KEY, source, k, where, new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static double number(JsonNode n, String source, String what) {
        if (n == null || !n.isNumber()) {
            throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, what, "a number", n);
        }
        return n.doubleValue();
    }

    /** Collects free parameters and fixed values while the file is read. */
    private static final class Builder {
        private final String source;
        private final List<FitParameter> params = new ArrayList<>();
        private final Map<String, JsonNode> shared = new LinkedHashMap<>();
        private final Map<String, ParameterRef> sharedRefs = new LinkedHashMap<>();
        private double lastValue;

        Builder(String source) {
            this.source = source;
        }

        ParameterRef ref(JsonNode spec, String kind, String generatedName) {
            if (spec.isTextual()) {
                String n = spec.asText();
                ParameterRef existing = sharedRefs.get(n);
                if (existing != null) {
                    lastValue = existing instanceof ParameterRef.Fixed f ? f.value() : valueOf(n);
                    return existing;
                }
                JsonNode def = shared.get(n);
                if (def == null) {
                    throw new InvalidInputException(SpectraMessage.MODEL_FILE_UNDEFINED_SHARED, source, generatedName, n, shared.keySet());
                }
                ParameterRef r = define(def, kind, n);
                sharedRefs.put(n, r);
                return r;
            }
            return define(spec, kind, generatedName);
        }

        private double valueOf(String name) {
            for (FitParameter p : params) {
                if (p.name().equals(name)) {
                    return p.initial();
                }
            }
            return Double.NaN;
        }

        private ParameterRef define(JsonNode spec, String kind, String name) {
            double lo = switch (kind) {
                case "hwhmPpm" -> 1e-6;
                case "eta", "area" -> 0;
                case "phaseDeg" -> -180;
                default -> Double.NEGATIVE_INFINITY;
            };
            double hi = switch (kind) {
                case "eta" -> 1;
                case "phaseDeg" -> 180;
                default -> Double.POSITIVE_INFINITY;
            };
            double value;
            boolean fixed = false;
            if (spec.isNumber()) {
                value = spec.doubleValue();
            } else if (spec.isObject()) {
                checkKeys(spec, SPEC_KEYS, source, name);
                value = number(spec.get("value"), source, name + ".value");
                if (spec.has("min")) {
                    lo = number(spec.get("min"), source, name + ".min");
                }
                if (spec.has("max")) {
                    hi = number(spec.get("max"), source, name + ".max");
                }
                if (spec.has("fixed")) {
                    if (!spec.get("fixed").isBoolean()) {
                        throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, name + ".fixed", "true or false", spec.get("fixed"));
                    }
                    fixed = spec.get("fixed").booleanValue();
                }
            } else {
                throw new InvalidInputException(SpectraMessage.MODEL_FILE_TYPE, source, name,
                        "a number, an object {value, min, max, fixed} or the name of a shared parameter", spec);
            }
            lastValue = value;
            if (fixed) {
                return new ParameterRef.Fixed(name, value);
            }
            for (FitParameter p : params) {
                if (p.name().equals(name)) {
                    throw new InvalidInputException(CoreMessage.DUPLICATE_NAME, "parameter", name, "model file " + source);
                }
            }
            try {
                params.add(new FitParameter(name, value, lo, hi));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e, SpectraMessage.MODEL_FILE_PARAMETER, source, e.getMessage());
            }
            return new ParameterRef.Free(name);
        }
    }
}
