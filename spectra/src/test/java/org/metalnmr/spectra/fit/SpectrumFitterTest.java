package org.metalnmr.spectra.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.spectra.fit.model.PeaksModel;
import org.metalnmr.spectra.fit.model.PseudoVoigtLinesModel;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.SynthesisResult;

class SpectrumFitterTest {

    /** The operando Li situation: bulk near 247 ppm, microstructure near 268 ppm, a 30 degree phase. */
    private static final List<double[]> TRUTH = List.of(new double[] {247.3, 3.1, 0.6, 10.0}, new double[] {268.4, 4.2, 0.3, 4.0});
    private static final double PHASE = 30;

    private static double truth(String name) {
        if (name.equals("phaseDeg")) {
            return PHASE;
        }
        int line = Integer.parseInt(name.replaceAll("\\D+", "")) - 1;
        String kind = name.replaceAll("\\d+$", "");
        int q = switch (kind) {
            case "centerPpm" -> 0;
            case "hwhmPpm" -> 1;
            case "eta" -> 2;
            default -> 3;
        };
        return TRUTH.get(line)[q];
    }

    /**
     * Round trip: 40 noisy spectra; each parameter must be within 2 standard errors of the truth in
     * at least 90% of them (95.4% expected when both the estimates and their errors are right).
     */
    @Test
    void recoversParametersWithinTwoStandardErrors() {
        int seeds = 40;
        Map<String, Integer> within = new java.util.LinkedHashMap<>();
        double sumReduced = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            SynthesisResult syn = SyntheticSpectra.pseudoVoigt(TRUTH, PHASE, 4096, 150, seed);
            Spectrum s = syn.spectrum();
            PseudoVoigtLinesModel model = PeaksModel.guess(2, s.axis().ppmValues(), s.real(), 220, 310, false);
            FitResult r = new SpectrumFitter().withRangePpm(220, 310).fit(s, model);
            assertTrue(r.converged(), r.toString());
            sumReduced += r.reducedChiSquare();
            assertEquals(syn.noiseSigma(), r.noiseSigma(), 0.1 * syn.noiseSigma(), "automatic noise estimate");
            for (String name : r.parameterNames()) {
                double err = Math.abs(r.value(name) - truth(name));
                within.merge(name, err <= 2 * r.stderr(name) ? 1 : 0, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : within.entrySet()) {
            assertTrue(e.getValue() >= 0.9 * seeds, e.getKey() + " within 2 stderr in " + e.getValue() + " of " + seeds);
        }
        // the mean of 40 reduced chi-squares with ~1000 dof each is 1 within about 0.01
        assertEquals(1.0, sumReduced / seeds, 0.1);
    }

    @Test
    void boundsAreRespectedAndReported() {
        SynthesisResult syn = SyntheticSpectra.pseudoVoigt(List.of(new double[] {250, 4.0, 0.5, 10}), 0, 4096, 200, 5);
        Spectrum s = syn.spectrum();
        // hwhm capped at 2 ppm, below the true 4 ppm
        PseudoVoigtLinesModel model = PeaksModel.withInitialValues(List.of(new double[] {251, 1.5, 0.5, 8}), 0, 230, 270, 0.05);
        List<FitParameter> capped = new java.util.ArrayList<>(model.parameters());
        capped.set(1, new FitParameter("hwhmPpm1", 1.5, 0.05, 2.0));
        SpectrumModel bounded = new Delegating(model, capped);
        FitResult r = new SpectrumFitter().withRangePpm(230, 270).fit(s, bounded);
        assertTrue(r.value("hwhmPpm1") <= 2.0 && r.value("hwhmPpm1") >= 0.05);
        assertTrue(r.value("eta1") >= 0 && r.value("eta1") <= 1);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("hwhmPpm1") && w.contains("bound")), r.warnings().toString());
    }

    /** Two identical lines on one-line data: their parameters cannot be told apart. */
    @Test
    void nonIdentifiableParametersAreNamed() {
        SynthesisResult syn = SyntheticSpectra.pseudoVoigt(List.of(new double[] {250, 3.0, 0.5, 10}), 0, 4096, 200, 9);
        PseudoVoigtLinesModel model = PeaksModel.withInitialValues(
                List.of(new double[] {250.5, 2.5, 0.5, 5}, new double[] {250.5, 2.5, 0.5, 5}), 0, 230, 270, 0.05);
        FitResult r = new SpectrumFitter().withRangePpm(230, 270).fit(syn.spectrum(), model);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("area1") && w.contains("identifiable")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("area2") && w.contains("identifiable")), r.warnings().toString());
    }

    @Test
    void wellDeterminedFitHasNoWarnings() {
        SynthesisResult syn = SyntheticSpectra.pseudoVoigt(TRUTH, PHASE, 4096, 300, 2);
        Spectrum s = syn.spectrum();
        FitResult r = new SpectrumFitter().withRangePpm(220, 310).fit(s, PeaksModel.guess(2, s.axis().ppmValues(), s.real(), 220, 310, false));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(r.chiSquare() + 2 * 9, r.aic(), 1e-9);
        assertEquals(r.chiSquare() + 9 * Math.log(r.ppm().length), r.bic(), 1e-9);
        assertEquals(r.ppm().length - 9, r.degreesOfFreedom());
        double[][] c = r.correlation();
        for (int i = 0; i < c.length; i++) {
            assertEquals(1.0, c[i][i], 0.0);
        }
        assertEquals(2, r.components().size());
    }

    /** Several starts never end worse than one, and a baseline model is preferred by AIC only when needed. */
    @Test
    void severalStartsKeepTheBest() {
        SynthesisResult syn = SyntheticSpectra.pseudoVoigt(TRUTH, PHASE, 2048, 150, 4);
        Spectrum s = syn.spectrum();
        // a poor start: both lines near the bulk line
        PseudoVoigtLinesModel poor = PeaksModel.withInitialValues(
                List.of(new double[] {245, 1, 0.5, 1}, new double[] {246, 1, 0.5, 1}), -120, 220, 310, 0.05);
        // a small budget per start keeps the test fast; the best-of property holds for any budget
        SpectrumFitter fitter = new SpectrumFitter().withRangePpm(220, 310).withMaxEvaluations(150);
        FitResult one = fitter.fit(s, poor);
        FitResult many = fitter.withStarts(6, 99).fit(s, poor);
        assertTrue(many.chiSquare() <= one.chiSquare() * (1 + 1e-9));
        assertEquals(6, many.starts());
    }

    @Test
    void noiseFromAGivenRegion() {
        SynthesisResult syn = SyntheticSpectra.pseudoVoigt(TRUTH, PHASE, 4096, 100, 8);
        Spectrum s = syn.spectrum();
        FitResult r = new SpectrumFitter().withRangePpm(220, 310).withNoiseRegionPpm(150, 200)
                .fit(s, PeaksModel.guess(2, s.axis().ppmValues(), s.real(), 220, 310, false));
        assertEquals("region", r.noiseSource());
        // ~580 points: relative spread of the estimate 3%
        assertEquals(syn.noiseSigma(), r.noiseSigma(), 0.12 * syn.noiseSigma());
    }

    @Test
    void noiseFreeDataFallBackToTheResidual() {
        // Gaussian lines in absorption (phase 0; the Dawson dispersion has 1/x tails): far from them the data are zero up to FFT round-off, so the automatic
        // estimate is round-off and the residual rms is used instead
        List<double[]> gaussians = List.of(new double[] {247.3, 3.1, 0.0, 10.0}, new double[] {268.4, 4.2, 0.0, 4.0});
        SynthesisResult syn = SyntheticSpectra.pseudoVoigt(gaussians, 0, 4096, 0, 0);
        Spectrum s = syn.spectrum();
        FitResult r = new SpectrumFitter().withRangePpm(220, 310).fit(s, PeaksModel.guess(2, s.axis().ppmValues(), s.real(), 220, 310, false));
        assertEquals("residual", r.noiseSource());
        assertEquals(247.3, r.value("centerPpm1"), 1e-4);
        assertEquals(0.0, r.value("phaseDeg"), 1e-3);
        assertFalse(r.parameters().isEmpty());
    }

    /** A model that replaces the parameter list of another (to tighten bounds in a test). */
    private record Delegating(SpectrumModel inner, List<FitParameter> parameters) implements SpectrumModel {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public void evaluate(double[] ppm, double[] params, double[] out) {
            inner.evaluate(ppm, params, out);
        }

        @Override
        public Map<String, double[]> components(double[] ppm, double[] params) {
            return inner.components(ppm, params);
        }
    }
}
