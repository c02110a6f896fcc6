package org.metalnmr.toolkit.scenario;

import java.util.Objects;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A line of a species that is not metal (electrolyte, SEI, intercalated or cluster Li): it is
 * fully penetrated by the RF and has no shape-dependent shift, so it enters the spectrum as given.
 *
 * @param name      label (e.g. {@code electrolyte})
 * @param shiftPpm  position [ppm]
 * @param fwhmPpm   full width at half maximum [ppm], &gt; 0
 * @param amountMol amount of the observed element in that environment [mol], &gt;= 0 (weighted
 *                  like fully penetrated metal by the forward model)
 * @param shape     lineshape
 */
public record NonMetalLine(String name, double shiftPpm, double fwhmPpm, double amountMol, LineShape shape) {

    /** Validates. */
    public NonMetalLine {
        GeometryChecks.name("line name", name);
        Checks.finite("shiftPpm", shiftPpm);
        Checks.positive("fwhmPpm", "[ppm]", fwhmPpm);
        Checks.nonNegative("amountMol", "[mol]", amountMol);
        Objects.requireNonNull(shape, "shape");
    }
}
