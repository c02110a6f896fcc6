package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;

/**
 * A conducting slab of thickness t between two non-conducting regions whose tangential RF fields h_1 (face z = 0)
 * and h_2 (face z = t) are given, e.g. by a field solve of the cell around it: a metal layer plated on a pellet,
 * separator or composite electrode, with whatever lies behind that insulator setting h_2.
 *
 * <p>Derivation. In the layer h'' = kappa^2 h, kappa = (1+i)/d; tangential H is continuous at both faces, so
 * \[ \mathbf h(z) = \frac{\mathbf h_1 \sinh(\kappa (t - z)) + \mathbf h_2 \sinh(\kappa z)}{\sinh(\kappa t)}. \]
 * The small-flip signal per volume (1/t) int h . h dz (reciprocity, docs/physics.md section 3) is
 * \[ S/V = (\mathbf h_1 \cdot \mathbf h_1 + \mathbf h_2 \cdot \mathbf h_2)\, I_s + 2 (\mathbf h_1 \cdot \mathbf h_2)\, I_c, \]
 * \[ I_s = \frac{\sinh(2\kappa t)/(4\kappa) - t/2}{t \sinh^2(\kappa t)} = \frac{(1 - q^2)/(2\kappa) - 2 t q}{t (1 - q)^2}, \]
 * \[ I_c = \frac{t \cosh(\kappa t) - \sinh(\kappa t)/\kappa}{2 t \sinh^2(\kappa t)}
 *    = e^{-\kappa t}\, \frac{t (1 + q) - (1 - q)/\kappa}{t (1 - q)^2}, \]
 * q = exp(-2 kappa t) (the second forms do not overflow). Limits: t &lt;&lt; d, I_s -&gt; 1/3 and I_c -&gt; 1/6, so equal fields
 * give S/V = 1 (uniform penetration); t &gt;&gt; d, I_s -&gt; 1/(2 kappa t), the one-face skin layer on each side, and
 * I_c -&gt; 0; equal fields on both faces give {@link SlabPenetration}. Since h is a linear combination of h_1 and h_2,
 * the part of h transverse to B0 is the same combination of their transverse parts: passing those gives the
 * NMR-active signal exactly.
 *
 * @param thickness t [m], &gt; 0
 * @param skinDepth d [m], &gt; 0
 */
public record TwoSidedSlab(double thickness, double skinDepth) {

    /** Validates. */
    public TwoSidedSlab {
        Checks.positive("layer thickness", "[m]", thickness);
        Checks.positive("skin depth", "[m]", skinDepth);
    }

    private Complex kappaT() {
        return new Complex(1, 1).multiply(thickness / skinDepth);
    }

    /** @return I_s, the per-volume integral of one face's own profile squared */
    public Complex sameFaceIntegral() {
        Complex x = kappaT();
        if (x.norm() < 1e-3) {
            return x.multiply(x).multiply(-2.0 / 45).add(1.0 / 3);
        }
        Complex q = x.multiply(-2).exp();
        Complex oneMinusQ = Complex.ONE.subtract(q);
        Complex num = Complex.ONE.subtract(q.multiply(q)).divide(x.multiply(2)).subtract(q.multiply(2));
        return num.divide(oneMinusQ.multiply(oneMinusQ));
    }

    /** @return I_c, the per-volume integral of the product of the two faces' profiles */
    public Complex crossIntegral() {
        Complex x = kappaT();
        if (x.norm() < 1e-3) {
            return x.multiply(x).multiply(-7.0 / 180).add(1.0 / 6);
        }
        Complex q = x.multiply(-2).exp();
        Complex oneMinusQ = Complex.ONE.subtract(q);
        Complex num = Complex.ONE.add(q).subtract(oneMinusQ.divide(x));
        return x.negate().exp().multiply(num).divide(oneMinusQ.multiply(oneMinusQ));
    }

    /**
     * @param h1 tangential field on face 1 (real vector, unit of the applied field)
     * @param h2 tangential field on face 2
     * @return S/V = (h_1 . h_1 + h_2 . h_2) I_s + 2 (h_1 . h_2) I_c
     */
    public Complex signalPerVolume(double[] h1, double[] h2) {
        double s = dot(h1, h1) + dot(h2, h2);
        return sameFaceIntegral().multiply(s).add(crossIntegral().multiply(2 * dot(h1, h2)));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
