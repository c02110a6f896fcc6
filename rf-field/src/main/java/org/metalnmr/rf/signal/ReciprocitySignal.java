package org.metalnmr.rf.signal;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.penetration.PenetrationProfile;

/**
 * The NMR signal of a metal body by reciprocity (Hoult &amp; Richards, J. Magn. Reson. 24, 71, 1976):
 * the coil that excites also receives, so each volume element is weighted once by the RF field that
 * tipped it and once by the field the coil would make there per unit current. With h the complex
 * relative field (time dependence exp(+i omega t)):
 * <ul>
 * <li>Excitation by a pulse of nominal angle theta0 tips the local magnetisation by theta0 |h| with the
 *     phase of the local field, arg h: transverse magnetisation sin(theta0 |h|) e^{i arg h} = sin(theta0 |h|) h/|h|.</li>
 * <li>Reception weights that magnetisation by h once more, so the signal is
 *     \[ S(\theta_0) = \int \sin(\theta_0 |\mathbf h|) \frac{\mathbf h \cdot \mathbf h}{|\mathbf h|}\, dV \;\to\; \theta_0 \int \mathbf h \cdot \mathbf h\, dV \quad (\theta_0 \to 0). \]</li>
 * </ul>
 * The small-flip signal is therefore S = int h . h dV (Bloembergen, J. Appl. Phys. 23, 1383, 1952: a
 * metal far thicker than d gives equal absorption and dispersion, a -45 degree phase). For a vector field
 * this implementation uses the bilinear product h . h (no conjugate): exact for the one-component
 * profiles (slab, half-space, axial cylinder) and, for the transverse cylinder and sphere, the sum
 * h_x^2 + h_y^2 + h_z^2 = (h_x + i h_y)(h_x - i h_y) + h_z^2, the product of the co-rotating (transmit)
 * and counter-rotating (receive) components when B0 is normal to the plane of h; components along B0,
 * which neither tip nor induce, are not removed (the bodies are described in their own frames). |h| is
 * the Hermitian norm. For a body far thinner than d: S(theta0)/V = sin(theta0), S/V = 1, phase 0.
 */
public final class ReciprocitySignal {

    private ReciprocitySignal() {
    }

    /**
     * @param profile the body
     * @return the closed-form small-flip signal per volume S/V = (1/V) int h . h dV
     */
    public static BodySignal smallFlip(PenetrationProfile profile) {
        return new BodySignal(profile.signalPerVolume());
    }

    /**
     * @param profile the body
     * @return the small-flip signal per volume by quadrature of h . h (a check of the closed form)
     */
    public static BodySignal smallFlipByQuadrature(PenetrationProfile profile) {
        return new BodySignal(profile.volumeAverage((hh, n2) -> hh));
    }

    /**
     * @param profile       the body
     * @param flipAngleRad  nominal flip angle theta0 [rad], &gt;= 0 (the angle a uniformly excited spin sees)
     * @return S(theta0)/V = (1/V) int sin(theta0 |h|) (h . h)/|h| dV (sin(theta0) for a thin body)
     */
    public static BodySignal atFlipAngle(PenetrationProfile profile, double flipAngleRad) {
        Checks.inRange("flip angle", "[rad]", 0, 100 * Math.PI, flipAngleRad);
        // sin(theta0 |h|) oscillates about theta0/pi times over the depth where |h| falls from 1 to 0:
        // two panels per skin depth and per half period keep the rule converged (tested).
        int panels = 2 * Math.max(1, (int) Math.ceil(flipAngleRad / Math.PI));
        return new BodySignal(profile.volumeAverage((hh, n2) -> {
            double abs = Math.sqrt(n2);
            double x = flipAngleRad * abs;
            double sinOverAbs = x < 1e-8 ? flipAngleRad : Math.sin(x) / abs;
            return hh.multiply(sinOverAbs);
        }, panels));
    }

    /**
     * @param profile       the body
     * @param flipAnglesRad nominal flip angles [rad]
     * @return the nutation curve S(theta0)/V at each angle
     */
    public static Complex[] nutationCurve(PenetrationProfile profile, double... flipAnglesRad) {
        Complex[] out = new Complex[flipAnglesRad.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = atFlipAngle(profile, flipAnglesRad[i]).perVolume();
        }
        return out;
    }
}
