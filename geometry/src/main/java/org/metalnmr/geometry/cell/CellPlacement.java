package org.metalnmr.geometry.cell;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Pose;

/**
 * Where the whole cell sits in the coil. The cell's pose in the lab is, in this order: the
 * preset's stack orientation ({@link CellPreset#stackOrientation()}), a tilt by {@code tiltAngle}
 * about lab y (the axis perpendicular to both B0 and B1), a turn by {@code azimuthAngle} about lab
 * z (B0), and a translation to {@code position}:
 * pose = stack.then(R_y(tilt)).then(R_z(azimuth)).then(T(position)).
 *
 * <p>Effect of the tilt: cell B's normal goes from z to (sin tilt, 0, cos tilt), so tilt is the
 * angle between the plate normal and B0; cell A's normal goes from x to (cos tilt, 0, -sin tilt),
 * so its angle to B0 is 90 deg - |tilt|.</p>
 *
 * @param position     centre of the stack in the lab [m] (copied)
 * @param tiltAngle    rotation about lab y [rad], in [-pi, pi]
 * @param azimuthAngle rotation about lab z [rad], in [-pi, pi]
 */
public record CellPlacement(Vector3dc position, double tiltAngle, double azimuthAngle) {

    /** Validates and copies. */
    public CellPlacement {
        position = GeometryChecks.finiteCopy("cell position", position);
        Checks.inRange("cell tiltAngle", "[rad]", -Math.PI, Math.PI, tiltAngle);
        Checks.inRange("cell azimuthAngle", "[rad]", -Math.PI, Math.PI, azimuthAngle);
    }

    /** @return centred in the coil, untilted */
    public static CellPlacement centred() {
        return new CellPlacement(new Vector3d(), 0, 0);
    }

    /**
     * @param preset the cell type
     * @return the rigid motion from the cell frame (stack along cell z, centred) to the lab
     */
    public Pose pose(CellPreset preset) {
        return preset.stackOrientation()
                .then(Pose.rotation(new Vector3d(0, 1, 0), tiltAngle))
                .then(Pose.rotation(new Vector3d(0, 0, 1), azimuthAngle))
                .then(new Pose(position, new org.joml.Quaterniond()));
    }
}
