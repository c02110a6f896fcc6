package org.metalnmr.spectra.io.jcamp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits JCAMP-DX text (spectra and Bruker parameter files alike) into labelled data records.
 *
 * <p>Rules (JCAMP-DX 4.24, McDonald &amp; Wilks 1988, and Bruker's parameter files): an LDR starts
 * at a line beginning with {@code ##}; its label runs to the first {@code =}; the value is the rest
 * of the line and every following line up to the next {@code ##} line. {@code $$} starts a comment
 * running to the end of the line, except inside a {@code <...>} string of a Bruker parameter
 * ({@code ##$} label; such strings may run over several lines); whole comment lines
 * are skipped. The text is decoded as ISO-8859-1 (JCAMP-DX is ASCII; Latin-1 never fails on a stray
 * byte, which then shows in the value rather than aborting the read).
 */
public final class JcampRecords {

    private JcampRecords() {
    }

    /**
     * @param bytes the file content
     * @return its records in file order
     */
    public static List<LabelledDataRecord> parse(byte[] bytes) {
        return parse(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /**
     * @param text the file content
     * @return its records in file order (text before the first {@code ##} is ignored)
     */
    public static List<LabelledDataRecord> parse(String text) {
        List<LabelledDataRecord> out = new ArrayList<>();
        String label = null;
        int labelLine = 0;
        StringBuilder value = new StringBuilder();
        boolean inString = false;
        boolean trackStrings = false;
        int lineNo = 0;
        int pos = 0;
        int len = text.length();
        while (pos < len) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = len;
            }
            int stop = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(pos, stop);
            pos = end + 1;
            lineNo++;
            if (line.startsWith("##")) { // a new record also ends an unclosed <string>
                if (label != null) {
                    out.add(record(label, value, labelLine));
                }
                int eq = line.indexOf('=');
                String rest;
                if (eq < 0) {
                    label = line.substring(2);
                    rest = "";
                } else {
                    label = line.substring(2, eq);
                    rest = line.substring(eq + 1);
                }
                labelLine = lineNo;
                value.setLength(0);
                trackStrings = label.strip().startsWith("$");
                inString = appendWithoutComment(value, rest, false, trackStrings);
                continue;
            }
            if (label == null) {
                continue;
            }
            if (!inString && line.stripLeading().startsWith("$$")) {
                continue;
            }
            value.append('\n');
            inString = appendWithoutComment(value, line, inString, trackStrings);
        }
        if (label != null) {
            out.add(record(label, value, labelLine));
        }
        return out;
    }

    private static LabelledDataRecord record(String label, StringBuilder value, int line) {
        String v = value.toString();
        // trim blanks around the value but keep its internal line structure
        return new LabelledDataRecord(label.strip(), LabelledDataRecord.normalise(label), v.strip(), line);
    }

    /** Appends the line up to a {@code $$} comment outside {@code <...>}; returns whether a string is still open. */
    private static boolean appendWithoutComment(StringBuilder out, String line, boolean inString,
                                                boolean trackStrings) {
        boolean open = inString;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (open) {
                if (c == '>') {
                    open = false;
                }
            } else if (c == '<' && trackStrings) {
                open = true;
            } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '$') {
                out.append(line, 0, i);
                return false;
            }
        }
        out.append(line);
        return open;
    }
}
