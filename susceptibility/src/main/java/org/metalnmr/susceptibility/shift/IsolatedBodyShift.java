package org.metalnmr.susceptibility.shift;

import org.joml.Quaterniondc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;

/**
 * Line position of an isolated metal body at any orientation: shift = K + chi (1/3 - N_zz,lab)
 * (docs/physics.md sect. 4; exact at every interior point of an ellipsoid, the volume average for other
 * shapes). Limits, with theta the angle between B0 and the plate normal or the needle axis:
 * thin plate chi (1/3 - cos^2 theta) (normal along B0: -2 chi/3; in the field direction: +chi/3),
 * long needle chi (1/3 - sin^2(theta)/2) (along B0: +chi/3; across: -chi/6), sphere 0.
 */
public final class IsolatedBodyShift {

    /** The limiting shapes named on the command line. */
    public enum LimitingShape {
        /** Infinitely thin plate; the tilt is that of its normal. */
        PLATE(DemagnetizingFactors.THIN_PLATE),
        /** Infinitely long needle; the tilt is that of its axis. */
        NEEDLE(DemagnetizingFactors.LONG_NEEDLE),
        /** Sphere; no orientation dependence. */
        SPHERE(DemagnetizingFactors.SPHERE);

        private final DemagnetizingFactors factors;

        LimitingShape(DemagnetizingFactors factors) {
            this.factors = factors;
        }

        /** @return the body-frame factors */
        public DemagnetizingFactors factors() {
            return factors;
        }
    }

    private IsolatedBodyShift() {
    }

    /**
     * @param metal       Knight shift and chi
     * @param factors     body-frame demagnetising factors
     * @param orientation body-to-lab rotation
     * @return the observed shift [ppm]
     */
    public static double shiftPpm(MetalShiftParameters metal, DemagnetizingFactors factors, Quaterniondc orientation) {
        return metal.shiftPpm(factors.labNzz(orientation));
    }

    /**
     * @param metal   Knight shift and chi
     * @param shape   plate, needle or sphere
     * @param tiltRad angle between B0 and the plate normal / needle axis [rad]
     * @return the observed shift [ppm]
     */
    public static double shiftPpm(MetalShiftParameters metal, LimitingShape shape, double tiltRad) {
        Checks.finite("tilt [rad]", tiltRad);
        return shiftPpm(metal, shape.factors(), BodyOrientation.tilt(tiltRad));
    }
}
