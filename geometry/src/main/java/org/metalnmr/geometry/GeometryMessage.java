package org.metalnmr.geometry;

import org.metalnmr.core.error.MessageKey;

/** The messages of the geometry module. */
public enum GeometryMessage implements MessageKey {
    /** A material name that is missing or blank. */
    BLANK_NAME("%s must be a non-blank name, got '%s'"),
    /** A quaternion that cannot be a rotation. */
    BAD_ORIENTATION("orientation must be a finite, non-zero quaternion, got %s"),
    /** A vector that must be finite (and non-zero for directions). */
    BAD_VECTOR("%s must be a finite%s vector, got %s"),
    /** A union without parts. */
    EMPTY_UNION("a union needs at least one part"),
    /** A bounding box with min above max. */
    INVERTED_BOX("bounding box: min %s = %s [m] exceeds max %s = %s [m]"),
    /** Grid dimensions too small or too large. */
    GRID_DIMENSIONS("grid dimensions must be >= 1 each and hold at most %d voxels per array, got %d x %d x %d"),
    /** Grid channel unknown. */
    UNKNOWN_CHANNEL("no channel '%s' in this grid; channels: %s"),
    /** An array of the wrong length. */
    ARRAY_LENGTH("%s must have length %d, got %d"),
    /** Two parts that must not overlap. */
    OVERLAP("parts '%s' (%s) and '%s' (%s) overlap by about %.3g m^3; only housings and deposits may overlap other parts"),
    /** A part that reaches into the coil winding. */
    OUTSIDE_BORE("part '%s' reaches %.4g m from the coil axis inside the coil, beyond the bore radius %.4g m; move or shrink it"),
    /** Part names must be unique. */
    DUPLICATE_NAME("%s name '%s' is used twice; names must be unique"),
    /** Too dense for random sequential addition of isolated particles. */
    PACKING_TOO_HIGH("packing fraction of isolated particles must be <= %s (random sequential addition of spheres jams near 0.38), got %s"),
    /** Isolated particles that could not be placed. */
    PLACEMENT_FAILED("placed only %d of %d isolated particles without overlap after %d attempts; lower the packing fraction (%s) or enlarge the layer"),
    /** A deposit too large to expand into explicit bodies. */
    TOO_MANY_BODIES("%s would have %d explicit bodies, more than the limit %d; keep it as a population or lower its density"),
    /** A value that must be one of a set. */
    NOT_ONE_OF("%s must be one of %s, got '%s'");

    private final String template;

    GeometryMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
