package org.metalnmr.rf.penetration;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The canonical bodies of RF penetration, by the names of the command line
 * ({@code slab|half-space|cylinder-axial|cylinder-transverse|sphere}): each has a closed form ({@link #profile}),
 * and all but the half-space are also solved numerically ({@link org.metalnmr.rf.numeric.NumericPenetration}).
 */
public enum BodyShape {
    /** Slab of thickness = size, driven on both faces ({@link SlabPenetration}). */
    SLAB("slab"),
    /** Half-space, size = the considered depth ({@link HalfSpacePenetration}). */
    HALF_SPACE("half-space"),
    /** Cylinder of diameter = size in an axial field ({@link AxialCylinderPenetration}). */
    CYLINDER_AXIAL("cylinder-axial"),
    /** Cylinder of diameter = size in a transverse field ({@link TransverseCylinderPenetration}). */
    CYLINDER_TRANSVERSE("cylinder-transverse"),
    /** Sphere of diameter = size ({@link SpherePenetration}). */
    SPHERE("sphere");

    private final String cliName;

    BodyShape(String cliName) {
        this.cliName = cliName;
    }

    /** @return the command-line name */
    public String cliName() {
        return cliName;
    }

    /**
     * @param size      the body's size [m] (see each constant)
     * @param skinDepth d [m]
     * @return the closed-form profile
     */
    public PenetrationProfile profile(double size, double skinDepth) {
        return switch (this) {
            case SLAB -> new SlabPenetration(size, skinDepth);
            case HALF_SPACE -> new HalfSpacePenetration(size, skinDepth);
            case CYLINDER_AXIAL -> new AxialCylinderPenetration(size, skinDepth);
            case CYLINDER_TRANSVERSE -> new TransverseCylinderPenetration(size, skinDepth);
            case SPHERE -> new SpherePenetration(size, skinDepth);
        };
    }

    /**
     * @param name a command-line name, case-insensitive
     * @return the shape
     * @throws InvalidInputException for an unknown name (listing the known ones)
     */
    public static BodyShape byName(String name) {
        for (BodyShape s : values()) {
            if (s.cliName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "shape",
                Arrays.stream(values()).map(BodyShape::cliName).collect(Collectors.joining("|")), name);
    }
}
