package org.metalnmr.core.error;

/**
 * Any failure of the toolkit that is not the caller's bad input: a solver that did not converge, a
 * resource that could not be read. The command line maps it to exit status 1.
 */
public class MetalNmrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MessageKey key;

    /**
     * @param key  the message template
     * @param args the values of its placeholders
     */
    public MetalNmrException(MessageKey key, Object... args) {
        super(key.format(args));
        this.key = key;
    }

    /**
     * @param cause the underlying failure (e.g. a Hipparchus or EJML exception)
     * @param key   the message template
     * @param args  the values of its placeholders
     */
    public MetalNmrException(Throwable cause, MessageKey key, Object... args) {
        super(key.format(args), cause);
        this.key = key;
    }

    /** @return the message template this exception was built from */
    public MessageKey key() {
        return key;
    }
}
