package org.metalnmr.toolkit.explore;

import java.util.List;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The settings of the cell panel that need their own cell solve (they change the RF or the deposit's
 * packets): the observed isotope, the nominal flip angle and the whiskers' orientation spread (the
 * von Mises-Fisher concentration kappa about the electrode normal; large kappa = aligned). Only a few
 * values of each are offered, so that the cache of solves stays small and every solve is bounded.
 *
 * @param isotope the observed nucleus, 7Li or 6Li
 * @param flipDeg nominal flip angle [degrees]
 * @param kappa   orientation concentration of the whiskers [1]
 */
record CellVariant(String isotope, int flipDeg, int kappa) {

    /** Isotopes offered. */
    static final List<String> ISOTOPES = List.of("7Li", "6Li");
    /** Flip angles offered [degrees]. */
    static final List<String> FLIPS = List.of("30", "90", "150");
    /** Orientation concentrations offered (the built-in scenario's 20, a broad 3 and a tight 200). */
    static final List<String> KAPPAS = List.of("3", "20", "200");
    /** The built-in scenario's settings. */
    static final CellVariant DEFAULT = new CellVariant("7Li", 90, 20);

    /** Validates against the offered values. */
    CellVariant {
        if (!ISOTOPES.contains(isotope)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "isotope", String.join("|", ISOTOPES), isotope);
        }
        if (!FLIPS.contains(Integer.toString(flipDeg))) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "flipDeg", String.join("|", FLIPS), flipDeg);
        }
        if (!KAPPAS.contains(Integer.toString(kappa))) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "kappa", String.join("|", KAPPAS), kappa);
        }
    }

    /**
     * @param q the request's parameters
     * @return the variant
     */
    static CellVariant read(QueryParameters q) {
        return new CellVariant(q.choice("isotope", ISOTOPES, DEFAULT.isotope()),
                Integer.parseInt(q.choice("flipDeg", FLIPS, Integer.toString(DEFAULT.flipDeg()))),
                Integer.parseInt(q.choice("kappa", KAPPAS, Integer.toString(DEFAULT.kappa()))));
    }
}
