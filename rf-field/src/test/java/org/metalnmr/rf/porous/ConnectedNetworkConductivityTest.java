package org.metalnmr.rf.porous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The DEM conductivity of a connected metal network against its limits and bounds. */
class ConnectedNetworkConductivityTest {

    private final EffectiveConductivity dem = ConnectedNetworkConductivity.INSTANCE;

    @Test
    void dilutePoresGiveMaxwellsInsulatingSphereResult() {
        // Maxwell: sigma_eff/sigma = 1 - (3/2) phi + O(phi^2) for a small volume fraction phi of insulating spheres
        for (double phi : new double[] {1e-3, 1e-4}) {
            double expected = 1 - 1.5 * phi;
            assertEquals(expected, dem.relativeConductivity(1 - phi), 2 * phi * phi);
        }
        assertEquals(1.0, dem.relativeConductivity(1.0), 0);
    }

    @Test
    void liesWithinTheBoundsAndConductsBelowTheBruggemanThreshold() {
        EffectiveConductivity bruggeman = EffectiveMediumConductivity.bruggemanSpheres();
        for (double p = 0.01; p <= 1.0; p += 0.01) {
            double s = dem.relativeConductivity(p);
            // Hashin-Shtrikman upper bound for an insulating second phase
            assertTrue(s <= 2 * p / (3 - p) + 1e-12, "HS bound at p " + p);
            assertTrue(s > 0, "a connected network conducts at p " + p);
            if (p > 1.0 / 9 + 1e-9) {
                assertTrue(s >= p / 3, "above straight isotropic strands at p " + p);
            }
            if (p < 1.0 / 3) {
                assertEquals(0, bruggeman.relativeConductivity(p), 0);
            }
        }
    }
}
