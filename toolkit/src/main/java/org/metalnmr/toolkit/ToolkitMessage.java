package org.metalnmr.toolkit;

import org.metalnmr.core.error.MessageKey;

/** The messages of the toolkit module (English, {@link String#format} templates). */
public enum ToolkitMessage implements MessageKey {
    /** A computation method that exists in the interface but not yet in this build. */
    METHOD_UNAVAILABLE("%s %s: %s is not available yet in this build; use %s");

    private final String template;

    ToolkitMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
