package org.metalnmr.toolkit.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.penetration.BodyShape;
import org.metalnmr.rf.penetration.PenetrationProfile;
import org.metalnmr.rf.penetration.SpherePenetration;
import org.metalnmr.rf.penetration.TransverseCylinderPenetration;
import org.metalnmr.rf.signal.BodySignal;

/**
 * The size panel: the small-flip NMR signal of a slab, a cylinder or a sphere against its size over the
 * skin depth, by reciprocity from the closed forms of {@code rf.penetration} (docs/physics.md section 3),
 * with B0 at right angles to the applied RF field as in the CLI's {@code penetration} default: the visible
 * fraction |S|/V and the phase lag of the signal behind a thin body's (+45 degrees for a thick one,
 * Bloembergen, J. Appl. Phys. 23, 1383, 1952). The same numbers as {@code metalnmr penetration
 * --method analytic} without {@code --flip-deg}.
 */
final class SizePanel {

    /** Shapes offered (the CLI's names; the half-space has no size). */
    static final List<String> SHAPES = List.of("slab", "cylinder-axial", "cylinder-transverse", "sphere");
    /** Points of the curve. */
    static final int CURVE_POINTS = 97;
    /** Range of size/d of the curve (log-spaced). */
    static final double CURVE_MIN = 0.05;
    /** Upper end of size/d. */
    static final double CURVE_MAX = 200;

    private SizePanel() {
    }

    /**
     * @param q parameters: nucleus, metal, b0Tesla | protonMhz, temperatureK, shape, sizeM
     * @return the body's signal and the curve against size/d
     */
    static Map<String, Object> answer(QueryParameters q) {
        MagnetSettings s = MagnetSettings.read(q);
        BodyShape shape = BodyShape.byName(q.choice("shape", SHAPES, "slab"));
        double size = Checks.positive("sizeM", "[m]", q.number("sizeM", "[m]", -1, 1, 20e-6));
        q.refuseUnread();
        double d = s.skinDepthM();
        BodySignal body = smallFlip(shape.profile(size, d));
        double[] ratio = new double[CURVE_POINTS];
        double[] visible = new double[CURVE_POINTS];
        double[] phase = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            ratio[i] = CURVE_MIN * Math.pow(CURVE_MAX / CURVE_MIN, i / (CURVE_POINTS - 1.0));
            BodySignal b = smallFlip(shape.profile(ratio[i] * d, d));
            visible[i] = b.visibleFraction();
            phase[i] = b.phaseLagDeg();
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nucleus", s.nucleus().symbol());
        r.put("metal", s.metal().name());
        r.put("shape", shape.cliName());
        r.put("b0Tesla", s.b0Tesla());
        r.put("temperatureK", s.temperatureK());
        r.put("larmorHz", s.larmorHz());
        r.put("skinDepthM", d);
        r.put("sizeM", size);
        r.put("sizeOverSkinDepth", size / d);
        r.put("signalPerVolume", body.magnitude());
        r.put("visibleFraction", body.visibleFraction());
        r.put("phaseDeg", body.phaseLagDeg());
        r.put("curveSizeOverSkinDepth", ratio);
        r.put("curveVisibleFraction", visible);
        r.put("curvePhaseDeg", phase);
        return r;
    }

    /**
     * The small-flip signal of the internal field's part transverse to B0 with B0 at right angles to the
     * applied field (the sphere and the transverse cylinder have internal components along B0, which are
     * not counted); the other shapes' internal field is parallel to the applied one.
     */
    static BodySignal smallFlip(PenetrationProfile p) {
        Complex c;
        if (p instanceof SpherePenetration sphere) {
            c = sphere.transverseSignalPerVolume(Math.PI / 2);
        } else if (p instanceof TransverseCylinderPenetration cyl) {
            c = cyl.transverseSignalPerVolume(Math.PI / 2);
        } else {
            c = p.signalPerVolume();
        }
        return new BodySignal(c);
    }
}
