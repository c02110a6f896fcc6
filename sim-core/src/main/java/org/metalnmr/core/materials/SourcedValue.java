package org.metalnmr.core.materials;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.CoreMessage;
import java.util.Objects;

import org.metalnmr.core.error.Checks;

/**
 * A number that replaces a material-table value, with where it comes from (a paper, a calibration
 * file, a scenario file and its JSON path).
 *
 * @param value  the value in the unit of the property it replaces (SI; ppm for Knight shifts)
 * @param source where it comes from, not blank
 */
public record SourcedValue(double value, String source) {

    /** Validates. */
    public SourcedValue {
        Checks.finite("overriding value", value);
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new InvalidInputException(CoreMessage.BLANK, "the source of an overriding value");
        }
    }
}
