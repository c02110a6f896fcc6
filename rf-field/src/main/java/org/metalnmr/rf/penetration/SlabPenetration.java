package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;

/**
 * An infinite slab of thickness t with the same tangential RF field on both faces (a foil parallel
 * to B1, sampled over both faces; Landau &amp; Lifshitz, Electrodynamics of Continuous Media, sect. 59,
 * or any treatment of eddy currents in laminations):
 * \[ \mathbf h(z) = \hat x \frac{\cosh(\kappa z)}{\cosh(\kappa t/2)}, \qquad \kappa = (1 + i)/d, \qquad -t/2 \le z \le t/2, \]
 * body frame: mid-plane z = 0, applied field along x. Signal per volume:
 * \[ S/V = \frac1t \int h^2\, dz = \frac{t/2 + \sinh(\kappa t)/(2\kappa)}{t \cosh^2(\kappa t/2)} \]
 * (evaluated in the overflow-free form of {@link SlabIntegrals}); thin: 1 - (i/3)(t/d)^2 + O((t/d)^4)
 * (phase -(t/d)^2/3 rad); thick: 1/(kappa t), |S|/V = d/(sqrt2 t), phase -45 degrees.
 *
 * @param thickness t [m], &gt; 0
 * @param skinDepth d [m], &gt; 0
 */
public record SlabPenetration(double thickness, double skinDepth) implements PenetrationProfile {

    /** Validates the lengths. */
    public SlabPenetration {
        Checks.positive("slab thickness", "[m]", thickness);
        Checks.positive("skin depth", "[m]", skinDepth);
    }

    @Override
    public double size() {
        return thickness;
    }

    @Override
    public String bodyName() {
        return "slab";
    }

    @Override
    public ComplexVector3 field(double x, double y, double z) {
        double half = thickness / 2;
        BodyPoints.require(Math.abs(z) <= half * (1 + BodyPoints.SLACK), x, y, z, bodyName() + " |z| <= t/2");
        return ComplexVector3.alongX(SlabIntegrals.profile(Math.min(Math.abs(z), half), half,
                SkinWaveNumber.kappa(skinDepth), 1, 0));
    }

    @Override
    public Complex signalPerVolume() {
        return SlabIntegrals.perVolume(thickness / 2, SkinWaveNumber.kappa(skinDepth), 1, 0);
    }

    @Override
    public Complex skinLayerSignalPerVolume() {
        return SkinWaveNumber.kappa(skinDepth).multiply(thickness).reciprocal();
    }

    @Override
    public Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth) {
        double half = thickness / 2;
        SurfaceQuadrature.Nodes n = SurfaceQuadrature.depthNodes(half, skinDepth, panelsPerSkinDepth);
        Complex kappa = SkinWaveNumber.kappa(skinDepth);
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n.depth().length; i++) {
            Complex h = SlabIntegrals.profile(half - n.depth()[i], half, kappa, 1, 0);
            sum = sum.add(f.apply(h.multiply(h), h.norm() * h.norm()).multiply(n.weight()[i]));
        }
        return sum.divide(half);
    }
}
