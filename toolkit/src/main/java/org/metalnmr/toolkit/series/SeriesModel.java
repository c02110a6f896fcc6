package org.metalnmr.toolkit.series;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.fit.StartingValues;

/**
 * What a {@link SeriesFit} fits to each spectrum: a model with starting values guessed from a spectrum, the names of the
 * series' columns, and the fit of one spectrum from given starting values. The default fit starts the model at the values
 * (clamped into its bounds) and fits it; a model with a chain policy of its own (e.g. {@link LiMetalModel}, which holds an
 * absent line's position) overrides {@link #fit}.
 *
 * <p>Implementations are used from several threads, one chain per thread: {@link #guess} makes a new model instance each
 * time, and a chain only evaluates the instances it made.
 */
public interface SeriesModel {

    /** @return the model's name, e.g. {@code peaks:2} or {@code li-metal} */
    String name();

    /**
     * @param spectrum a spectrum of the series
     * @return a new model instance with starting values guessed from it
     */
    SpectrumModel guess(Spectrum spectrum);

    /**
     * @param first the first spectrum of the series
     * @return the parameter columns of the series, in order (every parameter a row reports, fitted or held)
     */
    default List<String> parameterNames(Spectrum first) {
        return guess(first).parameters().stream().map(FitParameter::name).toList();
    }

    /**
     * @param first the first spectrum of the series
     * @return the names of the derived quantities each row reports after the parameters (default none)
     */
    default List<String> derivedNames(Spectrum first) {
        return List.of();
    }

    /**
     * Fits one spectrum.
     *
     * @param fitter       the configured fitter
     * @param errorsScaled whether that fitter scales its errors by the root of the reduced chi-square
     * @param spectrum     the spectrum
     * @param base     a model instance of this chain, with starting values guessed from some spectrum of the series
     * @param start    the starting values by parameter name (the previous row of the chain), or null for a fresh guess
     *                 from this spectrum
     * @return the fit
     */
    default SeriesStep fit(SpectrumFitter fitter, boolean errorsScaled, Spectrum spectrum, SpectrumModel base, Map<String, Double> start) {
        SpectrumModel m = start == null ? guess(spectrum) : startAt(base, start);
        FitResult r = fitter.fit(spectrum, m);
        // derived quantities see the model itself (base or the fresh guess), not the started view of it
        return new SeriesStep(m, r, fittedValues(r), derived(start == null ? m : base, r), Set.of(), List.of());
    }

    /**
     * @param model the model fitted (the chain's instance; its starting values may differ from the fit's start)
     * @param fit   its fit
     * @return derived quantities with their errors, in {@link #derivedNames} order (default none)
     */
    default Map<String, RowValue> derived(SpectrumModel model, FitResult fit) {
        return Map.of();
    }

    /**
     * @return parameters whose lower bound is a physical answer, not a limit the fit ran into (a Gaussian variance of 0
     *         is a Lorentzian line, an amount of 0 an absent component, a packing of 0 isolated particles): at their
     *         lower bound they are not flagged; at the upper bound they are (default none)
     */
    default Set<String> legalAtLowerBound() {
        return Set.of();
    }

    /**
     * @param names parameters whose lower bound is a physical answer (see {@link #legalAtLowerBound()})
     * @return this model with them
     */
    default SeriesModel withLegalAtLowerBound(Set<String> names) {
        Set<String> legal = Set.copyOf(names);
        return new DelegatingSeriesModel(this) {
            @Override
            public Set<String> legalAtLowerBound() {
                return legal;
            }
        };
    }

    /**
     * A series model for any {@link SpectrumModel} (peaks:N, a model file, the morphology model).
     *
     * @param name    its name
     * @param guesses makes a model with starting values guessed from a spectrum
     * @return the series model
     */
    static SeriesModel of(String name, Function<Spectrum, SpectrumModel> guesses) {
        return of(name, guesses, List.of(), (m, r) -> Map.of());
    }

    /**
     * A series model with derived quantities.
     *
     * @param name         its name
     * @param guesses      makes a model with starting values guessed from a spectrum
     * @param derivedNames names of the derived quantities
     * @param derived      the derived quantities of a fit, by name
     * @return the series model
     */
    static SeriesModel of(String name, Function<Spectrum, SpectrumModel> guesses, List<String> derivedNames,
                          BiFunction<SpectrumModel, FitResult, Map<String, RowValue>> derived) {
        List<String> d = List.copyOf(derivedNames);
        return new SeriesModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SpectrumModel guess(Spectrum spectrum) {
                return guesses.apply(spectrum);
            }

            @Override
            public List<String> derivedNames(Spectrum first) {
                return d;
            }

            @Override
            public Map<String, RowValue> derived(SpectrumModel model, FitResult fit) {
                return derived.apply(model, fit);
            }
        };
    }

    /**
     * This model with a staged fresh fit: a fit from a fresh guess (no start values) is also done in two stages, first
     * with some parameters held ({@code held} makes that model from the guess, or returns null when it does not apply),
     * then with all free from the first stage's result; the lower chi-square of the plain and the staged fit is kept.
     * Chained fits (with start values) are unchanged.
     *
     * @param held makes the model of the first stage from a guessed model (null: no staging for it)
     * @return the staged series model
     */
    default SeriesModel withStagedFreshFit(java.util.function.UnaryOperator<SpectrumModel> held) {
        return new DelegatingSeriesModel(this) {
            @Override
            public SeriesStep fit(SpectrumFitter fitter, boolean errorsScaled, Spectrum spectrum, SpectrumModel base,
                                  Map<String, Double> start) {
                if (start != null) {
                    return inner.fit(fitter, errorsScaled, spectrum, base, start);
                }
                SpectrumModel m = inner.guess(spectrum);
                FitResult r = fitter.fit(spectrum, m);
                SpectrumModel first = held.apply(m);
                if (first != null) {
                    FitResult h = fitter.fit(spectrum, first);
                    Map<String, Double> v = new LinkedHashMap<>();
                    fittedValues(h).forEach((k, e) -> v.put(k, e.value()));
                    FitResult staged = fitter.fit(spectrum, startAt(m, v));
                    if (staged.chiSquare() < r.chiSquare()) {
                        r = staged;
                    }
                }
                return new SeriesStep(m, r, fittedValues(r), inner.derived(m, r), Set.of(), List.of());
            }
        };
    }

    /**
     * @param model  a model
     * @param values starting values by name (names the model lacks are ignored, missing ones keep the model's)
     * @return the model started there
     */
    static SpectrumModel startAt(SpectrumModel model, Map<String, Double> values) {
        List<FitParameter> ps = model.parameters();
        double[] v = new double[ps.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = values.getOrDefault(ps.get(j).name(), ps.get(j).initial());
        }
        return StartingValues.startAt(model, v);
    }

    /**
     * @param r a fit
     * @return its free parameters with their errors, then its fixed ones as held values
     */
    static Map<String, RowValue> fittedValues(FitResult r) {
        Map<String, RowValue> m = new LinkedHashMap<>();
        r.parameters().forEach((n, e) -> m.put(n, new RowValue(e.value(), e.stderr())));
        r.fixedParameters().forEach((n, v) -> m.putIfAbsent(n, RowValue.held(v)));
        return m;
    }
}
