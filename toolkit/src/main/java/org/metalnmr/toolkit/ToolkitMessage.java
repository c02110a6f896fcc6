package org.metalnmr.toolkit;

import org.metalnmr.core.error.MessageKey;

/** The messages of the toolkit module (English, {@link String#format} templates; scenario messages start with the file). */
public enum ToolkitMessage implements MessageKey {
    /** A --cycler row holding a value that is not a finite number. */
    CYCLER_ROW_NOT_FINITE("%s: --cycler row '%s' holds a value that is not a finite number; expected rows of time [s], voltage [V]"),
    /** A --cycler file whose times are not in order. */
    CYCLER_TIME_BACKWARDS("%s: --cycler time goes backwards at %s s (after %s s); expected rows of time [s], voltage [V] in time order"),
    /** A --cycler time that overflows once the clock offset is added. */
    CYCLER_TIME_OVERFLOW("%s: --cycler time %s s plus the offset %s s is not a finite number; expected times and offset whose sum is"
            + " below 1.8e308 s"),
    /** A --cycler file without two data rows. */
    CYCLER_TOO_FEW_ROWS("%s: --cycler holds %d rows of two numbers (time [s], voltage [V]); expected at least 2"),
    /** A series checkpoint written by another model or other options. */
    RESUME_HEADER_MISMATCH("%s: its header does not match the model's columns %s; resume only with the same model and options"),
    /** A row of an orientation series (calibrate) that is not angle, shift and optional error. */
    ORIENTATION_ROW("%s line %d: %s; expected rows angleDeg,shiftPpm[,shiftStderrPpm] of finite numbers with shiftStderrPpm > 0"),
    /** An orientation series that gives the shift's error on some rows only. */
    ORIENTATION_STDERR_MIXED("%s: shiftStderrPpm is given on some lines only; give it on every line or on none"),
    /** The explore page's port that cannot be listened on. */
    PORT_UNAVAILABLE("--port %d: cannot listen on 127.0.0.1: %s (choose another port, or 0 for any free one)"),
    /** A line placement whose part does not match its kind. */
    LINE_PLACEMENT_PART("a line placement of kind %s %s, got part '%s'"),
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
    /**
     * A scenario value that the record it builds refused: the third placeholder is the specific message of the cause
     * (a key of the record's own module), prefixed by the file and the JSON path.
     */
    SCENARIO_VALUE_REFUSED("%s: %s: %s"),
    /** An integer outside its range. */
    SCENARIO_INTEGER_RANGE("%s: %s must be an integer in [%d, %d], got %d"),
    /** A line placed in or on a part the cell does not have. */
    SCENARIO_UNKNOWN_PART("%s: %s = '%s' is not a part of the cell; parts: %s"),
    /** A line placed inside a metal part. */
    SCENARIO_LINE_IN_METAL("%s: %s = '%s' is a metal: a line fills a non-conducting part (use onSurfaceOf for a film on a metal)"),
    /** A surface film placed on a part that is not a metal. */
    SCENARIO_FILM_ON_NON_METAL("%s: %s = '%s' is not a metal: a surface film lies on a metal part (use in for a non-conductor)"),
    /** A deposit name already taken. */
    SCENARIO_NAME_TAKEN("%s: %s: name '%s' is already used by a part or another deposit; names must be unique"),
    /** Two keys of which at most one may be given. */
    SCENARIO_EXCLUSIVE_KEYS("%s: %s: give %s or %s, not both"),
    /** A Knight-shift override by element where the table has no element-wide value. */
    SCENARIO_KNIGHT_SHIFT_PER_NUCLEUS("%s: %s: the table has no Knight shift of %s to replace; give it per nucleus, e.g."
            + " {\"<mass number>%s\": 1000}"),
    /** A blank source text of an overriding value. */
    SCENARIO_BLANK_SOURCE("%s: %s: must name where the value comes from, or be left out; got a blank text"),
    /** A body that the scenario format has no single extra-part entry for. */
    SCENARIO_PART_NOT_WRITABLE("%s: %s: a %s cannot be written as one extra part; add its parts one by one"),
    /** A material name the material table does not know. */
    SCENARIO_UNKNOWN_MATERIAL("%s: %s = '%s' is not a known material; known materials: %s"),
    /** A word that must be one of a set. */
    SCENARIO_NOT_ONE_OF("%s: %s must be one of %s, got '%s'"),
    /** An option that a chosen variant requires. */
    OPTION_NEEDED("%s needs %s"),
    /** An option that does not apply to the chosen variant. */
    OPTION_NOT_APPLICABLE("%s does not apply to %s; %s"),
    /** A list option with the wrong number of values. */
    VALUE_COUNT("%s for %s takes %s, got %d value(s)"),
    /** A set of morphology components without a metal one. */
    MORPHOLOGY_NO_METAL("the morphology components %s hold no metal; give at least one of %s"),
    /** A morphology parameter asked of a model without its component. */
    MORPHOLOGY_NO_COMPONENT("morphology model %s has no component %s; it has %s"),
    /** Internal (a bug, not input): a component of a report that is not in its simulation. */
    COMPONENT_NOT_SIMULATED("internal error (a bug in metalnmr, please report it): component '%s' is not in the simulation"
            + " (components: %s)");

    private final String template;

    ToolkitMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
