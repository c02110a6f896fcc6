package org.metalnmr.toolkit.forward;

/**
 * Kept for callers outside the forward model (toolkit.morphology): the skin-layer flip-angle response lives in
 * {@link org.metalnmr.rf.skin.SkinLayerFlip} (rf-field), which the forward model calls.
 */
public final class SkinLayerFlip {

    private SkinLayerFlip() {
    }

    /**
     * @param tipAngleRad a = theta0 h_t [rad], in [0, 8 pi]
     * @return the phase lag of the thick-surface signal [deg] ({@link org.metalnmr.rf.skin.SkinLayerFlip#phaseLagDeg})
     */
    public static double phaseLagDeg(double tipAngleRad) {
        return org.metalnmr.rf.skin.SkinLayerFlip.phaseLagDeg(tipAngleRad);
    }
}
