package org.metalnmr.core.error;

/**
 * A message template of one module's message enum. Each module keeps its messages in one enum
 * that implements this interface, so that every error text of the toolkit is written once, in
 * English, with its placeholders ({@link String#format} syntax).
 */
public interface MessageKey {

    /** @return the {@link String#format} template of this message */
    String template();

    /**
     * Formats the message with its arguments.
     *
     * @param args the values that fill the template
     * @return the finished message
     */
    default String format(Object... args) {
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence || safe[i] instanceof java.nio.file.Path) {
                safe[i] = oneLine(safe[i].toString());
            }
        }
        return String.format(java.util.Locale.ROOT, template(), safe);
    }

    /**
     * A message is one line (CLI.md: bad input gives one line on standard error): text taken from the input (a value
     * quoted from a file, a file name) has its line breaks and other control characters written as escapes.
     *
     * @param text any text
     * @return the text with control characters escaped ({@code \n}, {@code \r}, {@code \t}, {@code \u0000} ...)
     */
    static String oneLine(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
