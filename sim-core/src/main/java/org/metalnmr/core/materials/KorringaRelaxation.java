package org.metalnmr.core.materials;

import java.util.List;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.nuclei.Nuclei;

/**
 * The homogeneous NMR line width of a simple metal from its nuclear relaxation. Conduction electrons relax the
 * nuclei by the contact interaction (Korringa), so that T1 T is a constant of the metal and nucleus; above the
 * temperature where self-diffusion averages the nuclear dipolar couplings, the fluctuating hyperfine field is the
 * only broadening left and, being fast and isotropic, gives T2 = T1 (H. S. Gutowsky, B. R. McGarvey, J. Chem. Phys.
 * 20, 1472, 1952: Li and Na lines broadened by spin-lattice relaxation). The Lorentzian full width is
 * \[ \Delta\nu_{1/2} = \frac{1}{\pi T_2} = \frac{T}{\pi\,(T_1 T)}. \]
 * Values of T1 T (s K) measured by J. H. Anderson and A. G. Redfield, Phys. Rev. 116, 583 (1959), in agreement with
 * earlier room-temperature data there cited: 7Li 44 +- 2, 23Na 5.1 +- 0.3, 27Al 1.80 +- 0.05, 63Cu 1.27 +- 0.07.
 * Other isotopes of the same metal scale by the Korringa relation, 1/(T1 T) proportional to gamma_n^2 at equal
 * Knight shift (6Li from 7Li, 65Cu from 63Cu; derived, not measured). Not included (estimates): the
 * diffusion-narrowed dipolar residue (for 7Li in Li near room temperature of order 10-100 Hz from the rigid-lattice
 * second moment and jump times of microseconds; an estimate, no measurement at hand) and quadrupolar relaxation
 * by ionic motion. The result is therefore a lower bound of the homogeneous width: 2.3 Hz for 7Li at 323 K.
 */
public final class KorringaRelaxation {

    /**
     * One measured or derived T1 T.
     *
     * @param metal          material name
     * @param nucleus        nucleus symbol
     * @param t1TSecondKelvin T1 T [s K]
     * @param source         where it comes from
     */
    public record Entry(String metal, String nucleus, double t1TSecondKelvin, String source) {
        /** Validates. */
        public Entry {
            Checks.positive("T1 T", "[s K]", t1TSecondKelvin);
        }
    }

    private static final String AR = "Anderson & Redfield, Phys. Rev. 116, 583 (1959)";

    private static final List<Entry> TABLE = List.of(
            new Entry("Li", "7Li", 44.0, AR),
            new Entry("Li", "6Li", scaled(44.0, "7Li", "6Li"), AR + ", 7Li value scaled by (gamma_7Li/gamma_6Li)^2 (Korringa)"),
            new Entry("Na", "23Na", 5.1, AR),
            new Entry("Al", "27Al", 1.80, AR),
            new Entry("Cu", "63Cu", 1.27, AR),
            new Entry("Cu", "65Cu", scaled(1.27, "63Cu", "65Cu"), AR + ", 63Cu value scaled by (gamma_63Cu/gamma_65Cu)^2 (Korringa)"));

    private KorringaRelaxation() {
    }

    private static double scaled(double t1T, String from, String to) {
        double r = Nuclei.bySymbol(from).gyromagneticRatio() / Nuclei.bySymbol(to).gyromagneticRatio();
        return t1T * r * r;
    }

    /**
     * @param metal   material name
     * @param nucleus nucleus symbol
     * @return the entry
     * @throws InvalidInputException when no T1 T is known for that pair (listing the known ones)
     */
    public static Entry of(String metal, String nucleus) {
        for (Entry e : TABLE) {
            if (e.metal().equals(metal) && e.nucleus().equals(nucleus)) {
                return e;
            }
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "metal and nucleus with a known Korringa T1 T",
                TABLE.stream().map(e -> e.metal() + "/" + e.nucleus()).toList(), metal + "/" + nucleus);
    }

    /**
     * @param metal        material name
     * @param nucleus      nucleus symbol
     * @param temperatureK T [K], &gt; 0
     * @return T2 = T1 = (T1 T)/T [s]
     */
    public static double t2Seconds(String metal, String nucleus, double temperatureK) {
        Checks.positive("temperature", "[K]", temperatureK);
        return of(metal, nucleus).t1TSecondKelvin() / temperatureK;
    }

    /**
     * @param metal        material name
     * @param nucleus      nucleus symbol
     * @param temperatureK T [K], &gt; 0
     * @return the Lorentzian FWHM 1/(pi T2) [Hz]
     */
    public static double homogeneousFwhmHz(String metal, String nucleus, double temperatureK) {
        return 1 / (Math.PI * t2Seconds(metal, nucleus, temperatureK));
    }
}
