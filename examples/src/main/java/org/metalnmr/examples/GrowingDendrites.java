package org.metalnmr.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.fit.model.PeaksModel;
import org.metalnmr.core.lineshape.Lorentzian;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.NoiseModel;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;
import org.metalnmr.toolkit.forward.Component;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardSimulation;
import org.metalnmr.toolkit.quantify.ChargeEquivalent;
import org.metalnmr.toolkit.series.ChainDirection;
import org.metalnmr.toolkit.series.SeriesFit;
import org.metalnmr.toolkit.series.SeriesModel;
import org.metalnmr.toolkit.series.SeriesRow;
import org.metalnmr.toolkit.series.SeriesSummary;

/**
 * Growing dendrites: a simulated operando experiment, then fitted back the way a measured one would be.
 *
 * <p>Steps. (1) One forward simulation of cell B with whiskers on the carbon electrode (the
 * {@code compare-cells} scenario) gives the spin packets of the Li foil, of the whiskers and of the
 * electrolyte. (2) While the cell plates, the whiskers grow: the whisker amount follows a plating curve
 * (nothing for the first hour, then growing linearly to the full deposit at 10 h). Because whiskers
 * about 1 um thick are fully penetrated by the RF, their signal is proportional to their amount, so
 * each time step is the same packets with weights scaled by the amount; the foil's packets stay as
 * they are. (3) Each spectrum is synthesised with its own seeded noise, as one 15-minute spectrum of an
 * operando run. (4) The series is fitted back twice, between 220 and 300 ppm, each fit starting from
 * the result of its neighbour by the library's series engine ({@code SeriesFit}, what {@code metalnmr fit-series
 * --direction backward} runs), from the last spectrum backwards
 * (there the whisker line is clearest, and the fits can follow it down to where it vanishes in the
 * noise): (a) every spectrum with {@code peaks:2} (two pseudo-Voigt lines under one phase); (b) the
 * difference spectra, each spectrum minus the mean of those recorded before the whiskers appeared, with
 * {@code peaks:1}.</p>
 *
 * <p>What to look for: both fits follow the growth, but {@code peaks:2} falls short by 10-20 %. The foil
 * line carries the 45-55 degree skin-effect phase twist while the thin whiskers have none, and one
 * phase cannot describe both lines: the fitted phase is the foil's, and the whisker line is fitted
 * out of phase. The difference spectra contain only what changed (the whiskers, in phase), so
 * {@code peaks:1} recovers the growth without that bias, at the price of a little more noise. Near
 * t = 0 the whisker line is below the noise and its area is not determined. Finally, the whisker
 * integral per nucleus is a little above 1 (they stand where the coil's field is concentrated along the
 * electrode face), so the integral is divided by that visible fraction to give mAh.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.GrowingDendrites [figure.svg] [--quick]} (one forward simulation, then
 * 2 x 41 fits of well under a second each; {@code --quick}: a coarse simulation and 11 spectra).</p>
 */
public final class GrowingDendrites {

    /** Spectra in the series: one every 15 minutes over 10 h (with {@code --quick}: one per hour). */
    static final int SPECTRA = 41;
    /** Spectra in the series with {@code --quick}. */
    static final int QUICK_SPECTRA = 11;
    /** Duration of the series [h]. */
    static final double HOURS = 10;
    /** Whiskers start to grow after this time [h]. */
    static final double ONSET_HOURS = 1;
    /**
     * Signal-to-noise ratio as {@link NoiseModel} defines it, relative to the highest point of the
     * spectrum: that is the electrolyte line, which does not change, so the noise level is the same in
     * every spectrum (as on a spectrometer).
     */
    static final double SNR = 3000;
    /** Fit range [ppm]: the two metal lines. */
    static final double LO_PPM = 220;
    /** Fit range [ppm]. */
    static final double HI_PPM = 300;

    private GrowingDendrites() {
    }

    /**
     * @param args optional output path of the SVG figure (default
     *             {@code docs/figures/examples/growing-dendrites.svg}) and {@code --quick}
     */
    public static void main(String[] args) {
        ExampleArgs a = ExampleArgs.parse(args, "docs/figures/examples/growing-dendrites.svg");
        int spectraCount = a.quick() ? QUICK_SPECTRA : SPECTRA;

        // 1. one forward simulation: the packets of the foil, the whiskers and the electrolyte
        ForwardSimulation sim = CellScenarios.model(a.quick()).simulate(CellScenarios.cellB());
        List<ComponentSummary> summaries = sim.summaries();
        ComponentSummary whiskers = CellScenarios.first(summaries, ComponentKind.WHISKERS);
        ComponentSummary foil = CellScenarios.first(summaries, ComponentKind.BULK_METAL);

        // 2-3. the operando series: whisker weights scaled by the grown fraction, seeded noise per spectrum
        double[] hours = new double[spectraCount];
        double[] grown = new double[spectraCount];
        Spectrum[] spectra = new Spectrum[spectraCount];
        for (int i = 0; i < spectraCount; i++) {
            hours[i] = HOURS * i / (spectraCount - 1);
            grown[i] = Math.max(0, (hours[i] - ONSET_HOURS) / (HOURS - ONSET_HOURS));
            spectra[i] = synthesize(sim, grown[i], 1000 + i);
        }

        // 4a. peaks:2 on each spectrum, from the last spectrum backwards, each fit starting from the later one
        double[] ppm = spectra[0].axis().ppmValues();
        SpectrumFitter fitter = new SpectrumFitter().withRangePpm(LO_PPM, HI_PPM);
        FitResult[] fits = fitBackwards(fitter, spectra, hours, 2);

        // 4b. peaks:1 on difference spectra: subtract the mean of the spectra recorded before the whiskers
        //     appear, which removes the foil (and its phase twist) and the electrolyte, and leaves the growth
        int before = 0;
        double[] refRe = new double[ppm.length];
        double[] refIm = new double[ppm.length];
        for (int i = 0; i < spectraCount && hours[i] <= ONSET_HOURS; i++, before++) {
            add(refRe, spectra[i].real(), 1);
            add(refIm, spectra[i].imag(), 1);
        }
        Spectrum[] differences = new Spectrum[spectraCount];
        for (int i = 0; i < spectraCount; i++) {
            double[] re = spectra[i].real();
            double[] im = spectra[i].imag();
            add(re, refRe, -1.0 / before);
            add(im, refIm, -1.0 / before);
            differences[i] = new Spectrum(spectra[i].axis(), re, im, spectra[i].acquisitionTimeSeconds(), spectra[i].metadata());
        }
        FitResult[] diffFits = fitBackwards(fitter, differences, hours, 1);

        // 5. compare: areas in umol of 7Li (the spectra are in nuclei per ppm), lines numbered by centre
        double toUmol = 1e6 / PhysicalConstants.AVOGADRO;
        int wLine = fits[spectraCount - 1].value("centerPpm2") > fits[spectraCount - 1].value("centerPpm1") ? 2 : 1;
        int fLine = 3 - wLine;
        double[] trueW = new double[spectraCount];
        double[] fitW = new double[spectraCount];
        double[] errW = new double[spectraCount];
        double[] diffW = new double[spectraCount];
        double[] diffErr = new double[spectraCount];
        double[] trueF = new double[spectraCount];
        double[] fitF = new double[spectraCount];
        System.out.println("  t [h]  whiskers: true  peaks:2 fit  +-     difference fit  +-      [umol of 7Li]   foil: true  peaks:2 fit   phase [deg]");
        for (int i = 0; i < spectraCount; i++) {
            trueW[i] = grown[i] * whiskers.integral() * 1e6;
            fitW[i] = fits[i].value("area" + wLine) * toUmol;
            errW[i] = fits[i].stderr("area" + wLine) * toUmol;
            diffW[i] = diffFits[i].value("area1") * toUmol;
            diffErr[i] = diffFits[i].stderr("area1") * toUmol;
            trueF[i] = foil.integral() * 1e6;
            fitF[i] = fits[i].value("area" + fLine) * toUmol;
            System.out.println(ExampleArgs.fmt("%7.2f  %14.3f  %11.3f  %5.3f  %14.3f  %5.3f  %30.3f  %11.3f  %11.1f", hours[i], trueW[i], fitW[i],
                    errW[i], diffW[i], diffErr[i], trueF[i], fitF[i], fits[i].value("phaseDeg")));
        }
        // mAh: the whiskers' 7Li is 92.58 % of their Li (natural abundance); 1 mAh = 37.3 umol of Li. The
        // whiskers stand where the RF field near the electrode face is a little stronger than at the coil
        // centre, so their integral per nucleus (visible fraction) is not exactly 1: divide by it.
        double abundance = Nuclei.bySymbol("7Li").naturalAbundancePercent() / 100;
        double mahPerUmol = ChargeEquivalent.milliampereHoursFromMoles(1e-6 / abundance);
        System.out.println(ExampleArgs.fmt("whiskers at 10 h: true %.4f mAh; from the difference fit %.4f mAh, from peaks:2 %.4f mAh"
                        + " (integral / visible fraction %.3f)", whiskers.chargeMah(), diffW[spectraCount - 1] * mahPerUmol / whiskers.visibleFraction(),
                fitW[spectraCount - 1] * mahPerUmol / whiskers.visibleFraction(), whiskers.visibleFraction()));

        // 6. the figure: three spectra of the series with their fits, then the areas against time
        LinePlot stack = LinePlot.of("Operando series (cell B, 7Li, 500 MHz): spectra at 0, 5 and 10 h with their peaks:2 fits",
                "shift [ppm]", "intensity (real part) [umol/ppm]").withReversedX(true).withXRange(LO_PPM, HI_PPM);
        int[] shown = {0, (spectraCount - 1) / 2, spectraCount - 1};
        for (int i : shown) {
            stack = stack.withSeries(PlotSeries.solid(ExampleArgs.fmt("%.0f h", hours[i]), fits[i].ppm(), scale(fits[i].data(), toUmol)));
        }
        for (int i : shown) {
            stack = stack.withSeries(PlotSeries.dashed(ExampleArgs.fmt("fit %.0f h", hours[i]), fits[i].ppm(), scale(fits[i].model(), toUmol)));
        }
        LinePlot areas = LinePlot.of("Whisker signal against time: true, and fitted back two ways", "time [h]",
                        "integral [umol of 7Li]")
                // room for the legend above the data; bars of undetermined areas (no whisker line left) run off the panel
                .withYRange(-1, 1.7 * Math.max(trueF[0], trueW[spectraCount - 1]))
                .withSeries(PlotSeries.solid("whiskers, true", hours, trueW))
                .withSeries(ExampleFigure.errorBars("whiskers, peaks:1 on difference spectra (+- 1 s.e.)", hours, diffW, diffErr, 0.08))
                .withSeries(ExampleFigure.errorBars("whiskers, peaks:2 on the spectra (+- 1 s.e.)", hours, fitW, errW, 0.08))
                .withSeries(PlotSeries.dashed("foil, true", hours, trueF))
                .withSeries(ExampleFigure.markers("foil, peaks:2", hours, fitF, 0.08, 0.2, false, false));
        ExampleFigure.write(a.output(), 1000, 420, List.of(List.of(stack::draw), List.of(areas::draw)));
        System.out.println("wrote " + a.output() + " and " + ExampleFigure.pngPath(a.output()));
    }

    /**
     * Fits a series from its last spectrum backwards with {@code peaks:n}, with the library's series engine (what
     * {@code metalnmr fit-series --direction backward} runs): the first fit starts from the automatic guess on the last spectrum
     * (the clearest whisker line), each other fit from the result of the spectrum after it; every row carries its quality
     * (reduced chi-square, convergence, parameters at a bound, warnings), and the summary counts the suspect ones.
     */
    private static FitResult[] fitBackwards(SpectrumFitter fitter, Spectrum[] spectra, double[] hours, int n) {
        List<LabelledSpectrum> series = new ArrayList<>();
        for (int i = 0; i < spectra.length; i++) {
            Spectrum s = spectra[i];
            // each spectrum carries its acquisition time, as a spectrometer's do (seconds; any common origin)
            Spectrum timed = new Spectrum(s.axis(), s.real(), s.imag(), OptionalDouble.of(hours[i] * 3600), s.metadata());
            series.add(new LabelledSpectrum(ExampleArgs.fmt("%.2f h", hours[i]), timed));
        }
        SeriesModel model = SeriesModel.of("peaks:" + n, s -> PeaksModel.guess(n, s.axis().ppmValues(), s.real(), LO_PPM, HI_PPM, false));
        SeriesFit.Result result = new SeriesFit(model, fitter).withDirection(ChainDirection.BACKWARD).fit(series);
        SeriesSummary q = result.summary();
        System.out.println(ExampleArgs.fmt("peaks:%d, backwards from %s: %d spectra, %d not converged, %d with a parameter at a bound,"
                + " %d with reduced chi-square > 2 (max %.3g)", n, series.get(spectra.length - 1).label(), q.spectra(), q.notConverged(),
                q.atBound(), q.poor(), q.maxReducedChiSquare()));
        FitResult[] fits = new FitResult[spectra.length];
        for (SeriesRow row : result.rows()) {
            fits[row.index()] = row.result().orElseThrow();
        }
        return fits;
    }

    private static void add(double[] target, double[] v, double factor) {
        for (int i = 0; i < target.length; i++) {
            target[i] += factor * v[i];
        }
    }

    /**
     * The spectrum at one time step: every component of the simulation with its homogeneous Lorentzian,
     * the whisker weights scaled by the grown fraction, and seeded noise.
     *
     * @param sim   the forward simulation
     * @param grown the fraction of the final whisker amount present
     * @param seed  the noise seed of this spectrum
     * @return the spectrum (nuclei per ppm)
     */
    static Spectrum synthesize(ForwardSimulation sim, double grown, long seed) {
        List<SpinPopulation> pops = new ArrayList<>();
        for (Component c : sim.components()) {
            SpinPackets p = c.packets();
            if (c.kind() == ComponentKind.WHISKERS) {
                p = new SpinPackets(p.shiftPpm(), scale(p.weightRe(), grown), scale(p.weightIm(), grown));
            }
            double hwhmHz = 0.5 * c.fwhmPpm() * 1e-6 * sim.larmorHz();
            pops.add(new SpinPopulation(c.name(), p, new Lorentzian(hwhmHz)));
        }
        return new SpectrumSynthesizer().withNoise(new NoiseModel(SNR, seed)).synthesize(pops, sim.acquisition()).spectrum();
    }

    private static double[] scale(double[] v, double f) {
        double[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] *= f;
        }
        return r;
    }
}
