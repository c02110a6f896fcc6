package org.metalnmr.toolkit.forward;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.rf.coil.SolenoidCoil;

/**
 * The coil's relative RF amplitude b(r) = |B1_perp(r)| / |B1_perp(centre)|, where B1_perp is the
 * part of the coil's field per unit current transverse to B0 (z), by Biot-Savart over the real helical
 * winding ({@link SolenoidCoil}). By reciprocity (Hoult &amp; Richards, J. Magn. Reson. 24, 71, 1976)
 * the same b scales both the local flip angle and the reception, so a fully excited spin at r
 * contributes b(r) sin(theta0 b(r)) to the signal.
 */
final class CoilWeight {

    private final Solenoid solenoid;
    private final SolenoidCoil coil;
    private final Quaterniond labToCoil;
    private final double centre;

    CoilWeight(Solenoid solenoid) {
        this.solenoid = solenoid;
        this.coil = SolenoidCoil.of(solenoid.diameter(), solenoid.length(), solenoid.turns());
        // the Biot-Savart coil has its axis along +x at the origin; rotate the lab so that the solenoid axis maps to +x
        this.labToCoil = new Quaterniond().rotationTo(
                new Vector3d(solenoid.axis()).normalize(), new Vector3d(1, 0, 0));
        this.centre = transverse(solenoid.centre());
    }

    /**
     * @param p a point in the lab frame [m]
     * @return b(p), 1 at the coil centre
     */
    double relativeAmplitude(Vector3dc p) {
        return transverse(p) / centre;
    }

    /** @return the coil's field direction at its centre in the lab frame (its axis) */
    Vector3d axis() {
        return new Vector3d(solenoid.axis()).normalize();
    }

    private double transverse(Vector3dc labPoint) {
        Vector3d q = new Vector3d(labPoint).sub(solenoid.centre());
        labToCoil.transform(q);
        double[] b = new double[3];
        coil.fieldPerAmpere(q.x, q.y, q.z, b);
        Vector3d field = new Vector3d(b[0], b[1], b[2]);
        new Quaterniond(labToCoil).conjugate().transform(field);
        return Math.hypot(field.x, field.y);
    }
}
