package org.metalnmr.validation.bench;

import java.util.concurrent.TimeUnit;

import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.model.PeaksModel;
import org.metalnmr.spectra.fit.model.PseudoVoigtLinesModel;
import org.metalnmr.core.spectrum.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code peaks:5} fit of a 16384-point synthetic spectrum (five pseudo-Voigt lines over
 * 230-290 ppm, 25 degree phase, SNR 200), fit range 220:300 ppm (about 3800 points), automatic
 * initial values, automatic noise. Issue 8: the single-fit speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FitBenchmark {

    private Spectrum spectrum;
    private PseudoVoigtLinesModel model;
    private SpectrumFitter fitter;

    /** Builds the spectrum and the guessed model. */
    @Setup
    public void setUp() {
        spectrum = BenchmarkSpectra.fiveLines(7);
        model = PeaksModel.guess(5, spectrum.axis().ppmValues(), spectrum.real(), 220, 300, false);
        fitter = new SpectrumFitter().withRangePpm(220, 300);
    }

    /** @return the fit (guessed start) */
    @Benchmark
    public FitResult fitPeaks5() {
        return fitter.fit(spectrum, model);
    }

    /** @return the fit including the automatic initial guess */
    @Benchmark
    public FitResult guessAndFitPeaks5() {
        return fitter.fit(spectrum, PeaksModel.guess(5, spectrum.axis().ppmValues(), spectrum.real(), 220, 300, false));
    }
}
