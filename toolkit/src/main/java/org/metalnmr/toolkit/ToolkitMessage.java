package org.metalnmr.toolkit;

import org.metalnmr.core.error.MessageKey;

/** The messages of the toolkit module (English, {@link String#format} templates; scenario messages start with the file). */
public enum ToolkitMessage implements MessageKey {
    /** A computation method that exists in the interface but not yet in this build. */
    METHOD_UNAVAILABLE("%s %s: %s is not available yet in this build; use %s"),
    /** A scenario that is not valid JSON. */
    SCENARIO_SYNTAX("%s: not valid JSON: %s"),
    /** A scenario value of the wrong JSON type. */
    SCENARIO_TYPE("%s: %s must be %s, got %s"),
    /** A key the scenario format does not have. */
    SCENARIO_UNKNOWN_KEY("%s: unknown key '%s' in %s; allowed keys: %s"),
    /** A required key that is missing. */
    SCENARIO_MISSING("%s: %s is required (%s)"),
    /** A value outside what is allowed (the detail says which and why). */
    SCENARIO_VALUE("%s: %s: %s"),
    /** A material name the material table does not know. */
    SCENARIO_UNKNOWN_MATERIAL("%s: %s = '%s' is not a known material; known materials: %s"),
    /** A word that must be one of a set. */
    SCENARIO_NOT_ONE_OF("%s: %s must be one of %s, got '%s'");

    private final String template;

    ToolkitMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
