package org.metalnmr.rf.eddy;

import org.metalnmr.core.error.Checks;

/**
 * A disk of the cross-section plane: the section of a cylinder (wire, whisker) along z.
 *
 * @param centerX x of the centre [m]
 * @param centerY y of the centre [m]
 * @param radius  radius [m], &gt; 0
 */
public record CircleSection(double centerX, double centerY, double radius) implements CrossSection {

    /** Validates the fields. */
    public CircleSection {
        Checks.finite("centerX [m]", centerX);
        Checks.finite("centerY [m]", centerY);
        Checks.positive("radius", "[m]", radius);
    }

    @Override
    public boolean contains(double x, double y) {
        double dx = x - centerX;
        double dy = y - centerY;
        return dx * dx + dy * dy < radius * radius;
    }

    @Override
    public double[] bounds() {
        return new double[] {centerX - radius, centerY - radius, centerX + radius, centerY + radius};
    }
}
