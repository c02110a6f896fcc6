package org.metalnmr.geometry.cell;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.BoundingBox;

/**
 * The RF coil: a solenoid of {@code turns} turns of round wire wound on a cylinder of inner
 * (bore) diameter {@code diameter} over {@code length}, centred at {@code centre} with its axis
 * along {@code axis} (lab +x by default, so that B1 is along x). Pitch = length / turns.
 *
 * <p>Defaults: the 15 mm diameter is the coil of docs/physics.md section 2; the source gives no length,
 * number of turns or wire, so the defaults (20 mm, 8 turns, 1 mm wire: a pitch of 2.5 mm) are
 * assumptions typical of a horizontal solenoid for such cells, to be overridden when known.</p>
 *
 * @param diameter     bore (inner winding) diameter [m], &gt; 0
 * @param length       winding length along the axis [m], &gt; 0
 * @param turns        number of turns, &gt;= 1
 * @param wireDiameter wire diameter [m], &gt; 0 and at most the pitch
 * @param centre       centre of the coil [m] (copied)
 * @param axis         coil axis (normalised copy)
 */
public record Solenoid(double diameter, double length, int turns, double wireDiameter, Vector3dc centre, Vector3dc axis) {

    /** Default bore diameter [m] (docs/physics.md section 2). */
    public static final double DEFAULT_DIAMETER = 15e-3;
    /** Default winding length [m] (assumed). */
    public static final double DEFAULT_LENGTH = 20e-3;
    /** Default number of turns (assumed). */
    public static final int DEFAULT_TURNS = 8;
    /** Default wire diameter [m] (assumed). */
    public static final double DEFAULT_WIRE_DIAMETER = 1e-3;

    /** Validates and copies. */
    public Solenoid {
        Checks.positive("coil diameter", "[m]", diameter);
        Checks.positive("coil length", "[m]", length);
        if (turns < 1) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, "coil turns", "[1]", turns);
        }
        Checks.positive("coil wireDiameter", "[m]", wireDiameter);
        Checks.inRange("coil wireDiameter", "[m] (at most the pitch length/turns)", 0, length / turns, wireDiameter);
        centre = GeometryChecks.finiteCopy("coil centre", centre);
        axis = GeometryChecks.unitCopy("coil axis", axis);
    }

    /** @return the default coil: 15 mm bore, axis +x, centred at the origin */
    public static Solenoid defaults() {
        return new Solenoid(DEFAULT_DIAMETER, DEFAULT_LENGTH, DEFAULT_TURNS, DEFAULT_WIRE_DIAMETER, new Vector3d(),
                new Vector3d(1, 0, 0));
    }

    /** @return bore radius [m] */
    public double boreRadius() {
        return diameter / 2;
    }

    /** @return axial distance between turns [m] */
    public double pitch() {
        return length / turns;
    }

    /**
     * @param x lab x [m]
     * @param y lab y [m]
     * @param z lab z [m]
     * @return the distance from the coil axis [m] and the signed axial coordinate from the centre [m]
     */
    public double[] radialAndAxial(double x, double y, double z) {
        Vector3d p = new Vector3d(x, y, z).sub(centre);
        double a = p.dot(axis);
        double r = Math.sqrt(Math.max(0, p.lengthSquared() - a * a));
        return new double[] {r, a};
    }

    /** @return the lab box of the winding (wire included) */
    public BoundingBox boundingBox() {
        double r = diameter / 2 + wireDiameter;
        double h = length / 2 + wireDiameter / 2;
        double[] e = new double[3];
        double[] ax = {axis.x(), axis.y(), axis.z()};
        for (int i = 0; i < 3; i++) {
            e[i] = Math.abs(ax[i]) * h + r * Math.sqrt(Math.max(0, 1 - ax[i] * ax[i]));
        }
        return BoundingBox.centred(centre.x(), centre.y(), centre.z(), e[0], e[1], e[2]);
    }
}
