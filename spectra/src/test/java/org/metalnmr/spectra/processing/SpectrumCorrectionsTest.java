package org.metalnmr.spectra.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/** Referencing follows a drifting reference line; the steps are recorded in order. */
class SpectrumCorrectionsTest {

    private static final int N = 8192;
    private static final SpectralAxis AXIS = new SpectralAxis(N, 537.8, -263.1, 116.68e6);

    /** Electrolyte (0 ppm) and metal (247 ppm) Lorentzians, both moved by the drift [ppm]. */
    static Spectrum drifted(double driftPpm) {
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            double p = AXIS.ppm(i);
            double u1 = (p - 247 - driftPpm) / 3.0;
            double u2 = (p - driftPpm) / 0.6;
            y[i] = 10 / (1 + u1 * u1) + 4 / (1 + u2 * u2);
        }
        return new Spectrum(AXIS, y, new double[N], OptionalDouble.empty(), Map.of());
    }

    @Test
    void referencingToTheElectrolyteLineFollowsAnImposedDrift() {
        SpectrumCorrections c = SpectrumCorrections.NONE.withReferencing(Referencing.line(new PpmWindow(-10, 10), 0));
        double step = Math.abs(AXIS.stepPpm());
        for (double drift : new double[] {-3.7, -0.41, 0, 0.05, 1.23, 6.0}) {
            SpectrumCorrections.Corrected r = c.apply(drifted(drift), false);
            // the electrolyte is put at 0 ppm: the parabola through three points of a Lorentzian 12 points wide
            // finds its maximum to a few hundredths of a point
            assertEquals(0, SpectrumCorrections.linePositionPpm(r.spectrum(), new PpmWindow(-10, 10)), 1e-9);
            // and the metal line, drifted with it, comes back to 247 ppm
            double metal = SpectrumCorrections.linePositionPpm(r.spectrum(), new PpmWindow(230, 265));
            assertEquals(247, metal, 0.05 * step, "drift " + drift);
            double shift = (Double) r.steps().get(1).parameters().get("shiftPpm");
            assertEquals(-drift, shift, 0.05 * step);
        }
    }

    @Test
    void aFixedOffsetMovesTheAxis() {
        SpectrumCorrections.Corrected r = SpectrumCorrections.NONE.withReferencing(Referencing.offset(-1.5))
                .apply(drifted(0), false);
        assertEquals(AXIS.firstPpm() - 1.5, r.spectrum().axis().firstPpm(), 1e-12);
        assertEquals(AXIS.stepPpm(), r.spectrum().axis().stepPpm(), 1e-12);
    }

    @Test
    void stepsAreRecordedInOrder() {
        SpectrumCorrections c = new SpectrumCorrections(PhaseCorrection.manual(10, 0),
                Optional.of(new BaselineCorrection(1, List.of(new PpmWindow(400, 500)))), Referencing.offset(0.1));
        Spectrum s = new Spectrum(AXIS, drifted(0).real(), drifted(0).real(), OptionalDouble.empty(), Map.of());
        List<ProcessingStep> steps = c.apply(s, true).steps();
        assertEquals(List.of("phase", "baseline", "reference"), steps.stream().map(ProcessingStep::name).toList());
        assertEquals(10.0, steps.get(0).parameters().get("phc0Deg"));
    }

    @Test
    void topSpinsPhaseIsRefusedForRawDataWithoutProcsAndAWindowOutsideTheAxisIsNamed() {
        Spectrum s = drifted(0);
        assertThrows(InvalidInputException.class, () -> SpectrumCorrections.NONE.withPhase(PhaseCorrection.procs()).apply(s, true));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpectrumCorrections.NONE
                .withReferencing(Referencing.line(new PpmWindow(900, 950), 0)).apply(s, false));
        assertTrue(e.getMessage().contains("900"), e.getMessage());
    }
}
