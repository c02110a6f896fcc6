package org.metalnmr.geometry;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Argument checks shared by the geometry records (names, vectors, directions); the numeric checks
 * are those of {@link org.metalnmr.core.error.Checks}.
 */
public final class GeometryChecks {

    private GeometryChecks() {
    }

    /**
     * @param what  what the name is (e.g. "material")
     * @param value the name
     * @return the name, when non-blank
     */
    public static String name(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(GeometryMessage.BLANK_NAME, what, value);
        }
        return value;
    }

    /**
     * @param what  what the vector is
     * @param value the vector
     * @return a private copy, when all components are finite
     */
    public static Vector3d finiteCopy(String what, Vector3dc value) {
        if (value == null || !value.isFinite()) {
            throw new InvalidInputException(GeometryMessage.BAD_VECTOR, what, "", value);
        }
        return new Vector3d(value);
    }

    /**
     * @param what  what the direction is
     * @param value the direction (any non-zero length)
     * @return a private unit-length copy (a vector already of unit length within 1e-15 is copied
     *         unchanged, so that normalising is idempotent and written files read back equal)
     */
    public static Vector3d unitCopy(String what, Vector3dc value) {
        if (value == null || !value.isFinite() || value.length() < 1e-300) {
            throw new InvalidInputException(GeometryMessage.BAD_VECTOR, what, ", non-zero", value);
        }
        Vector3d v = new Vector3d(value);
        return Math.abs(v.lengthSquared() - 1) <= 2e-15 ? v : v.normalize();
    }
}
