package org.metalnmr.toolkit.explore;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The query parameters of one API request, read the way the command line reads its options: every
 * parameter known to the endpoint, at most once, numbers finite and in the range the CLI allows; any
 * violation is an {@link InvalidInputException} with one line naming the parameter, its value and what is
 * allowed. Parameters the endpoint never asked for are refused by {@link #refuseUnread()}.
 */
final class QueryParameters {

    /** Longest query string read [characters]; a longer one is refused before it is parsed. */
    static final int MAX_QUERY_CHARS = 2048;

    private final Map<String, String> values;
    private final Set<String> read = new HashSet<>();

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param rawQuery the raw (still encoded) query string, or null
     * @return the parameters
     * @throws InvalidInputException for a query that is too long or names a parameter twice
     */
    static QueryParameters parse(String rawQuery) {
        Map<String, String> v = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(v);
        }
        if (rawQuery.length() > MAX_QUERY_CHARS) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "query length", 0, MAX_QUERY_CHARS, "[characters]",
                    rawQuery.length());
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (v.put(name, value) != null) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "parameter " + name, "given once", "given twice");
            }
        }
        return new QueryParameters(v);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "query", "URL-encoded text", s);
        }
    }

    /**
     * @param name         parameter
     * @param defaultValue value when absent
     * @return the text
     */
    String text(String name, String defaultValue) {
        read.add(name);
        String v = values.get(name);
        return v == null ? defaultValue : v;
    }

    /**
     * @param name         parameter
     * @param allowed      the allowed values
     * @param defaultValue value when absent
     * @return one of the allowed values
     */
    String choice(String name, List<String> allowed, String defaultValue) {
        String v = text(name, defaultValue);
        if (!allowed.contains(v)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, name, String.join("|", allowed), v);
        }
        return v;
    }

    /**
     * @param name         parameter
     * @param unit         unit for the message, e.g. "[T]"
     * @param lo           smallest allowed value
     * @param hi           largest allowed value
     * @param defaultValue value when absent
     * @return the number, finite and in [lo, hi]
     */
    double number(String name, String unit, double lo, double hi, double defaultValue) {
        String v = text(name, null);
        if (v == null) {
            return defaultValue;
        }
        double x;
        try {
            x = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(CoreMessage.NOT_FINITE, name, "'" + v + "'");
        }
        Checks.finite(name, x);
        return Checks.inRange(name, unit, lo, hi, x);
    }

    /**
     * @param name parameter
     * @return whether it was given
     */
    boolean has(String name) {
        read.add(name);
        return values.containsKey(name);
    }

    /** @throws InvalidInputException when a parameter was given that the endpoint does not know */
    void refuseUnread() {
        for (String name : values.keySet()) {
            if (!read.contains(name)) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "parameter '" + name + "'",
                        "the endpoint's parameters " + read, name);
            }
        }
    }
}
