package org.metalnmr.spectra.processing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.spectra.SpectraMessage;

/**
 * One step of the processing of a spectrum, as done: its name and its parameters (numbers in the
 * units their keys name, strings, lists), in the order they were set.
 *
 * @param name       what the step is, e.g. {@code "apodization"}, {@code "phase"}, {@code "baseline"}
 * @param parameters its parameters, read-only, insertion order kept
 */
public record ProcessingStep(String name, Map<String, Object> parameters) {

    /** Validates and copies (keeping the order). */
    public ProcessingStep {
        Objects.requireNonNull(name, "name");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * @param name     the step
     * @param keyValue alternating keys and values
     * @return the step
     */
    public static ProcessingStep of(String name, Object... keyValue) {
        if (keyValue.length % 2 != 0) {
            throw new InternalInvariantException(SpectraMessage.KEY_VALUE_PAIRS, name, keyValue.length);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValue.length; i += 2) {
            m.put((String) keyValue[i], keyValue[i + 1]);
        }
        return new ProcessingStep(name, m);
    }

    /** @return {@code {"step": name, ...parameters}} for JSON */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", name);
        m.putAll(parameters);
        return m;
    }
}
