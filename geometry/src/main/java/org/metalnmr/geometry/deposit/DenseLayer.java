package org.metalnmr.geometry.deposit;

import java.util.List;
import java.util.Objects;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Disk;

/**
 * A dense plated layer: a uniform disk of metal of the site's radius and the given thickness, on
 * the face. Volume pi R^2 t. Deterministic (no random draws).
 *
 * @param material  material name
 * @param site      the face
 * @param thickness layer thickness [m], &gt; 0
 */
public record DenseLayer(String material, SurfaceSite site, double thickness) implements Deposit {

    /** Validates. */
    public DenseLayer {
        GeometryChecks.name("dense layer material", material);
        Objects.requireNonNull(site, "site");
        Checks.positive("dense layer thickness", "[m]", thickness);
    }

    @Override
    public long count() {
        return 1;
    }

    @Override
    public double totalVolume() {
        return site.area() * thickness;
    }

    @Override
    public List<Body> toBodies() {
        return List.of(envelope());
    }

    @Override
    public Disk envelope() {
        return Envelopes.slab(material, site, thickness, 0);
    }
}
