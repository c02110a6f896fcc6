package org.metalnmr.core.error;

/** The messages of the sim-core module. */
public enum CoreMessage implements MessageKey {
    /** Unknown nucleus name. */
    UNKNOWN_NUCLEUS("unknown nucleus '%s'; known nuclei: %s"),
    /** Unknown material name. */
    UNKNOWN_MATERIAL("unknown material '%s'; known materials: %s"),
    /** A value that must be finite. */
    NOT_FINITE("%s must be a finite number, got %s"),
    /** A value that must be strictly positive. */
    NOT_POSITIVE("%s must be > 0 %s, got %s"),
    /** A value that must not be negative. */
    NEGATIVE("%s must be >= 0 %s, got %s"),
    /** A value outside a closed range. */
    OUT_OF_RANGE("%s must be in [%s, %s] %s, got %s"),
    /** A value that must be one of a set. */
    NOT_ONE_OF("%s must be one of %s, got '%s'"),
    /** A material property that is not known for that material. */
    PROPERTY_UNKNOWN("%s of material '%s' is not known (no sourced value in the material table)"),
    /** A data resource that could not be read. */
    RESOURCE_UNREADABLE("cannot read the data resource %s: %s"),
    /** A file that could not be read. */
    FILE_UNREADABLE("cannot read %s: %s"),
    /** A file that could not be written. */
    FILE_UNWRITABLE("cannot write %s: %s"),
    /** An output folder that a run may not write into (it overlaps an input, is taken, or holds other files). */
    OUTPUT_FOLDER_REFUSED("--out %s cannot be used: %s"),
    /** A malformed data file. */
    FILE_MALFORMED("%s: %s"),
    /** A grid or array too large for the memory available. */
    MEMORY_EXCEEDED("%s needs about %.1f MiB but only %.1f MiB are available to the JVM; %s"),
    /** Arrays that must have equal lengths. */
    LENGTH_MISMATCH("%s has %d values but %s has %d; they must have the same length"),
    /** A fit model that is not well formed (model file or built-in specification). */
    INVALID_MODEL("model %s: %s"),
    /** A least-squares fit that failed (not a mere non-convergence, which is reported in the result). */
    FIT_FAILED("the fit failed: %s");

    private final String template;

    CoreMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
