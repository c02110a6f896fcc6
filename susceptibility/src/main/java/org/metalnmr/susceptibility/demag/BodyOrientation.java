package org.metalnmr.susceptibility.demag;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Orientations (body-to-lab rotations, JOML quaternions) used by the shift models. Lab frame: B0
 * along +z. The tilt convention of the command line: the body's third (z) axis is tilted by an angle
 * theta from B0 in the lab x-z plane, i.e. a rotation by theta about lab y, taking body z to
 * (sin theta, 0, cos theta).
 */
public final class BodyOrientation {

    private BodyOrientation() {
    }

    /**
     * @param tiltRad angle between body z and B0 [rad], finite
     * @return rotation by tiltRad about lab y
     */
    public static Quaterniond tilt(double tiltRad) {
        Checks.finite("tilt angle [rad]", tiltRad);
        return new Quaterniond().rotationY(tiltRad);
    }

    /**
     * A rotation that takes body z to the given lab direction (the shortest-arc rotation); for
     * axisymmetric bodies the rotation about that axis does not matter.
     *
     * @param axis direction of the body's z axis in the lab frame, non-zero
     * @return the rotation
     */
    public static Quaterniond axisAlong(Vector3dc axis) {
        double len = axis.length();
        if (!(len > 0) || !Double.isFinite(len)) {
            throw new InvalidInputException(SusceptibilityMessage.ZERO_VECTOR, "axis", axis.x(), axis.y(), axis.z());
        }
        Vector3d n = new Vector3d(axis).div(len);
        return new Quaterniond().rotationTo(new Vector3d(0, 0, 1), n);
    }
}
