package org.metalnmr.spectra.io.bruker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.metalnmr.spectra.io.InputFiles;
import org.metalnmr.spectra.io.jcamp.JcampRecords;
import org.metalnmr.spectra.io.jcamp.LabelledDataRecord;

/**
 * The parameters of a Bruker parameter file ({@code acqus}, {@code acqu2s}, {@code procs}):
 * JCAMP-DX records {@code ##$NAME= value} parsed by {@link JcampRecords}.
 *
 * <p>Values are numbers ({@code ##$TD= 12288}), strings in angle brackets
 * ({@code ##$NUC1= <7Li>}), {@code yes}/{@code no}, or arrays whose first line gives the index range
 * and whose values follow on the next lines ({@code ##$GRPDLY}, {@code ##$D= (0..63)} then 64
 * numbers over several lines). Getters name the file and the parameter when a value is missing or
 * not a number.
 */
public final class BrukerParameters {

    private final String source;
    private final Map<String, LabelledDataRecord> values = new HashMap<>();

    private BrukerParameters(String source) {
        this.source = source;
    }

    /**
     * @param bytes  the file content
     * @param source the file, for messages
     * @return its parameters
     * @throws org.metalnmr.core.error.InvalidInputException when it holds no {@code ##$} parameter
     */
    public static BrukerParameters parse(byte[] bytes, String source) {
        BrukerParameters p = new BrukerParameters(source);
        for (LabelledDataRecord r : JcampRecords.parse(bytes)) {
            if (r.key().startsWith("$")) {
                p.values.putIfAbsent(r.key().substring(1), r);
            }
        }
        if (p.values.isEmpty()) {
            throw InputFiles.malformed(source, "no ##$ parameters", "a Bruker JCAMP-DX parameter file (##$NAME= value)");
        }
        return p;
    }

    /** @return the file the parameters come from */
    public String source() {
        return source;
    }

    /**
     * @param name parameter name without {@code $} (case-sensitive, as Bruker writes it)
     * @return whether the file has it
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * @param name parameter name
     * @return its value as a number
     * @throws org.metalnmr.core.error.InvalidInputException when missing or not a finite number
     */
    public double number(String name) {
        LabelledDataRecord r = values.get(name);
        if (r == null) {
            throw InputFiles.malformed(source, "no ##$" + name + "=", "the parameter " + name);
        }
        return parse(r, r.value().strip());
    }

    /**
     * @param name parameter name
     * @return its value, or empty when the file does not have it
     * @throws org.metalnmr.core.error.InvalidInputException when present but not a number
     */
    public OptionalDouble optionalNumber(String name) {
        return has(name) ? OptionalDouble.of(number(name)) : OptionalDouble.empty();
    }

    /**
     * @param name parameter name
     * @return its value as an integer
     * @throws org.metalnmr.core.error.InvalidInputException when missing or not an integer
     */
    public int integer(String name) {
        double v = number(name);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw InputFiles.malformed(source + " line " + values.get(name).line(), "##$" + name + "= " + v,
                    "an integer");
        }
        return (int) v;
    }

    /**
     * @param name     parameter name
     * @param fallback value when absent
     * @return its value as an integer, or the fallback
     */
    public int integer(String name, int fallback) {
        return has(name) ? integer(name) : fallback;
    }

    /**
     * @param name parameter name
     * @return the string value without its angle brackets, or the raw text for other values;
     *         empty when absent
     */
    public String string(String name) {
        LabelledDataRecord r = values.get(name);
        if (r == null) {
            return "";
        }
        String v = r.value().strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /**
     * @param name parameter name of an array, e.g. {@code D} for {@code ##$D= (0..63)}
     * @return its values
     * @throws org.metalnmr.core.error.InvalidInputException when missing, not an array of numbers,
     *         or with fewer values than its index range states
     */
    public double[] numbers(String name) {
        LabelledDataRecord r = values.get(name);
        if (r == null) {
            throw InputFiles.malformed(source, "no ##$" + name + "=", "the array parameter " + name);
        }
        String v = r.value().strip();
        List<String> tokens = new ArrayList<>();
        int expected = -1;
        if (v.startsWith("(")) {
            int close = v.indexOf(')');
            String range = close > 0 ? v.substring(1, close) : "";
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw InputFiles.malformed(source + " line " + r.line(), "##$" + name + "= " + firstLine(v),
                        "an index range (lo..hi)");
            }
            try {
                expected = Integer.parseInt(range.substring(dots + 2).strip())
                        - Integer.parseInt(range.substring(0, dots).strip()) + 1;
            } catch (NumberFormatException e) {
                throw InputFiles.malformed(source + " line " + r.line(), "##$" + name + "= " + firstLine(v),
                        "an index range of integers (lo..hi)", e);
            }
            v = v.substring(close + 1);
        }
        for (String t : v.split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        if (expected >= 0 && tokens.size() < expected) {
            throw InputFiles.malformed(source + " line " + r.line(), "##$" + name + " has " + tokens.size() + " values",
                    expected + " values as its index range states (truncated file?)");
        }
        double[] out = new double[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parse(r, tokens.get(i));
        }
        return out;
    }

    private static String firstLine(String v) {
        int nl = v.indexOf('\n');
        return nl < 0 ? v : v.substring(0, nl);
    }

    private double parse(LabelledDataRecord r, String text) {
        try {
            double d = Double.parseDouble(text);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException("not finite");
            }
            return d;
        } catch (NumberFormatException e) {
            throw InputFiles.malformed(source + " line " + r.line(), "##$" + r.key().substring(1) + "= '"
                    + firstLine(r.value()) + "'", "a finite number", e);
        }
    }
}
