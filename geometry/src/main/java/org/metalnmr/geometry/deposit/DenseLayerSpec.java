package org.metalnmr.geometry.deposit;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A dense plated layer of a given thickness (see {@link DenseLayer}).
 *
 * @param material  material name
 * @param thickness thickness [m], &gt; 0
 */
public record DenseLayerSpec(String material, double thickness) implements DepositSpec {

    /** Validates. */
    public DenseLayerSpec {
        GeometryChecks.name("dense layer material", material);
        Checks.positive("dense layer thickness", "[m]", thickness);
    }

    @Override
    public DenseLayer generate(SurfaceSite site, long seed) {
        return new DenseLayer(material, site, thickness);
    }
}
