package org.metalnmr.toolkit.scenario;

import java.util.Objects;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A line of a species that is not metal (electrolyte, SEI, intercalated or cluster Li).
 *
 * <p>Placed ({@code placement} a volume or a surface of a part): its spins fill that part's volume, or a thin film
 * on that metal part's surface open to non-conducting space, and are weighted like metal packets: the local RF
 * field's part transverse to B0 (the cell's RF solve times the coil's profile), the flip angle there, and the BMS
 * field of the cell there added to {@code shiftPpm}, which is then the species' own (chemical) shift against the
 * external reference. A species in a region the RF does not reach (inside a screened stack) is seen weakly.
 *
 * <p>Unplaced ({@link LinePlacement#UNPLACED}): one packet at the coil centre, fully excited, at {@code shiftPpm}
 * as given (its observed position, BMS included): the meaning of lines before species were placed.
 *
 * @param name      label (e.g. {@code electrolyte})
 * @param shiftPpm  position [ppm] (placed: before the cell's BMS field is added)
 * @param fwhmPpm   full width at half maximum [ppm], &gt; 0 (homogeneous; a placed line also gets the spread of the
 *                  BMS field over its volume)
 * @param amountMol amount of the observed element in that environment [mol], &gt;= 0
 * @param shape     lineshape
 * @param placement where its spins are
 */
public record NonMetalLine(String name, double shiftPpm, double fwhmPpm, double amountMol, LineShape shape,
                           LinePlacement placement) {

    /** Validates. */
    public NonMetalLine {
        GeometryChecks.name("line name", name);
        Checks.finite("shiftPpm", shiftPpm);
        Checks.positive("fwhmPpm", "[ppm]", fwhmPpm);
        Checks.nonNegative("amountMol", "[mol]", amountMol);
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(placement, "placement");
    }

    /**
     * An unplaced line (one fully excited packet at the given shift).
     *
     * @param name      label
     * @param shiftPpm  position [ppm]
     * @param fwhmPpm   FWHM [ppm]
     * @param amountMol amount [mol]
     * @param shape     lineshape
     */
    public NonMetalLine(String name, double shiftPpm, double fwhmPpm, double amountMol, LineShape shape) {
        this(name, shiftPpm, fwhmPpm, amountMol, shape, LinePlacement.UNPLACED);
    }
}
