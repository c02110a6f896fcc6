package org.metalnmr.toolkit.series;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;

/**
 * A series model that passes every call to another one: the base of the decorators of {@link SeriesModel}
 * ({@link SeriesModel#withLegalAtLowerBound}, {@link SeriesModel#withStagedFreshFit}), which override only what they change.
 */
abstract class DelegatingSeriesModel implements SeriesModel {

    /** The model every call goes to unless overridden. */
    protected final SeriesModel inner;

    /** @param inner the model every call goes to unless overridden */
    DelegatingSeriesModel(SeriesModel inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public SpectrumModel guess(Spectrum spectrum) {
        return inner.guess(spectrum);
    }

    @Override
    public List<String> parameterNames(Spectrum first) {
        return inner.parameterNames(first);
    }

    @Override
    public List<String> derivedNames(Spectrum first) {
        return inner.derivedNames(first);
    }

    @Override
    public SeriesStep fit(SpectrumFitter fitter, boolean errorsScaled, Spectrum spectrum, SpectrumModel base,
                          Map<String, Double> start) {
        return inner.fit(fitter, errorsScaled, spectrum, base, start);
    }

    @Override
    public Map<String, RowValue> derived(SpectrumModel model, FitResult fit) {
        return inner.derived(model, fit);
    }

    @Override
    public Set<String> legalAtLowerBound() {
        return inner.legalAtLowerBound();
    }
}
