package org.metalnmr.toolkit.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.NoiseModel;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.toolkit.forward.CellPhysicsExtraction;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.ForwardModelOptions;
import org.metalnmr.toolkit.forward.ForwardSimulation;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * The morphology model on spectra of the full forward model: cell B with Li whiskers on the working electrode
 * (the scenario {@code compare-cells.json}: whiskers 1 um radius, 50 um long, von Mises-Fisher kappa = 20, i.e.
 * spread 1/sqrt(kappa) = 12.8 deg, 2e10 per m^2), 7Li at 500 MHz, 90 degree pulse; one simulation (coarse grids
 * as in ForwardModelTest) and 4 noise seeds at SNR 300, fitted with foil + whiskers, the Knight shift free, the
 * model built from the same simulation ({@code CellPhysics}: the forward foil's packets, the
 * whiskers' cell field, contrast chi and RF factor, the Korringa + LB widths). The morphology model still simplifies the
 * whiskers (one packing and one Gaussian scatter for all), so this checks what it recovers, with tolerances set by
 * what it leaves out (docs/morphology-model.md section 7; measured values of 2026-12-07 with the scenario's physics):
 * <ul>
 * <li>the fit describes the spectrum: reduced chi-square below 1.5 (measured 0.88-1.16; the whiskers' Gaussian variance
 * free);</li>
 * <li>line positions within 1.5 ppm of the forward components' weighted means (the forward foil line holds
 * the finite disk's edges, now in the model's foil packets too: measured 244.11-244.12 vs 244.10; whiskers
 * 270.63-270.88 vs 270.67);</li>
 * <li>whisker / foil amount ratio within 25 % of the signal ratio (measured -12 to -4 %: the whisker amount is now
 * nuclei, the RF factor 1.12 per nucleus of the cell's solve lies between it and the signal) and the whisker metal
 * within 25 % of the true metal times the forward whiskers' visible fraction (calibration N_A x 92.58 % per mol; measured
 * -10 to -2 % about it, +1 to +10 % about the true metal, which the model now aims at);</li>
 * <li>orientation spread consistent with 12.8 deg within 2 standard errors: at kappa = 20 the BMS spread
 * (chi/2) sin^2 theta is about 0.6 ppm, below the whisker line's width, so the data hardly determine it and
 * the fit says so (measured 11.6-13.0 +- 1.4-1.8 deg on three seeds, 1.9 +- 254 on the fourth).</li>
 * </ul>
 */
class ForwardModelRoundTripTest {

    private static final int SEEDS = 4;
    private static ForwardSimulation sim;
    private static final List<FitResult> FITS = new ArrayList<>();
    private static final List<MorphologyReport> REPORTS = new ArrayList<>();
    private static MorphologyModel start;

    /** The simulations are held in static fields for this class's tests only: released so later test classes get the heap. */
    @AfterAll
    static void releaseSimulations() {
        sim = null;
    }

    @BeforeAll
    static void simulateOnceAndFitManyNoiseSeeds() throws IOException {
        try (InputStream in = ForwardModelRoundTripTest.class.getResourceAsStream("/org/metalnmr/toolkit/forward/compare-cells.json")) {
            var scenario = ScenarioFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "compare-cells.json");
            sim = ForwardModel.defaults().withOptions(ForwardModelOptions.defaults().withBmsVoxelSize(120e-6).withMaxPacketsPerDeposit(20_000))
                    .simulate(scenario);
        }
        // the morphology model of the same scenario: the foil's packets, the whiskers' cell field and RF factor, K, chi
        // and the Korringa widths from this simulation's own solves (CellPhysics)
        MorphologySettings settings = MorphologySettings.defaults(CellOrientation.cellB())
                .withPhysics(CellPhysicsExtraction.of(sim, "compare-cells.json"))
                .withComponents(java.util.EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS))
                .withFreed(java.util.EnumSet.of(MorphologyParameter.KNIGHT_PPM));
        // the forward whiskers sit in the stack's field (+3 ppm beyond K + chi/3, the model's highest whisker line with
        // a uniform field): the scenario's cell field carries it now; a free deposit offset on top trades against the
        // packing (both move aligned whiskers rigidly: measured packing 0.14 against 0.05 and a spread 2.3 errors off)
        double perMol = PhysicalConstants.AVOGADRO * 0.9258;
        // several starts: the whisker shape has local minima (isotropic packed strands also make a line near 267 ppm)
        SpectrumFitter fitter = new SpectrumFitter().withRangePpm(225, 300).withStarts(4, 5);
        for (int seed = 0; seed < SEEDS; seed++) {
            Spectrum s = sim.synthesize(new SpectrumSynthesizer().withNoise(new NoiseModel(300, 77 + seed))).spectrum();
            start = MorphologyModel.guess(settings, s.axis().ppmValues(), s.real(), 225, 300);
            FitResult r = fitter.fit(s, start);
            FITS.add(r);
            REPORTS.add(MorphologyReport.of(start, r, perMol));
        }
    }

    private static ComponentSummary truth(ComponentKind kind) {
        return sim.summaries().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    /**
     * Disabled from 2026-12-07 (the forward model had gained the foil's rim structure, the contrast chi and the
     * whisker-to-whisker scatter, which the idealised morphology model lacks: not converged, or reduced chi-square 15-19
     * with the whisker line 2.8 ppm low) until the morphology model took them from the same scenario (issue "One
     * physics", items 8-9). Measured with the scenario's CellPhysics and the one packet-to-line kernel, assertions
     * unchanged: reduced chi-square 0.88-1.16; foil 244.11-244.12 vs 244.10 ppm; whiskers 270.63-270.88 vs 270.67 ppm;
     * whisker/foil 0.53-0.58 vs 0.604 (the model's whisker amount is now nuclei, the cell's RF factor 1.12 per nucleus
     * stands between it and the signal); whisker mol 1.33-1.45e-5 vs 1.32e-5 true (1.48e-5 seen); spread 4-13 deg with
     * standard errors of 42-130 deg with the deposit offset free; with it held (the cell field from the scenario, the
 * whiskers' packing and field distributions): spread 11.6-13.0 +- 1.4-1.8 deg on three seeds, 1.9 +- 254 deg on one,
 * packing 0.046-0.054 +- 0.006-0.008 (0.083 +- 0.25 on that seed) against the forward whiskers' mean 0.053.
     */
    @Test
    void recoversLinePositionsSignalRatioAmountAndOrientation() {
        ComponentSummary foil = truth(ComponentKind.BULK_METAL);
        ComponentSummary whiskers = truth(ComponentKind.WHISKERS);
        double trueRatio = whiskers.integral() / foil.integral();
        double trueMol = whiskers.nucleiMol() / 0.9258;
        for (int i = 0; i < SEEDS; i++) {
            FitResult r = FITS.get(i);
            Map<String, MorphologyReport.Estimate> q = REPORTS.get(i).quantities();
            String where = "seed " + i + ": " + REPORTS.get(i).interpretation();
            assertTrue(r.converged(), where + r.warnings());
            assertTrue(r.reducedChiSquare() < 1.5, where + " reduced chi-square " + r.reducedChiSquare());
            assertEquals(foil.meanShiftPpm(), q.get("foilShiftPpm").value(), 1.5, where);
            assertEquals(whiskers.meanShiftPpm(), q.get("whiskerMeanShiftPpm").value(), 1.5, where);
            double ratio = r.value("whiskerAmount") / r.value("foilAmount");
            assertEquals(trueRatio, ratio, 0.25 * trueRatio, where);
            double seenMol = trueMol * whiskers.visibleFraction();
            assertEquals(seenMol, q.get("whiskerMol").value(), 0.25 * seenMol, where);
            double spread = r.value("whiskerSpreadDeg");
            assertTrue(Math.abs(spread - 12.8) <= 2 * r.stderr("whiskerSpreadDeg"), where);
            System.out.printf(java.util.Locale.ROOT, "forward round trip seed %d: foil %.2f (true %.2f) ppm, whiskers %.2f (true %.2f) ppm,"
                    + " whisker/foil %.3f (true %.3f), whisker mol %.3g (true %.3g), spread %.1f +- %.1f deg (true 12.8), packing %.3f +- %.3f,"
                    + " reduced chi2 %.2f%n", i, q.get("foilShiftPpm").value(), foil.meanShiftPpm(), q.get("whiskerMeanShiftPpm").value(),
                    whiskers.meanShiftPpm(), ratio, trueRatio, q.get("whiskerMol").value(), trueMol, spread, r.stderr("whiskerSpreadDeg"),
                    r.value("whiskerPacking"), r.stderr("whiskerPacking"), r.reducedChiSquare());
        }
    }
}
