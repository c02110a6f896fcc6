package org.metalnmr.toolkit.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.fit.FitResult;

/**
 * One row of a fitted series: which spectrum, when, the parameters and derived quantities with their errors, and the fit's
 * quality.
 *
 * @param index   the spectrum's position in the input order
 * @param label   where it came from (file, experiment folder)
 * @param timeS   acquisition time from the first spectrum of the series [s], NaN when the data do not carry it
 * @param values  parameters by name, in column order (held ones with a NaN error)
 * @param derived derived quantities by name, in column order
 * @param quality the fit's quality
 * @param fit     the full fit, or null for a row read back from a resumed run
 */
public record SeriesRow(int index, String label, double timeS, Map<String, RowValue> values, Map<String, RowValue> derived,
                        FitQuality quality, FitResult fit) {

    /** Validates and copies. */
    public SeriesRow {
        if (index < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "row index of the series", "[0-based]", index);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quality, "quality");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        derived = Collections.unmodifiableMap(new LinkedHashMap<>(derived));
    }

    /** @return the full fit, empty for a row read back from a resumed run */
    public Optional<FitResult> result() {
        return Optional.ofNullable(fit);
    }

    /**
     * @param name a parameter or derived quantity
     * @return its value and error
     * @throws InvalidInputException when the row has no such column
     */
    public RowValue get(String name) {
        RowValue v = values.containsKey(name) ? values.get(name) : derived.get(name);
        if (v == null) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "column of the series row", values.keySet() + " " + derived.keySet(), name);
        }
        return v;
    }

    /** @return the time from the first spectrum [h], NaN when unknown */
    public double hours() {
        return timeS / 3600;
    }
}
