package org.metalnmr.rf.eddy;

import java.util.Objects;
import org.metalnmr.core.error.Checks;

/**
 * One conductor of a 2D layout: a cross-section with a uniform conductivity.
 *
 * @param name              a label reported with its signal
 * @param section           where it is
 * @param conductivitySPerM electrical conductivity sigma = 1/rho [S/m], &gt; 0
 */
public record ConductorRegion(String name, CrossSection section, double conductivitySPerM) {

    /** Validates the fields. */
    public ConductorRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Checks.positive("conductivity of " + name, "[S/m]", conductivitySPerM);
    }
}
