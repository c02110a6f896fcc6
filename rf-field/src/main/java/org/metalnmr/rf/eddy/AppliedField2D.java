package org.metalnmr.rf.eddy;

import org.metalnmr.core.error.Checks;

/**
 * The uniform RF field H0 applied far from the conductors of a 2D problem, of unit amplitude:
 * either along the invariant axis z ({@link #axial()}) or in the cross-section plane along
 * (cos a, sin a) ({@link #inPlane(double)}).
 *
 * @param alongAxis true for a field along z
 * @param angleRad the in-plane direction a, measured from x towards y [rad] (0 when axial)
 */
public record AppliedField2D(boolean alongAxis, double angleRad) {

    /** Validates the fields. */
    public AppliedField2D {
        Checks.finite("angleRad [rad]", angleRad);
        if (alongAxis) {
            angleRad = 0;
        }
    }

    /** @return a field along the invariant axis z */
    public static AppliedField2D axial() {
        return new AppliedField2D(true, 0);
    }

    /**
     * @param angleRad direction in the plane, from x towards y [rad]
     * @return a field along (cos a, sin a, 0)
     */
    public static AppliedField2D inPlane(double angleRad) {
        return new AppliedField2D(false, angleRad);
    }

    /** @return the unit vector of the applied field {ex, ey, ez} */
    public double[] direction() {
        return alongAxis ? new double[] {0, 0, 1} : new double[] {Math.cos(angleRad), Math.sin(angleRad), 0};
    }
}
