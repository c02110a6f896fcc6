package org.metalnmr.toolkit.quantify;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.materials.Material;

/**
 * Converts an amount of plated metal to the charge that deposited it, by Faraday's law for a
 * one-electron metal (Li+ + e- -> Li, Na+ + e- -> Na):
 * \[ Q = n F, \qquad n = m/M = \rho V/M \]
 * with F = e N_A [C/mol] (CODATA 2018, exact), M the molar mass [kg/mol], rho the density [kg/m^3].
 * 1 mAh = 3.6 C is 37.31 umol of Li, 0.2589 mg (docs/physics.md section 5: 37.3 umol, 0.259 mg).
 */
public final class ChargeEquivalent {

    /** Coulombs in one milliampere-hour [C/mAh]. */
    public static final double COULOMB_PER_MAH = 3.6;

    private ChargeEquivalent() {
    }

    /**
     * @param moles amount of metal [mol], &gt;= 0
     * @return the charge [mAh]
     */
    public static double milliampereHoursFromMoles(double moles) {
        Checks.nonNegative("amount", "[mol]", moles);
        return moles * PhysicalConstants.FARADAY / COULOMB_PER_MAH;
    }

    /**
     * @param milliampereHours charge [mAh], &gt;= 0
     * @return the amount of a one-electron metal deposited [mol]
     */
    public static double molesFromMilliampereHours(double milliampereHours) {
        Checks.nonNegative("charge", "[mAh]", milliampereHours);
        return milliampereHours * COULOMB_PER_MAH / PhysicalConstants.FARADAY;
    }

    /**
     * @param metal   the metal (needs density and molar mass)
     * @param volumeM3 its volume [m^3]
     * @return the charge that deposited it [mAh]
     */
    public static double milliampereHoursFromVolume(Material metal, double volumeM3) {
        Checks.nonNegative("volume", "[m^3]", volumeM3);
        return milliampereHoursFromMoles(metal.densityKgPerM3() * volumeM3 / metal.molarMassKgPerMol());
    }

    /**
     * @param metal the metal
     * @param milliampereHours charge [mAh]
     * @return the mass it deposits [kg]
     */
    public static double massFromMilliampereHours(Material metal, double milliampereHours) {
        return molesFromMilliampereHours(milliampereHours) * metal.molarMassKgPerMol();
    }
}
