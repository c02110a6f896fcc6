package org.metalnmr.rf.skin;

import org.hipparchus.complex.Complex;

/**
 * The skin-layer signal of a thick metal surface at any flip angle. Inside the metal the RF field
 * is h(x) = h_t exp(-(1+i) x/d) (time dependence exp(+i omega t); docs/physics.md section 3); the local tip
 * angle is theta0 |h| and reception weights by h (reciprocity), so per unit area
 * \[ S/A = \int_0^\infty \sin(\theta_0 |h|) \frac{h\, h}{|h|}\, dx = d\, h_t\, K(\theta_0 h_t), \qquad
 *    K(a) = \int_0^\infty \sin(a e^{-u})\, e^{-u} e^{-2iu}\, du \quad (u = x/d) \]
 * For small a, K = a / (2 (1+i)), giving the small-flip skin-layer value theta0 h_t^2 d / (2(1+i))
 * (the -45 degree phase of Bloembergen, J. Appl. Phys. 23, 1383, 1952). K is tabulated once on
 * a in [0, 8 pi] (composite Simpson on u in [0, 40], 4000 panels; the integrand is below
 * a e^-2u, so the truncation error is below 1e-34 a) and interpolated linearly (step 8 pi/4096,
 * error below 1e-5 relative).
 */
public final class SkinLayerFlip {

    private static final double A_MAX = 8 * Math.PI;
    private static final int TABLE = 4096;
    private static final double[] RE = new double[TABLE + 1];
    private static final double[] IM = new double[TABLE + 1];

    static {
        int panels = 4000;
        double uMax = 40;
        double hu = uMax / panels;
        for (int t = 0; t <= TABLE; t++) {
            double a = A_MAX * t / TABLE;
            double re = 0;
            double im = 0;
            for (int p = 0; p <= panels; p++) {
                double u = p * hu;
                double w = (p == 0 || p == panels) ? 1 : (p % 2 == 1 ? 4 : 2);
                double f = Math.sin(a * Math.exp(-u)) * Math.exp(-u);
                re += w * f * Math.cos(2 * u);
                im -= w * f * Math.sin(2 * u);
            }
            RE[t] = re * hu / 3;
            IM[t] = im * hu / 3;
        }
    }

    private SkinLayerFlip() {
    }

    /**
     * The phase lag of the skin-layer signal of a thick surface in a uniform tangential field, -arg K(a):
     * 45 degrees in the small-flip limit (Bloembergen), about 53 degrees at a = pi/2.
     *
     * @param tipAngleRad a = theta0 h_t [rad], in [0, 8 pi] (0: the small-flip limit)
     * @return the lag [deg]
     */
    public static double phaseLagDeg(double tipAngleRad) {
        if (tipAngleRad < 1e-6) {
            return 45.0;
        }
        Complex k = k(tipAngleRad);
        return -Math.toDegrees(Math.atan2(k.getImaginary(), k.getReal()));
    }

    /**
     * @param a theta0 h_t [rad], in [0, 8 pi] (clamped to it)
     * @return K(a)
     */
    public static Complex k(double a) {
        double f = Math.max(0, Math.min(a, A_MAX)) / A_MAX * TABLE;
        int i = Math.min((int) f, TABLE - 1);
        double t = f - i;
        return new Complex(RE[i] + t * (RE[i + 1] - RE[i]), IM[i] + t * (IM[i + 1] - IM[i]));
    }
}
