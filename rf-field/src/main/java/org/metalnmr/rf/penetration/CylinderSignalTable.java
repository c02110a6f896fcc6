package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;

/**
 * The small-flip signal of long conducting cylinders (whiskers) of many radii in an applied field of any direction,
 * counting only the part of the internal field transverse to B0.
 *
 * <p>Physics. Write the applied field as h = h_a a + h_t t (a the cylinder axis, t the unit vector of h's part
 * across the axis, u = a x t). The internal field is, by linearity, h_a f(r) a + h_t (X t + Y u), with f the axial
 * closed form ({@link AxialCylinderPenetration}) and X, Y the components of the transverse closed form
 * ({@link TransverseCylinderPenetration}). With b the unit vector of B0, the NMR-active signal per volume is
 * (1/V) int [v . v - (v . b)^2] dV. The azimuthal means &lt;X&gt; = f, &lt;Y&gt; = &lt;f Y&gt; = &lt;X Y&gt; = 0 of
 * the closed forms leave
 * \[ S_\perp/V = h_a^2 S_{ax} (1 - a_b^2) + h_t^2 [S_{tr} - t_b^2 (S_{tr} - S_{yy}) - u_b^2 S_{yy}] - 2 h_a h_t a_b t_b S_{ax}, \]
 * a_b = a . b, t_b = t . b, u_b^2 = 1 - a_b^2 - t_b^2; S_ax, S_tr the axial and transverse signals per volume and
 * S_yy = (R_2^2 - R_1 R_3)/2 the cross component ({@link TransverseCylinderPenetration#crossComponentSignalPerVolume()}).
 * For d much larger than the radius (S_ax = S_tr = 1, S_yy = 0) it is |h|^2 - (h . b)^2, the applied field's
 * transverse part, as it must be. End effects of finite cylinders are left out (length much larger than the radius).
 *
 * <p>Numerics. The three closed forms are tabulated on 64 log-spaced radii over the radii of a population and
 * interpolated linearly in log r, so that a population of 10^5 whiskers costs 192 Bessel evaluations. The factors are
 * smooth in log r; at 64 nodes over one decade the interpolation error is below 1e-4 relative (tested).
 */
public final class CylinderSignalTable {

    private static final int NODES = 64;
    private final double logMin;
    private final double step;
    private final Complex[] axial;
    private final Complex[] transverse;
    private final Complex[] cross;

    private CylinderSignalTable(double logMin, double step, Complex[] axial, Complex[] transverse, Complex[] cross) {
        this.logMin = logMin;
        this.step = step;
        this.axial = axial;
        this.transverse = transverse;
        this.cross = cross;
    }

    /**
     * @param radii     the radii of the population [m], each &gt; 0
     * @param skinDepth d [m], &gt; 0
     * @return the table over [min r, max r]
     */
    public static CylinderSignalTable of(double[] radii, double skinDepth) {
        Checks.positive("skin depth", "[m]", skinDepth);
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (double r : radii) {
            Checks.positive("cylinder radius", "[m]", r);
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        if (radii.length == 0) {
            lo = hi = skinDepth;
        }
        double logMin = Math.log(lo);
        double step = Math.max(Math.log(hi) - logMin, 1e-9) / (NODES - 1);
        Complex[] ax = new Complex[NODES];
        Complex[] tr = new Complex[NODES];
        Complex[] yy = new Complex[NODES];
        for (int i = 0; i < NODES; i++) {
            double d = 2 * Math.exp(logMin + i * step);
            ax[i] = new AxialCylinderPenetration(d, skinDepth).signalPerVolume();
            TransverseCylinderPenetration t = new TransverseCylinderPenetration(d, skinDepth);
            tr[i] = t.signalPerVolume();
            yy[i] = t.crossComponentSignalPerVolume();
        }
        return new CylinderSignalTable(logMin, step, ax, tr, yy);
    }

    /**
     * @param r radius [m]
     * @return S_ax/V, axial field
     */
    public Complex axial(double r) {
        return interpolate(axial, r);
    }

    /**
     * @param r radius [m]
     * @return S_tr/V, field across the axis
     */
    public Complex transverse(double r) {
        return interpolate(transverse, r);
    }

    /**
     * @param r radius [m]
     * @return S_yy/V, the component across both the axis and a transverse applied field
     */
    public Complex crossComponent(double r) {
        return interpolate(cross, r);
    }

    /**
     * S_perp/V of the class comment (units: those of h squared).
     *
     * @param r    radius [m]
     * @param h    applied field (hx, hy, hz), real
     * @param axis unit axis of the cylinder
     * @param b0   unit vector of B0
     * @return the signal per volume of the internal field's part transverse to B0
     */
    public Complex transverseToB0(double r, double[] h, double[] axis, double[] b0) {
        double ha = dot(h, axis);
        double[] t = {h[0] - ha * axis[0], h[1] - ha * axis[1], h[2] - ha * axis[2]};
        double ht = Math.sqrt(dot(t, t));
        double ab = dot(axis, b0);
        Complex sax = axial(r);
        Complex out = sax.multiply(ha * ha * (1 - ab * ab));
        if (ht > 0) {
            double tb = dot(t, b0) / ht;
            double ub2 = Math.max(0, 1 - ab * ab - tb * tb);
            Complex str = transverse(r);
            Complex syy = crossComponent(r);
            Complex bracket = str.subtract(str.subtract(syy).multiply(tb * tb)).subtract(syy.multiply(ub2));
            out = out.add(bracket.multiply(ht * ht)).subtract(sax.multiply(2 * ha * ht * ab * tb));
        }
        return out;
    }

    private static double dot(double[] x, double[] y) {
        return x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
    }

    private Complex interpolate(Complex[] t, double r) {
        double f = Math.max(0, Math.min(NODES - 1, (Math.log(r) - logMin) / step));
        int i = Math.min((int) f, NODES - 2);
        double a = f - i;
        return t[i].multiply(1 - a).add(t[i + 1].multiply(a));
    }
}
