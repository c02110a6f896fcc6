package org.metalnmr.toolkit.morphology;

import java.util.Locale;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * How the electrode stack sits in B0 (along z): the angle between the electrode normal and B0, the normal
 * tilted in the x-z plane, n = (sin t, 0, cos t). docs/physics.md section 2: cell A has its disk normal along x
 * (t = 90 deg, perpendicular to B0, along the coil axis), cell B along z (t = 0).
 *
 * @param tiltDeg angle between the electrode normal and B0 [deg], in [0, 90]
 * @param label   a short name ("A", "B" or the angle)
 */
public record CellOrientation(double tiltDeg, String label) {

    /** Validates. */
    public CellOrientation {
        Checks.inRange("cell tilt (electrode normal to B0)", "[deg]", 0, 90, tiltDeg);
        label = label == null || label.isBlank() ? String.format(Locale.ROOT, "%g deg", tiltDeg) : label;
    }

    /** @return cell A: electrode normal perpendicular to B0 */
    public static CellOrientation cellA() {
        return new CellOrientation(90, "A");
    }

    /** @return cell B: electrode normal along B0 */
    public static CellOrientation cellB() {
        return new CellOrientation(0, "B");
    }

    /**
     * @param text {@code A}, {@code B} or an angle in degrees between the electrode normal and B0
     * @return the orientation
     * @throws InvalidInputException for anything else
     */
    public static CellOrientation parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("A")) {
            return cellA();
        }
        if (t.equalsIgnoreCase("B")) {
            return cellB();
        }
        try {
            return new CellOrientation(Double.parseDouble(t), null);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--cell", "A (normal perpendicular to B0), B (normal along B0)"
                    + " or the angle between electrode normal and B0 in degrees [0, 90]", text);
        }
    }

    /** @return the electrode normal (lab frame, unit) */
    public Vector3d normal() {
        double t = Math.toRadians(tiltDeg);
        return new Vector3d(Math.sin(t), 0, Math.cos(t));
    }

    /** @return the demagnetising factor along B0 of a thin plate parallel to the electrode: cos^2 t */
    public double plateNzz() {
        double c = Math.cos(Math.toRadians(tiltDeg));
        return c * c;
    }

    /** @return words for the direction of the electrode normal relative to B0 */
    public String normalWords() {
        if (tiltDeg < 1e-9) {
            return "along B0";
        }
        if (tiltDeg > 90 - 1e-9) {
            return "perpendicular to B0";
        }
        return String.format(Locale.ROOT, "at %.3g deg to B0", tiltDeg);
    }
}
