package org.metalnmr.spectra.fit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.core.lineshape.PseudoVoigt;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.NoiseModel;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;
import org.metalnmr.core.spectrum.Spectrum;

class ModelFileTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "models");

    @Test
    void readsTheExamples() {
        PseudoVoigtLinesModel a = ModelFile.read(EXAMPLES.resolve("li-bulk-and-microstructure.json"));
        assertEquals(List.of("centerPpm1", "hwhmShared", "eta1", "area1", "centerPpm2", "area2", "phaseDeg"),
                a.parameters().stream().map(FitParameter::name).toList());
        assertEquals(Map.of("eta2", 0.5), a.fixedParameters());
        assertEquals(List.of("bulk", "microstructure"), a.lineNames());
        PseudoVoigtLinesModel b = ModelFile.read(EXAMPLES.resolve("electrolyte-and-metal-with-baseline.json"));
        // 4 + 3 (SEI eta fixed) + 4 line parameters, phase, baseline0, baseline1
        assertEquals(14, b.parameters().size());
        assertEquals(130, b.baselineReferencePpm(), 0);
        assertEquals(0.05, b.parameters().get(1).lower(), 0);
    }

    /** Two lines of one width: the shared width is recovered within 3 standard errors. */
    @Test
    void fitsASharedWidth() {
        double ref = 116.64e6;
        double hz = ref * 1e-6;
        List<SpinPopulation> pops = List.of(
                new SpinPopulation("bulk", SpinPackets.real(new double[] {247.6}, new double[] {10}), new PseudoVoigt(3.4 * hz, 0.55)),
                new SpinPopulation("micro", SpinPackets.real(new double[] {269.1}, new double[] {3}), new PseudoVoigt(3.4 * hz, 0.5)));
        Spectrum s = new SpectrumSynthesizer().withNoise(new NoiseModel(200, 3))
                .synthesize(pops, new Acquisition(40_000, 4096, ref, 258, 0, 20, 0)).spectrum();
        FitResult r = new SpectrumFitter().withRangePpm(225, 300).fit(s, ModelFile.read(EXAMPLES.resolve("li-bulk-and-microstructure.json")));
        assertTrue(r.converged());
        assertEquals(3.4, r.value("hwhmShared"), 3 * r.stderr("hwhmShared"));
        assertEquals(20, r.value("phaseDeg"), 3 * r.stderr("phaseDeg"));
        assertEquals(3, r.value("area2"), 3 * r.stderr("area2"));
        assertEquals(0.5, r.fixedParameters().get("eta2"), 0);
        assertEquals(List.of("bulk", "microstructure"), List.copyOf(r.components().keySet()));
    }

    @Test
    void refusesMalformedModelsWithOneClearMessage() {
        assertMessage("{\"lines\": [{\"centerPpm\": 1, \"hwhmPpm\": 1, \"eta\": 0.5, \"area\": 1, \"widht\": 2}]}", "widht");
        assertMessage("{\"lines\": [{\"centerPpm\": 1, \"hwhmPpm\": \"w\", \"eta\": 0.5, \"area\": 1}]}", "'w'");
        assertMessage("{\"lines\": []}", "lines");
        assertMessage("{\"lines\": [{\"centerPpm\": 1, \"hwhmPpm\": {\"value\": 0, \"fixed\": true}, \"eta\": 0.5, \"area\": 1}]}", "hwhm");
        assertMessage("{\"lines\": [{\"centerPpm\": 1, \"hwhmPpm\": 1, \"eta\": 1.5, \"area\": 1}]}", "eta1");
        assertMessage("{\"lines\": [{\"centerPpm\": 1, \"hwhmPpm\": 1, \"eta\": 0.5}]}", "area");
        assertMessage("{\"lines\": [{\"centerPpm\": 1, \"hwhmPpm\": 1, \"eta\": 0.5, \"area\": 1}], \"baseline\": \"cubic\"}", "cubic");
        assertMessage("{not json", "JSON");
        assertThrows(InvalidInputException.class, () -> ModelFile.read(Path.of("does-not-exist.json")));
    }

    private static void assertMessage(String json, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelFile.parse(json, "m.json"));
        assertTrue(e.getMessage().contains(fragment) && e.getMessage().contains("m.json"), e.getMessage());
    }
}
