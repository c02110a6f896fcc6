package org.metalnmr.susceptibility.demag;

import org.metalnmr.core.error.Checks;

/**
 * Magnetometric demagnetising factors of a rectangular prism with edges sx, sy, sz along body x, y, z.
 * The full tensor is diagonal in the body frame (reflection symmetry in the three body planes makes
 * the off-diagonal volume averages vanish).
 *
 * <p>Formula (Aharoni, J. Appl. Phys. 83, 3432 (1998), eq. 1) for the prism
 * -a &le; x &le; a, -b &le; y &le; b, -c &le; z &le; c, with r = sqrt(a^2+b^2+c^2), r_ab = sqrt(a^2+b^2) etc.:
 * \[ \pi D_z = \frac{b^2-c^2}{2bc}\ln\frac{r-a}{r+a} + \frac{a^2-c^2}{2ac}\ln\frac{r-b}{r+b}
 *  + \frac{b}{2c}\ln\frac{r_{ab}+a}{r_{ab}-a} + \frac{a}{2c}\ln\frac{r_{ab}+b}{r_{ab}-b}
 *  + \frac{c}{2a}\ln\frac{r_{bc}-b}{r_{bc}+b} + \frac{c}{2b}\ln\frac{r_{ac}-a}{r_{ac}+a}
 *  + 2\arctan\frac{ab}{cr} + \frac{a^3+b^3-2c^3}{3abc} + \frac{a^2+b^2-2c^2}{3abc}r
 *  + \frac{c}{ab}(r_{ac}+r_{bc}) - \frac{r_{ab}^3+r_{bc}^3+r_{ac}^3}{3abc} \]
 * D_x and D_y follow by permuting the half-edges. Each logarithm ln((R+u)/(R-u)) with R^2 = u^2 + v^2 is
 * evaluated as 2 asinh(u/v), and the four algebraic terms are regrouped as
 * (a^2 X_a + b^2 X_b + 2c^2 X_c)/(3abc) with X_a = r - r_ab - r_ac + a, X_b = r - r_ab - r_bc + b,
 * X_c = r_ac + r_bc - r - c, each rewritten through differences like r - r_ab = c^2/(r + r_ab); this
 * avoids the cancellation of terms of order (aspect ratio)^2 for elongated prisms.</p>
 *
 * <p>Singular cases: edges must be finite and &gt; 0. For a thin plate the O(1/c) logarithmic terms
 * still cancel, losing about log10(aspect) digits: the trace rule holds to 1e-12 up to aspect 1e4
 * (tested).</p>
 *
 * @param sx edge along body x [m]
 * @param sy edge along body y [m]
 * @param sz edge along body z [m]
 */
public record PrismDemagnetization(double sx, double sy, double sz) implements DemagnetizationModel {

    /** Validates the edges. */
    public PrismDemagnetization {
        Checks.positive("prism edge sx", "[m]", sx);
        Checks.positive("prism edge sy", "[m]", sy);
        Checks.positive("prism edge sz", "[m]", sz);
    }

    @Override
    public DemagnetizingFactors factors() {
        double s = Math.max(sx, Math.max(sy, sz));
        double a = sx / (2 * s);
        double b = sy / (2 * s);
        double c = sz / (2 * s);
        double nz = aharoniDz(a, b, c);
        double nx = aharoniDz(b, c, a);
        double ny = aharoniDz(c, a, b);
        return new DemagnetizingFactors(nx, ny, nz);
    }

    /**
     * Aharoni's D_z (eq. 1) for half-edges a, b (transverse) and c (along the field).
     *
     * @param a half-edge along x
     * @param b half-edge along y
     * @param c half-edge along z
     * @return D_z
     */
    static double aharoniDz(double a, double b, double c) {
        double a2 = a * a;
        double b2 = b * b;
        double c2 = c * c;
        double r = Math.sqrt(a2 + b2 + c2);
        double rab = Math.sqrt(a2 + b2);
        double rbc = Math.sqrt(b2 + c2);
        double rac = Math.sqrt(a2 + c2);
        double abc = a * b * c;
        // algebraic terms regrouped as (a^2 X_a + b^2 X_b + 2 c^2 X_c) / (3abc), each X written with
        // differences such as r - r_ab = c^2/(r + r_ab), so that no large terms cancel
        double xa = -c2 * b2 * (1 / (a + rab) + 1 / (rac + r)) / ((r + rab) * (a + rac));
        double xb = -c2 * a2 * (1 / (b + rab) + 1 / (rbc + r)) / ((r + rab) * (b + rbc));
        double xc = a2 * b2 * (1 / (rac + c) + 1 / (r + rbc)) / ((rac + r) * (rbc + c));
        double s = -(b2 - c2) / (b * c) * asinh(a / rbc)
                - (a2 - c2) / (a * c) * asinh(b / rac)
                + b / c * asinh(a / b)
                + a / c * asinh(b / a)
                - c / a * asinh(b / c)
                - c / b * asinh(a / c)
                + 2 * Math.atan(a * b / (c * r))
                + (a2 * xa + b2 * xb + 2 * c2 * xc) / (3 * abc);
        return s / Math.PI;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }
}
