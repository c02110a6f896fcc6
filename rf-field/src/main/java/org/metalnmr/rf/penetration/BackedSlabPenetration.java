package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.CoreMessage;

/**
 * A slab of thickness t driven by a tangential RF field on one face (z = 0) and backed on the other
 * (z = t) by a second medium, with no RF applied from that side: a foil lying on a current collector,
 * an electrode face that the field does not reach, a deposit layer on its plate.
 *
 * <p>Derivation. In the layer h'' = kappa^2 h, kappa = (1+i)/d. At the back face the tangential fields
 * H and E = (1/sigma) dH/dz are continuous. A backing conductor much thicker than its own skin depth
 * carries h_b = h(t) exp(-kappa_b (z - t)), so dh/dz(t) = -kappa (Z_b/Z) h(t), where Z = kappa/sigma
 * is the surface impedance (Z proportional to sqrt(mu rho)), and with u = t - z
 * \[ \mathbf h(z) = \hat x \frac{\cosh(\kappa u) + \eta \sinh(\kappa u)}{\cosh(\kappa t) + \eta \sinh(\kappa t)}, \qquad \eta = Z_b/Z = \sqrt{\mu_b \rho_b / (\mu \rho)}. \]
 * Which limit is physical:
 * <ul>
 * <li>eta = 0, a perfect conductor behind: E_t = 0 there, so dh/dz = 0 (the layer's current density
 *     vanishes at the back face; the image current flows as a sheet on the conductor) and h(t) = 1/cosh(kappa t) is <em>not</em> zero: the
 *     tangential B at a perfect conductor is not zero, only its normal B and tangential E are. The profile
 *     is one half of the symmetric slab of thickness 2t; a thin layer is uniformly penetrated (S/V = 1).
 *     This is the default ({@link #onPerfectConductor}): a metal layer on a thick, better-conducting metal
 *     (Li on Cu: eta = 0.43; a porous deposit on its dense plate).</li>
 * <li>eta = infinity, a non-conducting, field-free region behind: h(t) = 0, h = sinh(kappa u)/sinh(kappa t).
 *     Such a region can exist only inside a closed conducting enclosure (the layer then carries the whole
 *     screening current: a thin layer has the linear profile 1 - z/t and S/V = 1/3 even for t &lt;&lt; d).
 *     That is the shield problem ({@code rf.shield}); it is offered here as {@link #onFieldFreeInsulator}.</li>
 * </ul>
 * Body frame: driven face z = 0, back face z = t, applied field along x. For any eta the thick limit is
 * the one-face skin layer S/V = 1/(2 kappa t). Closed form for S/V: {@link SlabIntegrals}.
 *
 * @param thickness             t [m], &gt; 0
 * @param skinDepth             d [m], &gt; 0
 * @param backingImpedanceRatio eta = Z_backing / Z_layer, &gt;= 0, may be +infinity
 */
public record BackedSlabPenetration(double thickness, double skinDepth, double backingImpedanceRatio)
        implements PenetrationProfile {

    /** Validates the lengths and eta. */
    public BackedSlabPenetration {
        Checks.positive("slab thickness", "[m]", thickness);
        Checks.positive("skin depth", "[m]", skinDepth);
        if (Double.isNaN(backingImpedanceRatio) || backingImpedanceRatio < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "backing impedance ratio", "[1] (+infinity allowed)",
                    backingImpedanceRatio);
        }
    }

    /**
     * @param thickness t [m]
     * @param skinDepth d [m]
     * @return the layer on a perfect conductor (dh/dz = 0 at the back face)
     */
    public static BackedSlabPenetration onPerfectConductor(double thickness, double skinDepth) {
        return new BackedSlabPenetration(thickness, skinDepth, 0);
    }

    /**
     * @param thickness t [m]
     * @param skinDepth d [m]
     * @return the layer in front of a field-free insulator (h = 0 at the back face)
     */
    public static BackedSlabPenetration onFieldFreeInsulator(double thickness, double skinDepth) {
        return new BackedSlabPenetration(thickness, skinDepth, Double.POSITIVE_INFINITY);
    }

    /**
     * @param thickness          t [m]
     * @param skinDepth          d of the layer [m]
     * @param layerResistivity   rho of the layer [Ohm m]
     * @param layerMuR           mu_r of the layer
     * @param backingResistivity rho of the backing [Ohm m]
     * @param backingMuR         mu_r of the backing
     * @return the layer on a thick conducting backing, eta = sqrt(mu_b rho_b / (mu rho))
     */
    public static BackedSlabPenetration onConductor(double thickness, double skinDepth, double layerResistivity,
            double layerMuR, double backingResistivity, double backingMuR) {
        Checks.positive("layer resistivity", "[Ohm m]", layerResistivity);
        Checks.positive("layer mu_r", "[1]", layerMuR);
        Checks.positive("backing resistivity", "[Ohm m]", backingResistivity);
        Checks.positive("backing mu_r", "[1]", backingMuR);
        return new BackedSlabPenetration(thickness, skinDepth,
                Math.sqrt(backingMuR * backingResistivity / (layerMuR * layerResistivity)));
    }

    @Override
    public double size() {
        return thickness;
    }

    @Override
    public String bodyName() {
        return "backed slab";
    }

    private double a() {
        return Double.isInfinite(backingImpedanceRatio) ? 0 : 1;
    }

    private double b() {
        return Double.isInfinite(backingImpedanceRatio) ? 1 : backingImpedanceRatio;
    }

    @Override
    public ComplexVector3 field(double x, double y, double z) {
        BodyPoints.require(z >= -BodyPoints.SLACK * thickness && z <= thickness * (1 + BodyPoints.SLACK), x, y, z,
                bodyName() + " 0 <= z <= t");
        double u = thickness - Math.min(Math.max(z, 0), thickness);
        return ComplexVector3.alongX(SlabIntegrals.profile(u, thickness, SkinWaveNumber.kappa(skinDepth), a(), b()));
    }

    @Override
    public Complex signalPerVolume() {
        return SlabIntegrals.perVolume(thickness, SkinWaveNumber.kappa(skinDepth), a(), b());
    }

    @Override
    public Complex skinLayerSignalPerVolume() {
        return SkinWaveNumber.kappa(skinDepth).multiply(2 * thickness).reciprocal();
    }

    @Override
    public Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth) {
        SurfaceQuadrature.Nodes n = SurfaceQuadrature.depthNodes(thickness, skinDepth, panelsPerSkinDepth);
        Complex kappa = SkinWaveNumber.kappa(skinDepth);
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n.depth().length; i++) {
            Complex h = SlabIntegrals.profile(thickness - n.depth()[i], thickness, kappa, a(), b());
            sum = sum.add(f.apply(h.multiply(h), h.norm() * h.norm()).multiply(n.weight()[i]));
        }
        return sum.divide(thickness);
    }
}
