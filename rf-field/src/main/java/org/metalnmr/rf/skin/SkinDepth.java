package org.metalnmr.rf.skin;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.materials.Material;

/**
 * Classical skin depth of a good conductor:
 * \[ d = \sqrt{\frac{\rho}{\pi \mu_0 \mu_r f}} \]
 * (J. D. Jackson, Classical Electrodynamics, 3rd ed., eq. 8.12, written with f = omega / 2 pi).
 * Symbols: rho resistivity [Ohm m], mu0 vacuum permeability [H/m], mu_r relative permeability,
 * f frequency [Hz]. Valid when the displacement current is negligible (omega eps0 rho &lt;&lt; 1,
 * true for metals up to far-infrared frequencies) and the mean free path is shorter than d
 * (normal, not anomalous, skin effect: holds for Li and Na near room temperature at NMR
 * frequencies). Within the metal the field goes as h(x) = exp(-(1+i) x/d) for time dependence
 * exp(+i omega t).
 */
public final class SkinDepth {

    private SkinDepth() {
    }

    /**
     * @param resistivityOhmM resistivity rho [Ohm m], > 0
     * @param muR             relative permeability, > 0
     * @param frequencyHz     frequency f [Hz], > 0
     * @return the skin depth d [m]
     */
    public static double skinDepth(double resistivityOhmM, double muR, double frequencyHz) {
        Checks.positive("resistivity", "[Ohm m]", resistivityOhmM);
        Checks.positive("mu_r", "[1]", muR);
        Checks.positive("frequency", "[Hz]", frequencyHz);
        return Math.sqrt(resistivityOhmM / (Math.PI * PhysicalConstants.MU0 * muR * frequencyHz));
    }

    /**
     * @param material     the conductor
     * @param frequencyHz  frequency f [Hz]
     * @param temperatureK temperature [K] (resistivity linear in T, see {@link Material#resistivity(double)})
     * @return the skin depth d [m]
     */
    public static double skinDepth(Material material, double frequencyHz, double temperatureK) {
        return skinDepth(material.resistivity(temperatureK), material.muR(), frequencyHz);
    }
}
