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
        return String.format(java.util.Locale.ROOT, template(), args);
    }
}
