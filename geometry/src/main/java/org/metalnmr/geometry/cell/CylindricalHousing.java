package org.metalnmr.geometry.cell;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Pose;

/**
 * A cylindrical cell body coaxial with the stack (cell A). Defaults (assumed; docs/physics.md only says
 * "cylindrical PEEK body" and the cell must fit the 15 mm coil): PEEK, 12 mm diameter, 12 mm long.
 *
 * @param material material name
 * @param diameter outer diameter [m], &gt; 0
 * @param length   length along the stack axis [m], &gt; 0
 */
public record CylindricalHousing(String material, double diameter, double length) implements Housing {

    /** Validates. */
    public CylindricalHousing {
        GeometryChecks.name("housing material", material);
        Checks.positive("housing diameter", "[m]", diameter);
        Checks.positive("housing length", "[m]", length);
    }

    /** @return the default cell-A body */
    public static CylindricalHousing defaults() {
        return new CylindricalHousing("PEEK", 12e-3, 12e-3);
    }

    @Override
    public Body body() {
        return new Cylinder(material, diameter / 2, length, Pose.IDENTITY);
    }
}
