package org.metalnmr.spectra.io.bruker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.spectra.processing.ProcessingParameters;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Processing the raw {@code fid} of the operando experiments reproduces TopSpin's processed
 * spectrum: same axis, same line positions, same magnitude line shape.
 */
class BrukerRawProcessingTest {

    private static final ReadOptions RAW = ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW);

    /**
     * Line position of the largest line in [lo, hi] ppm: maximum of the magnitude spectrum refined
     * by a parabola through it and its neighbours (phase-independent, so TopSpin's PHC0/PHC1 play
     * no part).
     */
    static double linePositionPpm(Spectrum s, double lo, double hi) {
        int best = -1;
        double max = -1;
        for (int i = 1; i < s.axis().size() - 1; i++) {
            double p = s.axis().ppm(i);
            if (p >= lo && p <= hi && magnitude(s, i) > max) {
                max = magnitude(s, i);
                best = i;
            }
        }
        double a = magnitude(s, best - 1);
        double b = magnitude(s, best);
        double c = magnitude(s, best + 1);
        double shift = 0.5 * (a - c) / (a - 2 * b + c);
        return s.axis().ppm(best + shift);
    }

    static double magnitude(Spectrum s, int i) {
        return Math.hypot(s.realAt(i), s.imagAt(i));
    }

    @ParameterizedTest
    @CsvSource({"1, 240, 256, 247.8", "301, 255, 280, 267.5", "599, 255, 280, 266.4"})
    void rawFidReproducesTheLinePositionOfTheProcessedSpectrum(int expno, double lo, double hi, double nearPpm) {
        Path dir = ProjectData.operandoExperiment(expno);
        Spectrum processed = SpectrumReaders.read(dir).get(0).spectrum();
        Spectrum raw = SpectrumReaders.read(dir, RAW).get(0).spectrum();
        // LB, SI and TDeff come from procs: same size, and the same axis (carrier at SI/2)
        assertEquals(processed.axis().size(), raw.axis().size());
        assertEquals(processed.axis().firstPpm(), raw.axis().firstPpm(), 5e-5);
        assertEquals(processed.axis().lastPpm(), raw.axis().lastPpm(), 5e-4);
        double step = Math.abs(raw.axis().stepPpm());
        double pRaw = linePositionPpm(raw, lo, hi);
        double pProcessed = linePositionPpm(processed, lo, hi);
        // within one point (0.098 ppm): TopSpin baseline-corrected its 1r (ABSG 5 polynomial) and not
        // its 1i, which moves the magnitude maximum of the broad later lines by a fraction of a
        // point (0.37 and 0.68 point for 301 and 599; 0.05 point for the sharp line of experiment 1)
        assertEquals(pProcessed, pRaw, step, "line of experiment " + expno);
        // the physics: bulk Li metal near 248 ppm in experiment 1, the microstructure line near 266-271 later
        assertEquals(nearPpm, pRaw, 0.5);
        assertTrue(raw.acquisitionTimeSeconds().isPresent());
        assertEquals(processed.acquisitionTimeSeconds(), raw.acquisitionTimeSeconds());
    }

    @ParameterizedTest
    @CsvSource({"1", "301", "599"})
    void rawMagnitudeSpectrumHasTheShapeOfTopSpinsOwn(int expno) {
        Path dir = ProjectData.operandoExperiment(expno);
        Spectrum processed = SpectrumReaders.read(dir).get(0).spectrum();
        Spectrum raw = SpectrumReaders.read(dir, RAW).get(0).spectrum();
        // correlation of magnitudes over the metal region; TopSpin also baseline-corrected its 1r
        // (ABSG 5), which the raw processing does not, hence not exactly 1
        double r = correlation(raw, processed, 150, 350);
        assertTrue(r > 0.98, "magnitude correlation " + r);
    }

    @Test
    void explicitProcessingIsUsedAsGiven() {
        Path dir = ProjectData.operandoExperiment(1);
        ProcessingParameters p = ProcessingParameters.DEFAULT.withLineBroadeningHz(100).withZeroFillPoints(16384);
        Spectrum raw = SpectrumReaders.read(dir, RAW.withProcessing(p)).get(0).spectrum();
        assertEquals(16384, raw.axis().size());
        // reference frequency: SF of procs (the user's referencing), so the line stays where TopSpin puts it
        assertEquals(116.684586269531e6, raw.axis().referenceFrequencyHz(), 1e-3);
        assertEquals(247.8, linePositionPpm(raw, 240, 256), 0.5);
    }

    static double correlation(Spectrum a, Spectrum b, double lo, double hi) {
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        int n = 0;
        for (int i = 0; i < a.axis().size(); i++) {
            double p = a.axis().ppm(i);
            if (p < lo || p > hi) {
                continue;
            }
            double x = magnitude(a, i);
            double y = magnitude(b, i);
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
            n++;
        }
        double cov = sab - sa * sb / n;
        return cov / Math.sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
    }
}
