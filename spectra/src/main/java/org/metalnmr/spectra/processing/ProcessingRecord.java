package org.metalnmr.spectra.processing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was read and every step made to it, in order: the provenance of one processed spectrum,
 * written as {@code processing.json} by {@code metalnmr process} and under {@code processing} in
 * {@code fit.json} (format: docs/processing.md).
 *
 * @param input                the path given by the user
 * @param label                the spectrum's label (experiment folder, file name, {@code 72/row3})
 * @param format               the format read
 * @param dataUsed             which data: {@code 1r} (TopSpin's processed spectrum), {@code fid},
 *                             {@code ser}, {@code ascii-spec}, {@code text columns}, {@code JCAMP-DX}
 * @param procno               the Bruker processing number whose {@code procs} was used, or null
 * @param referenceFrequencyHz the frequency of 0 ppm [Hz], or null for an axis known in ppm only
 * @param steps                the steps in the order done, the first being {@code read}
 */
public record ProcessingRecord(String input, String label, String format, String dataUsed, Integer procno,
                               Double referenceFrequencyHz, List<ProcessingStep> steps) {

    /** Validates and copies. */
    public ProcessingRecord {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dataUsed, "dataUsed");
        steps = List.copyOf(steps);
    }

    /** @return the record as an ordered map for JSON (keys as in docs/processing.md) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("label", label);
        m.put("format", format);
        m.put("dataUsed", dataUsed);
        m.put("procno", procno);
        m.put("referenceFrequencyHz", referenceFrequencyHz);
        List<Map<String, Object>> s = new ArrayList<>();
        for (ProcessingStep step : steps) {
            s.add(step.toMap());
        }
        m.put("steps", s);
        return m;
    }
}
