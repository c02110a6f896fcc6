package org.metalnmr.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The command line every example accepts: an optional output path for its SVG figure (the PNG goes
 * next to it) and the flag {@code --quick}, which makes the slow examples use a coarse grid and fewer
 * spin packets (for the smoke tests; the figures in the docs are rendered without it).
 *
 * @param output where the SVG figure goes
 * @param quick  whether to trade accuracy for speed
 */
record ExampleArgs(Path output, boolean quick) {

    /**
     * @param args          the arguments of {@code main}
     * @param defaultOutput the figure path used when none is given
     * @return the parsed arguments
     * @throws InvalidInputException for an unknown flag or more than one path
     */
    static ExampleArgs parse(String[] args, String defaultOutput) {
        Path out = null;
        boolean quick = false;
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else if (a.startsWith("--")) {
                throw new InvalidInputException(ExampleMessage.UNKNOWN_OPTION, a);
            } else if (out == null) {
                out = Path.of(a);
            } else {
                throw new InvalidInputException(ExampleMessage.TWO_OUTPUTS, out, a);
            }
        }
        return new ExampleArgs(out != null ? out : Path.of(defaultOutput), quick);
    }

    /**
     * Formats a number for the printed tables ({@link Locale#ROOT}, so the decimal point is a point).
     *
     * @param format a {@link String#format} pattern
     * @param values the values
     * @return the text
     */
    static String fmt(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
