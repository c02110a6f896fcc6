package org.metalnmr.core.units;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;

/**
 * Conversions between the 1H frequency of a magnet, its field B0 and the Larmor frequency of any
 * nucleus: f = |gamma| B0 / (2 pi), with gamma from the IUPAC 2001 table
 * (Harris et al., Pure Appl. Chem. 73, 1795 (2001), Table 1). Bare-nucleus values: chemical
 * shielding of the reference compounds is ignored (a relative effect below 1e-4).
 */
public final class FieldConversions {

    private FieldConversions() {
    }

    /**
     * @param protonHz 1H Larmor frequency of the magnet [Hz], > 0
     * @return B0 [T]
     */
    public static double b0FromProtonFrequency(double protonHz) {
        Checks.positive("1H frequency", "[Hz]", protonHz);
        return 2 * Math.PI * protonHz / Nuclei.proton().gyromagneticRatio();
    }

    /**
     * @param b0Tesla B0 [T], > 0
     * @return the 1H Larmor frequency [Hz]
     */
    public static double protonFrequency(double b0Tesla) {
        Checks.positive("B0", "[T]", b0Tesla);
        return Nuclei.proton().larmorFrequency(b0Tesla);
    }

    /**
     * @param nucleus the nucleus
     * @param b0Tesla B0 [T], > 0
     * @return its Larmor frequency [Hz]
     */
    public static double larmorFrequency(Nucleus nucleus, double b0Tesla) {
        Checks.positive("B0", "[T]", b0Tesla);
        return nucleus.larmorFrequency(b0Tesla);
    }

    /**
     * @param nucleus    the nucleus
     * @param protonHz   1H frequency of the magnet [Hz]
     * @return the Larmor frequency of the nucleus in that magnet [Hz]
     */
    public static double larmorFrequencyAtProton(Nucleus nucleus, double protonHz) {
        return larmorFrequency(nucleus, b0FromProtonFrequency(protonHz));
    }
}
