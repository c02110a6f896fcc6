package org.metalnmr.toolkit;

import org.metalnmr.core.error.MessageKey;

/** The messages of the toolkit module (English, {@link String#format} templates). */
public enum ToolkitMessage implements MessageKey {
    /** A computation method that exists in the interface but not yet in this build. */
    METHOD_UNAVAILABLE("%s %s: %s is not available yet in this build; use %s"),
    /** An option that a chosen variant requires. */
    OPTION_NEEDED("%s needs %s"),
    /** An option that does not apply to the chosen variant. */
    OPTION_NOT_APPLICABLE("%s does not apply to %s; %s"),
    /** A list option with the wrong number of values. */
    VALUE_COUNT("%s for %s takes %s, got %d value(s)");

    private final String template;

    ToolkitMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
