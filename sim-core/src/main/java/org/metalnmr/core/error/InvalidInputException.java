package org.metalnmr.core.error;

/**
 * Bad input from the caller: an unknown name, a value out of its allowed range, a malformed file.
 * The message names the input, its value and what is allowed. The command line maps it to exit
 * status 2 and prints the message as one line.
 */
public class InvalidInputException extends MetalNmrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param key  the message template
     * @param args the values of its placeholders
     */
    public InvalidInputException(MessageKey key, Object... args) {
        super(key, args);
    }

    /**
     * @param cause the underlying failure
     * @param key   the message template
     * @param args  the values of its placeholders
     */
    public InvalidInputException(Throwable cause, MessageKey key, Object... args) {
        super(cause, key, args);
    }
}
