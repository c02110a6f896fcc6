package org.metalnmr.rf.porous;

import java.util.Objects;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.penetration.BackedSlabPenetration;

/**
 * A porous or mossy metal deposit: a layer of thickness L on a dense plate of the same metal, made of
 * grains (strands or particles) of size s at packing fraction p, in a tangential RF field on its free face.
 *
 * <p>Two-scale model (valid for s &lt;&lt; L):
 * <ol>
 * <li>Macroscopic: the layer is a homogeneous conductor with sigma_eff = sigma * {@link EffectiveConductivity}(p),
 *     hence an effective skin depth d_eff = d / sqrt(sigma_eff/sigma) (same mu). The field in the layer
 *     follows {@link BackedSlabPenetration} with the dense plate behind it as a conducting backing:
 *     eta = Z_plate / Z_layer = sqrt(sigma_eff / sigma). (At p = 1 this is the half-space e^{-kappa z}.)
 *     Isolated grains (sigma_eff = 0) see the applied field everywhere.</li>
 * <li>Microscopic: each grain sits in the local macroscopic field h_macro and is penetrated on its own
 *     ({@link ParticleShape}), so the local field is h_macro h_grain and the small-flip signal
 *     of the grains in a slice is h_macro^2 times the grain's own S/V.</li>
 * </ol>
 * Signal per metal volume (relative to fully penetrated metal):
 * \[ S/V_\mathrm{metal} = \langle h_\mathrm{macro}^2 \rangle_\mathrm{layer} \times (S/V)_\mathrm{grain}. \]
 * This is the quantity the numerical solvers check against explicit random strand arrays.
 *
 * @param layerThickness  L [m], &gt; 0
 * @param packingFraction p in (0, 1]
 * @param particleSize    s [m], &gt; 0 (sphere or strand diameter)
 * @param shape           the grains
 * @param conductivity    the effective-medium law
 */
public record PorousDeposit(double layerThickness, double packingFraction, double particleSize, ParticleShape shape,
        EffectiveConductivity conductivity) {

    /** Validates the parameters. */
    public PorousDeposit {
        Checks.positive("deposit layer thickness", "[m]", layerThickness);
        PackingFractions.requirePackingFraction(packingFraction);
        Checks.positive("particle size", "[m]", particleSize);
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(conductivity, "conductivity");
    }

    /** @return sigma_eff / sigma */
    public double relativeConductivity() {
        return conductivity.relativeConductivity(packingFraction);
    }

    /**
     * @param skinDepth d of the dense metal [m]
     * @return d_eff = d / sqrt(sigma_eff/sigma) [m]; +infinity for a non-conducting (isolated) layer
     */
    public double effectiveSkinDepth(double skinDepth) {
        Checks.positive("skin depth", "[m]", skinDepth);
        double s = relativeConductivity();
        return s == 0 ? Double.POSITIVE_INFINITY : skinDepth / Math.sqrt(s);
    }

    /**
     * @param skinDepth d of the dense metal [m]
     * @return &lt;h_macro^2&gt; over the layer (1 for isolated grains)
     */
    public Complex macroscopicFactor(double skinDepth) {
        double s = relativeConductivity();
        if (s == 0) {
            Checks.positive("skin depth", "[m]", skinDepth);
            return Complex.ONE;
        }
        return new BackedSlabPenetration(layerThickness, effectiveSkinDepth(skinDepth), Math.sqrt(s)).signalPerVolume();
    }

    /**
     * @param skinDepth d of the dense metal [m]
     * @return the grain's own S/V
     */
    public Complex particleFactor(double skinDepth) {
        return shape.signalPerVolume(particleSize, skinDepth);
    }

    /**
     * @param skinDepth d of the dense metal [m]
     * @return the small-flip signal per metal volume, complex (1: fully penetrated)
     */
    public Complex signalPerMetalVolume(double skinDepth) {
        return macroscopicFactor(skinDepth).multiply(particleFactor(skinDepth));
    }
}
