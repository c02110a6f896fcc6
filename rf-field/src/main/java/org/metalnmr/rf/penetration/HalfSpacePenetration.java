package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;

/**
 * A metal half-space in a uniform tangential RF field: the classical skin effect
 * (J. D. Jackson, Classical Electrodynamics, 3rd ed., sect. 8.1, eq. 8.9 with exp(-i omega t) turned
 * into exp(+i omega t)):
 * \[ \mathbf h(z) = \hat x\, e^{-\kappa z}, \qquad \kappa = (1 + i)/d, \]
 * body frame: surface z = 0, metal z &gt;= 0, applied field along x. The signal is taken over a
 * considered depth D (the half-space has no volume):
 * \[ S/V = \frac1D \int_0^D e^{-2\kappa z}\, dz = \frac{1 - e^{-2\kappa D}}{2\kappa D} \;\to\; \frac{1}{2\kappa D} = \frac{d}{2(1+i) D}, \]
 * i.e. |S| per unit area d/(2 sqrt2), phase -45 degrees (Bloembergen, J. Appl. Phys. 23, 1383, 1952).
 *
 * @param consideredDepth D [m], &gt; 0: the depth over which volume averages are taken
 * @param skinDepth       d [m], &gt; 0
 */
public record HalfSpacePenetration(double consideredDepth, double skinDepth) implements PenetrationProfile {

    /** Validates the lengths. */
    public HalfSpacePenetration {
        Checks.positive("considered depth", "[m]", consideredDepth);
        Checks.positive("skin depth", "[m]", skinDepth);
    }

    @Override
    public double size() {
        return consideredDepth;
    }

    @Override
    public String bodyName() {
        return "half-space";
    }

    @Override
    public ComplexVector3 field(double x, double y, double z) {
        BodyPoints.require(z >= -BodyPoints.SLACK * consideredDepth, x, y, z, bodyName() + " z >= 0");
        return ComplexVector3.alongX(SkinWaveNumber.kappa(skinDepth).multiply(-Math.max(z, 0)).exp());
    }

    @Override
    public Complex signalPerVolume() {
        Complex twoKappaD = SkinWaveNumber.kappa(skinDepth).multiply(2 * consideredDepth);
        return ComplexExponential.expm1(twoKappaD.negate()).negate().divide(twoKappaD);
    }

    @Override
    public Complex skinLayerSignalPerVolume() {
        return SkinWaveNumber.kappa(skinDepth).multiply(2 * consideredDepth).reciprocal();
    }

    @Override
    public Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth) {
        SurfaceQuadrature.Nodes n = SurfaceQuadrature.depthNodes(consideredDepth, skinDepth, panelsPerSkinDepth);
        Complex kappa = SkinWaveNumber.kappa(skinDepth);
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n.depth().length; i++) {
            Complex h = kappa.multiply(-n.depth()[i]).exp();
            sum = sum.add(f.apply(h.multiply(h), h.norm() * h.norm()).multiply(n.weight()[i]));
        }
        return sum.divide(consideredDepth);
    }
}
