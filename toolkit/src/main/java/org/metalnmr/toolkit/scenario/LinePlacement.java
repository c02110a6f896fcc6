package org.metalnmr.toolkit.scenario;

import java.util.Objects;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * Where the spins of a non-metal line are ({@link NonMetalLine}).
 *
 * @param kind what kind of place
 * @param part the part's name (empty when unplaced)
 */
public record LinePlacement(Kind kind, String part) {

    /** The kinds of place. */
    public enum Kind {
        /** Not placed: one fully excited packet at the coil centre. */
        UNPLACED,
        /** Filling the volume of a part (pellet, composite, an extra part of its own). */
        VOLUME,
        /** A thin film on a metal part's surface open to non-conducting space (SEI). */
        SURFACE
    }

    /** Not placed. */
    public static final LinePlacement UNPLACED = new LinePlacement(Kind.UNPLACED, "");

    /** Validates. */
    public LinePlacement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        if ((kind == Kind.UNPLACED) != part.isEmpty()) {
            throw new InvalidInputException(ToolkitMessage.LINE_PLACEMENT_PART, kind, kind == Kind.UNPLACED ? "names no part" : "names its part", part);
        }
    }

    /**
     * @param part a part name
     * @return spins filling its volume
     */
    public static LinePlacement in(String part) {
        return new LinePlacement(Kind.VOLUME, part);
    }

    /**
     * @param part a metal part name
     * @return spins in a thin film on its open surface
     */
    public static LinePlacement onSurfaceOf(String part) {
        return new LinePlacement(Kind.SURFACE, part);
    }
}
