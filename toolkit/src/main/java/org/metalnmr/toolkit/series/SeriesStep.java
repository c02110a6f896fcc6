package org.metalnmr.toolkit.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.fit.FitResult;

/**
 * The fit of one spectrum of a series, as a {@link SeriesModel} reports it.
 *
 * @param model        the model that was fitted (its bounds decide what is at a bound)
 * @param result       the fit
 * @param values       every parameter of the series' columns with its error, in column order (held ones with a NaN
 *                     error); the next fit of the chain starts from these values
 * @param derived      derived quantities with propagated errors (may be empty), in column order
 * @param legalAtBound parameters whose bound is a legal answer here (an absent line's amount at 0)
 * @param notes        what the series model wants the user to know about this fit (e.g. a line reported absent)
 */
public record SeriesStep(SpectrumModel model, FitResult result, Map<String, RowValue> values, Map<String, RowValue> derived,
                         Set<String> legalAtBound, List<String> notes) {

    /** Copies. */
    public SeriesStep {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(result, "result");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        derived = Collections.unmodifiableMap(new LinkedHashMap<>(derived));
        legalAtBound = Set.copyOf(legalAtBound);
        notes = List.copyOf(notes);
    }
}
