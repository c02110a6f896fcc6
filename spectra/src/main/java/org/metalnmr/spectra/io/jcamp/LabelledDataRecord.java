package org.metalnmr.spectra.io.jcamp;

import java.util.Locale;
import java.util.Objects;

/**
 * One JCAMP-DX labelled data record (LDR): {@code ##LABEL= value}, the value running over the
 * following lines up to the next {@code ##} line, with {@code $$} comments removed.
 *
 * @param label    the label as written, without {@code ##} and {@code =}
 * @param key      the normalised label ({@link #normalise})
 * @param value    the value text; continuation lines joined with {@code '\n'}; leading and
 *                 trailing blanks of the first line trimmed
 * @param line     1-based line number of the {@code ##} line in its file
 */
public record LabelledDataRecord(String label, String key, String value, int line) {

    /** Validates. */
    public LabelledDataRecord {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Normalises a label as JCAMP-DX 5.01 (McDonald &amp; Wilks 1988, Appl. Spectrosc. 42, 151,
     * sect. 4.2) says: upper case, without blanks, hyphens, slashes and underscores, so that
     * {@code "DATA TYPE"}, {@code "DATATYPE"} and {@code "data_type"} are one label. User-defined
     * (private) labels starting with {@code $} (Bruker parameters such as {@code $SW_h}) are kept
     * as written apart from surrounding blanks, because Bruker tells {@code $SW} from {@code $SW_h}.
     *
     * @param label the label as written
     * @return the key
     */
    public static String normalise(String label) {
        String t = label.strip();
        if (t.startsWith("$")) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '-' && c != '/' && c != '_' && c != '\t') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
