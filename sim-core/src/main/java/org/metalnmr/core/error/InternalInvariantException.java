package org.metalnmr.core.error;

/**
 * An internal invariant of the toolkit was broken: a bug, never the caller's input. Thrown only where no input can
 * reach (a switch default over a closed set, reflection over the toolkit's own records, serialising a map the
 * toolkit built itself, a resource shipped in its own jar); its keys start with "internal error". The command line
 * treats it as any {@link MetalNmrException} (exit status 1).
 */
public class InternalInvariantException extends MetalNmrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param key  the message template (one of the internal keys of a module's message enum)
     * @param args the values of its placeholders
     */
    public InternalInvariantException(MessageKey key, Object... args) {
        super(key, args);
    }

    /**
     * @param cause the underlying failure
     * @param key   the message template
     * @param args  the values of its placeholders
     */
    public InternalInvariantException(Throwable cause, MessageKey key, Object... args) {
        super(cause, key, args);
    }
}
