package org.metalnmr.core.constants;

/**
 * Fundamental constants in SI units, CODATA 2018 recommended values (E. Tiesinga, P. J. Mohr,
 * D. B. Newell, B. N. Taylor, Rev. Mod. Phys. 93, 025010 (2021)). Since the 2019 SI redefinition
 * h, e, k_B and N_A are exact; mu0 is measured (relative standard uncertainty 1.5e-10).
 */
public final class PhysicalConstants {

    /** Vacuum magnetic permeability mu0 [N A^-2], CODATA 2018. */
    public static final double MU0 = 1.25663706212e-6;

    /** Planck constant h [J s], exact. */
    public static final double PLANCK = 6.62607015e-34;

    /** Reduced Planck constant hbar = h / 2 pi [J s]. */
    public static final double HBAR = PLANCK / (2 * Math.PI);

    /** Boltzmann constant k_B [J K^-1], exact. */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Avogadro constant N_A [mol^-1], exact. */
    public static final double AVOGADRO = 6.02214076e23;

    /** Elementary charge e [C], exact. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    /** Faraday constant F = e N_A [C mol^-1]. */
    public static final double FARADAY = ELEMENTARY_CHARGE * AVOGADRO;

    /** Proton gyromagnetic ratio of the free proton gamma_p [rad s^-1 T^-1], CODATA 2018. */
    public static final double PROTON_GYROMAGNETIC_RATIO = 2.6752218744e8;

    private PhysicalConstants() {
    }
}
