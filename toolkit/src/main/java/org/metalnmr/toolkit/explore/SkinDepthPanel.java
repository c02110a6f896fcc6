package org.metalnmr.toolkit.explore;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hipparchus.complex.Complex;
import org.metalnmr.rf.penetration.HalfSpacePenetration;

/**
 * The skin-depth panel: the skin depth of a metal at the Larmor frequency of a nucleus, and the RF field
 * inside a thick metal against depth, amplitude |h| = exp(-x/d) and phase lag x/d in degrees, from the
 * half-space closed form {@link HalfSpacePenetration} (Jackson, Classical Electrodynamics, 3rd ed.,
 * sect. 8.1; docs/physics.md section 3).
 */
final class SkinDepthPanel {

    /** Points of the depth profile. */
    static final int PROFILE_POINTS = 121;
    /** Depth of the profile in skin depths. */
    static final double PROFILE_DEPTH_IN_D = 5;

    private SkinDepthPanel() {
    }

    /**
     * @param q parameters: nucleus, metal, b0Tesla | protonMhz, temperatureK
     * @return the numbers and the profile
     */
    static Map<String, Object> answer(QueryParameters q) {
        MagnetSettings s = MagnetSettings.read(q);
        q.refuseUnread();
        double d = s.skinDepthM();
        HalfSpacePenetration half = new HalfSpacePenetration(PROFILE_DEPTH_IN_D * d, d);
        double[] depth = new double[PROFILE_POINTS];
        double[] amplitude = new double[PROFILE_POINTS];
        double[] phaseLagDeg = new double[PROFILE_POINTS];
        for (int i = 0; i < PROFILE_POINTS; i++) {
            depth[i] = PROFILE_DEPTH_IN_D * d * i / (PROFILE_POINTS - 1);
            Complex h = half.field(0, 0, depth[i]).x();
            amplitude[i] = h.norm();
            // exp(+i omega t) convention: the field inside lags, its argument is negative; report the lag,
            // unwrapped along the depth (the argument alone wraps at 180 degrees, about 3.1 d deep)
            double lag = -Math.toDegrees(h.getArgument());
            if (i > 0) {
                lag += 360 * Math.rint((phaseLagDeg[i - 1] - lag) / 360);
            }
            phaseLagDeg[i] = lag;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nucleus", s.nucleus().symbol());
        r.put("metal", s.metal().name());
        r.put("b0Tesla", s.b0Tesla());
        r.put("temperatureK", s.temperatureK());
        r.put("larmorHz", s.larmorHz());
        r.put("resistivityOhmM", s.resistivityOhmM());
        r.put("muR", s.metal().muR());
        r.put("skinDepthM", d);
        r.put("depthM", depth);
        r.put("amplitude", amplitude);
        r.put("phaseLagDeg", phaseLagDeg);
        return r;
    }
}
