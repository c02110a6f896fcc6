package org.metalnmr.rf.eddy;

import java.util.List;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.CoreMessage;

/**
 * An axis-aligned rectangle of the cross-section plane (a strip, foil or slab section).
 *
 * @param xMin lower x edge [m]
 * @param yMin lower y edge [m]
 * @param xMax upper x edge [m], &gt; xMin
 * @param yMax upper y edge [m], &gt; yMin
 */
public record RectangleSection(double xMin, double yMin, double xMax, double yMax) implements CrossSection {

    /** Validates the fields. */
    public RectangleSection {
        Checks.finite("xMin [m]", xMin);
        Checks.finite("yMin [m]", yMin);
        Checks.finite("xMax [m]", xMax);
        Checks.finite("yMax [m]", yMax);
        if (!(xMax > xMin)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "xMax", xMin, "inf", "[m]", xMax);
        }
        if (!(yMax > yMin)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "yMax", yMin, "inf", "[m]", yMax);
        }
    }

    /**
     * @param width  size along x [m]
     * @param height size along y [m]
     * @return a rectangle centred on the origin
     */
    public static RectangleSection centered(double width, double height) {
        Checks.positive("width", "[m]", width);
        Checks.positive("height", "[m]", height);
        return new RectangleSection(-width / 2, -height / 2, width / 2, height / 2);
    }

    @Override
    public boolean contains(double x, double y) {
        return x > xMin && x < xMax && y > yMin && y < yMax;
    }

    @Override
    public double[] bounds() {
        return new double[] {xMin, yMin, xMax, yMax};
    }

    @Override
    public List<double[]> surfaceSpansX() {
        return List.of(new double[] {xMin, xMin}, new double[] {xMax, xMax});
    }

    @Override
    public List<double[]> surfaceSpansY() {
        return List.of(new double[] {yMin, yMin}, new double[] {yMax, yMax});
    }
}
