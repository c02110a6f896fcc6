package org.metalnmr.geometry.deposit;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.GeometryMessage;

/**
 * A mossy (porous) layer: metal strands of radius a filling a slab of thickness t on the face at
 * packing fraction p (metal volume / slab volume), either connected into a network or as isolated
 * granules. See {@link MossyLayer} for the statistical model of each kind.
 *
 * @param material        material name
 * @param thickness       layer thickness t [m], &gt; 0
 * @param packingFraction p, in (0, 1) for connected strands, (0, {@value #MAX_ISOLATED_PACKING}] for isolated granules
 * @param strandRadius    strand (or granule) radius a [m], &gt; 0, at most t/2
 * @param strandLength    length of one straight strand segment [m], &gt; 0 (unused for isolated granules)
 * @param connected       true: a network of strands joined end to end, rooted on the face; false: isolated granules
 */
public record MossyLayerSpec(String material, double thickness, double packingFraction, double strandRadius,
                              double strandLength, boolean connected) implements DepositSpec {

    /**
     * Highest packing accepted for isolated granules: random sequential addition of equal spheres
     * jams at 0.38 (E. L. Hinrichsen, J. Feder, T. Jossang, Phys. Rev. A 41, 4199 (1990)), and
     * approaching it the number of rejected trials diverges.
     */
    public static final double MAX_ISOLATED_PACKING = 0.30;

    /** Validates. */
    public MossyLayerSpec {
        GeometryChecks.name("mossy layer material", material);
        Checks.positive("mossy layer thickness", "[m]", thickness);
        Checks.inRange("mossy layer packingFraction", "[1]", 1e-9, 0.95, packingFraction);
        Checks.positive("mossy layer strandRadius", "[m]", strandRadius);
        Checks.inRange("mossy layer strandRadius", "[m] (at most half the thickness)", 0, thickness / 2, strandRadius);
        Checks.positive("mossy layer strandLength", "[m]", strandLength);
        if (!connected && packingFraction > MAX_ISOLATED_PACKING) {
            throw new InvalidInputException(GeometryMessage.PACKING_TOO_HIGH, MAX_ISOLATED_PACKING, packingFraction);
        }
    }

    @Override
    public MossyLayer generate(SurfaceSite site, long seed) {
        return new MossyLayer(material, site, thickness, packingFraction, strandRadius, strandLength, connected, seed);
    }
}
