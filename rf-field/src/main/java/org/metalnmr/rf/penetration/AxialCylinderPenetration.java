package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.bessel.BesselJ;

/**
 * An infinite circular cylinder (wire, whisker) of diameter D = 2a in a uniform RF field along its
 * axis (Landau &amp; Lifshitz, Electrodynamics of Continuous Media, sect. 59, problems, with exp(-i omega t)
 * turned into exp(+i omega t)). H_z obeys
 * laplacian H_z + k^2 H_z = 0 with k = (1 - i)/d, regular at the axis, and equals H0 at r = a:
 * \[ \mathbf h(r) = \hat z \frac{J_0(kr)}{J_0(ka)} = \hat z \frac{\mathrm{ber}(\sqrt2\, r/d) + i\, \mathrm{bei}(\sqrt2\, r/d)}{\mathrm{ber}(\sqrt2\, a/d) + i\, \mathrm{bei}(\sqrt2\, a/d)} \]
 * (J_0(k r) = I_0(kappa r) with kappa = (1+i)/d). Body frame: axis along z, r = sqrt(x^2 + y^2) &lt;= a.
 * Signal per volume by Lommel's integral int_0^a r J_0(kr)^2 dr = (a^2/2)[J_0(ka)^2 + J_1(ka)^2]
 * (DLMF 10.22.5, valid for complex k since h^2 carries no conjugate):
 * \[ S/V = 1 + \left(\frac{J_1(ka)}{J_0(ka)}\right)^2 \;\to\; \text{thick: } \frac{1}{\kappa a} = \frac{2}{\kappa D}. \]
 * Ratios are formed from exponentially scaled Bessel values, so nothing overflows for a &gt;&gt; d.
 *
 * @param diameter  D [m], &gt; 0
 * @param skinDepth d [m], &gt; 0
 */
public record AxialCylinderPenetration(double diameter, double skinDepth) implements PenetrationProfile {

    /** Validates the lengths. */
    public AxialCylinderPenetration {
        Checks.positive("cylinder diameter", "[m]", diameter);
        Checks.positive("skin depth", "[m]", skinDepth);
    }

    @Override
    public double size() {
        return diameter;
    }

    @Override
    public String bodyName() {
        return "cylinder in an axial field";
    }

    @Override
    public ComplexVector3 field(double x, double y, double z) {
        double a = diameter / 2;
        double r = Math.hypot(x, y);
        BodyPoints.require(r <= a * (1 + BodyPoints.SLACK), x, y, z, bodyName() + " r <= D/2");
        return ComplexVector3.alongZ(profile(Math.min(r, a), BesselJ.scaled(0, ka())));
    }

    private Complex ka() {
        return SkinWaveNumber.k(skinDepth).multiply(diameter / 2);
    }

    private Complex profile(double r, Complex j0aScaled) {
        double a = diameter / 2;
        Complex kr = SkinWaveNumber.k(skinDepth).multiply(r);
        return BesselJ.scaled(0, kr).divide(j0aScaled).multiply(Math.exp((r - a) / skinDepth));
    }

    @Override
    public Complex signalPerVolume() {
        Complex ratio = BesselJ.scaled(1, ka()).divide(BesselJ.scaled(0, ka()));
        return ratio.multiply(ratio).add(1);
    }

    @Override
    public Complex skinLayerSignalPerVolume() {
        return SkinWaveNumber.kappa(skinDepth).multiply(diameter / 2).reciprocal();
    }

    @Override
    public Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth) {
        double a = diameter / 2;
        Complex j0a = BesselJ.scaled(0, ka());
        SurfaceQuadrature.Nodes n = SurfaceQuadrature.depthNodes(a, skinDepth, panelsPerSkinDepth);
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n.depth().length; i++) {
            double r = a - n.depth()[i];
            Complex h = profile(r, j0a);
            sum = sum.add(f.apply(h.multiply(h), h.norm() * h.norm()).multiply(r * n.weight()[i]));
        }
        return sum.multiply(2 / (a * a));
    }
}
