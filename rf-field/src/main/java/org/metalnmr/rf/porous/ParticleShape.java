package org.metalnmr.rf.porous;

import org.hipparchus.complex.Complex;
import org.metalnmr.rf.penetration.AxialCylinderPenetration;
import org.metalnmr.rf.penetration.SpherePenetration;
import org.metalnmr.rf.penetration.TransverseCylinderPenetration;

/**
 * The grains of a deposit and their own penetration (small-flip S/V of one grain in a uniform local
 * field), size = sphere or strand diameter.
 */
public enum ParticleShape {
    /** Spheres ({@link SpherePenetration}). */
    SPHERE,
    /** Long strands along the RF field ({@link AxialCylinderPenetration}). */
    STRAND_ALONG_FIELD,
    /** Long strands across the RF field ({@link TransverseCylinderPenetration}). */
    STRAND_ACROSS_FIELD,
    /**
     * Long strands with isotropic random orientation: S/V = (1/3) axial + (2/3) transverse, because the
     * axial and transverse internal fields are orthogonal (axial along the strand, transverse across it),
     * so h . h has no cross term and cos^2 of the angle to the field averages to 1/3.
     */
    STRAND_RANDOM;

    /**
     * @param size      diameter [m]
     * @param skinDepth d of the metal [m]
     * @return the small-flip S/V of one grain
     */
    public Complex signalPerVolume(double size, double skinDepth) {
        return switch (this) {
            case SPHERE -> new SpherePenetration(size, skinDepth).signalPerVolume();
            case STRAND_ALONG_FIELD -> new AxialCylinderPenetration(size, skinDepth).signalPerVolume();
            case STRAND_ACROSS_FIELD -> new TransverseCylinderPenetration(size, skinDepth).signalPerVolume();
            case STRAND_RANDOM -> new AxialCylinderPenetration(size, skinDepth).signalPerVolume().divide(3)
                    .add(new TransverseCylinderPenetration(size, skinDepth).signalPerVolume().multiply(2.0 / 3));
        };
    }
}
