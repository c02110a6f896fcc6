package org.metalnmr.examples;

import org.metalnmr.core.error.MessageKey;

/** The messages of the examples (English, {@link String#format} templates). */
enum ExampleMessage implements MessageKey {
    /** An option an example does not take. */
    UNKNOWN_OPTION("unknown option %s; an example takes --quick and one output path"),
    /** More than one output path. */
    TWO_OUTPUTS("an example takes one output path, got %s and %s"),
    /** Internal (a bug, not input): the built-in scenario lacks a component an example shows. */
    NO_COMPONENT_OF_KIND("internal error (a bug in metalnmr, please report it): the built-in scenario has no %s component"
            + " (components: %s)");

    private final String template;

    ExampleMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
