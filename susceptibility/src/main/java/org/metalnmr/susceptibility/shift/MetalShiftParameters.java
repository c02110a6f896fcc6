package org.metalnmr.susceptibility.shift;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.materials.Material;

/**
 * What sets the line position of a metal: its isotropic Knight shift for the observed nucleus and its
 * volume susceptibility. The observed shift of a body is K + chi (1/3 - N_zz) x 1e6 ppm
 * (docs/physics.md sect. 4), the BMS part relative to a sphere.
 *
 * @param knightShiftPpm isotropic Knight shift [ppm]
 * @param chi            volume susceptibility (SI, dimensionless)
 */
public record MetalShiftParameters(double knightShiftPpm, double chi) {

    /** Validates. */
    public MetalShiftParameters {
        Checks.finite("Knight shift [ppm]", knightShiftPpm);
        Checks.inRange("chi", "[1, SI volume]", -1, 1, chi);
    }

    /**
     * @param metal   the metal (its default susceptibility and the Knight shift of the nucleus)
     * @param nucleus nucleus symbol, e.g. {@code 7Li}
     * @return the parameters
     */
    public static MetalShiftParameters of(Material metal, String nucleus) {
        return new MetalShiftParameters(metal.knightShiftPpm(nucleus), metal.chi());
    }

    /**
     * @param nzzLab demagnetising factor along B0 in the lab frame
     * @return the BMS shift chi (1/3 - N_zz) [ppm]
     */
    public double bmsShiftPpm(double nzzLab) {
        return 1e6 * chi * (1.0 / 3 - nzzLab);
    }

    /**
     * @param nzzLab demagnetising factor along B0 in the lab frame
     * @return the observed shift K + chi (1/3 - N_zz) [ppm]
     */
    public double shiftPpm(double nzzLab) {
        return knightShiftPpm + bmsShiftPpm(nzzLab);
    }
}
