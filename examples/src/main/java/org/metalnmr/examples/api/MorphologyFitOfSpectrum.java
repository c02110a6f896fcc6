package org.metalnmr.examples.api;

import java.nio.file.Path;
import java.util.Map;

import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.toolkit.morphology.CellOrientation;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyReport;
import org.metalnmr.toolkit.morphology.MorphologySettings;

/**
 * Morphology fit of a spectrum: the physical model (Li foil and whiskers in cell B, complex data, a baseline)
 * fitted to the real operando spectrum at 48.7 h (experiment 599 of data/operando-li-li), as
 * {@code metalnmr fit data/operando-li-li/bruker/599 --model morphology --cell B --range-ppm 200:320} does.
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.api.MorphologyFitOfSpectrum [EXPERIMENT_FOLDER]}.</p>
 */
public final class MorphologyFitOfSpectrum {

    /** The fit window [ppm]: the metal region with baseline on both sides. */
    public static final double LOW_PPM = 200, HIGH_PPM = 320;

    private MorphologyFitOfSpectrum() {
    }

    /**
     * @param args optional Bruker experiment folder (default {@code data/operando-li-li/bruker/599})
     */
    public static void main(String[] args) {
        Path experiment = Path.of(args.length > 0 ? args[0] : "data/operando-li-li/bruker/599");
        Result r = fit(experiment);
        System.out.printf(java.util.Locale.ROOT, "converged %s, reduced chi-square %.1f%n", r.fit().converged(),
                r.fit().reducedChiSquare());
        for (Map.Entry<String, MorphologyReport.Estimate> q : r.report().quantities().entrySet()) {
            System.out.printf(java.util.Locale.ROOT, "%-28s %12.5g +- %.2g%n", q.getKey(), q.getValue().value(),
                    q.getValue().stderr());
        }
        System.out.println(r.report().interpretation());
    }

    /**
     * The fit and what it says about the metal.
     *
     * @param fit    the fit (parameters with standard errors, reduced chi-square)
     * @param report the derived morphology quantities with uncertainties
     */
    public record Result(FitResult fit, MorphologyReport report) {
    }

    /**
     * @param experiment a Bruker experiment folder (or any spectrum file the readers accept)
     * @return the fit of the morphology model in cell B
     */
    public static Result fit(Path experiment) {
        Spectrum spectrum = SpectrumReaders.read(experiment).get(0).spectrum();
        MorphologySettings settings = MorphologySettings.defaults(CellOrientation.cellB())
                .withComplexData(SpectrumFitter.hasImaginaryPart(spectrum)).withBaseline(true);
        MorphologyModel model = MorphologyModel.guess(settings, spectrum.axis().ppmValues(), spectrum.real(),
                LOW_PPM, HIGH_PPM);
        FitResult fit = new SpectrumFitter().withRangePpm(LOW_PPM, HIGH_PPM).withTolerance(1e-6).fit(spectrum, model);
        return new Result(fit, MorphologyReport.of(model, fit, Double.NaN));
    }
}
