package org.metalnmr.geometry.cell;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Pose;

/**
 * A box-shaped cell body (cell B), edges along the cell axes (stack axis = cell z). Defaults
 * (assumed; docs/physics.md only says "box-shaped body" and it must fit the 15 mm coil, whose axis is
 * cell/lab x for cell B): PEEK, 14 mm along x, 10 mm along y, 10 mm along z (cross-section
 * diagonal 14.1 mm &lt; 15 mm).
 *
 * @param material material name
 * @param sizeX    edge along cell x [m], &gt; 0
 * @param sizeY    edge along cell y [m], &gt; 0
 * @param sizeZ    edge along cell z (the stack axis) [m], &gt; 0
 */
public record BoxHousing(String material, double sizeX, double sizeY, double sizeZ) implements Housing {

    /** Validates. */
    public BoxHousing {
        GeometryChecks.name("housing material", material);
        Checks.positive("housing sizeX", "[m]", sizeX);
        Checks.positive("housing sizeY", "[m]", sizeY);
        Checks.positive("housing sizeZ", "[m]", sizeZ);
    }

    /** @return the default cell-B body */
    public static BoxHousing defaults() {
        return new BoxHousing("PEEK", 14e-3, 10e-3, 10e-3);
    }

    @Override
    public Body body() {
        return new Box(material, sizeX, sizeY, sizeZ, Pose.IDENTITY);
    }
}
