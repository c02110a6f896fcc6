package org.metalnmr.toolkit.explore;

import java.util.List;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The settings of the cell panel that change the spin packets (not the fields: those are solved once per cell,
 * {@link CellSolveCache}): the observed isotope, the nominal flip angle, and the whisker deposit's orientation
 * spread (the von Mises-Fisher concentration kappa about the electrode normal; large kappa = aligned) and packing,
 * set by the areal density n of whiskers (the face packing p0 = n pi &lt;r^2&gt;, the fraction of the electrode face
 * covered by their cross-sections, is {@link CellSolveCache#facePacking}). Each variant is one re-run of the packets
 * on the kept fields; kappa and n are continuous, their ranges bound the work (n bounds the number of whiskers
 * generated).
 *
 * @param isotope the observed nucleus, 7Li or 6Li
 * @param flipDeg nominal flip angle [degrees]
 * @param kappa   orientation concentration of the whiskers [1], in [{@link #KAPPA_MIN}, {@link #KAPPA_MAX}]
 * @param whiskersPerMm2 areal density of the whiskers [mm^-2], in [{@link #DENSITY_MIN}, {@link #DENSITY_MAX}]
 */
record CellVariant(String isotope, int flipDeg, double kappa, double whiskersPerMm2) {

    /** Isotopes offered. */
    static final List<String> ISOTOPES = List.of("7Li", "6Li");
    /** Flip angles offered [degrees]. */
    static final List<String> FLIPS = List.of("30", "90", "150");
    /** Smallest kappa [1] (0: isotropic, as the scenario format allows). */
    static final double KAPPA_MIN = 0;
    /** Largest kappa [1]: a mean tilt of about 2 degrees; beyond it the line no longer moves visibly. */
    static final double KAPPA_MAX = 1000;
    /** Smallest areal density [mm^-2]: about 25 whiskers on the working electrode. */
    static final double DENSITY_MIN = 0.5;
    /**
     * Largest areal density [mm^-2]: about 1.5 million whiskers on the working electrode, face packing 0.10 (the work
     * and memory of a re-run grow with their number; the built-in scenario has 20 000 per mm^2, face packing 0.068);
     * the rooted-layer packing model is checked to p = 0.28 (docs/susceptibility.md).
     */
    static final double DENSITY_MAX = 30_000;
    /** The built-in scenario's settings (kappa 20, 20 000 whiskers per mm^2). */
    static final CellVariant DEFAULT = new CellVariant("7Li", 90, 20, CellSolveCache.SCENARIO_WHISKERS_PER_MM2);

    /** Validates against the offered values and ranges. */
    CellVariant {
        if (!ISOTOPES.contains(isotope)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "isotope", String.join("|", ISOTOPES), isotope);
        }
        if (!FLIPS.contains(Integer.toString(flipDeg))) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "flipDeg", String.join("|", FLIPS), flipDeg);
        }
        Checks.inRange("kappa", "[1]", KAPPA_MIN, KAPPA_MAX, kappa);
        Checks.inRange("whiskersPerMm2", "[mm^-2]", DENSITY_MIN, DENSITY_MAX, whiskersPerMm2);
    }

    /**
     * @param q the request's parameters
     * @return the variant
     */
    static CellVariant read(QueryParameters q) {
        return new CellVariant(q.choice("isotope", ISOTOPES, DEFAULT.isotope()),
                Integer.parseInt(q.choice("flipDeg", FLIPS, Integer.toString(DEFAULT.flipDeg()))),
                q.number("kappa", "[1]", KAPPA_MIN, KAPPA_MAX, DEFAULT.kappa()),
                q.number("whiskersPerMm2", "[mm^-2]", DENSITY_MIN, DENSITY_MAX, DEFAULT.whiskersPerMm2()));
    }
}
