package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * The forward model against the facts of docs/physics.md sections 2-4, with nothing typed in by hand for
 * positions: the default materials (Li: K = 261 ppm, chi = 24.1e-6) and the cell presets. A coarser BMS
 * grid in the electrode plane (120 um; the through-thickness voxel stays at a quarter of the foil) and
 * 2e4 whisker packets keep the test fast; the RF grid stays at its default, one voxel across the 100 um foil with
 * its faces on voxel boundaries (docs/rf-solvers.md, "Grid convergence of the forward model's cells"; on the former
 * unaligned 150 um grid the foil's staircase was up to 300 um thick and its rim signal inflated).
 */
class ForwardModelTest {

    private static final ForwardModel COARSE = ForwardModel.defaults()
            .withOptions(ForwardModelOptions.defaults().withBmsVoxelSize(120e-6).withMaxPacketsPerDeposit(20_000));

    private static SimulationReport cellA;
    private static SimulationReport cellB;

    static Scenario whiskersInCellB() throws IOException {
        try (InputStream in = ForwardModelTest.class.getResourceAsStream("/org/metalnmr/toolkit/forward/compare-cells.json")) {
            return ScenarioFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "compare-cells.json");
        }
    }

    static Scenario inCellA(Scenario b) {
        return new Scenario(CellParameters.defaults(CellPreset.A).withStack(b.cell().stack()), b.coil(), b.extraParts(),
                b.deposits(), b.nucleus(), b.b0Tesla(), b.temperatureK(), b.acquisition(), b.lines());
    }

    /** The simulations are held in static fields for this class's tests only: released so later test classes get the heap. */
    @AfterAll
    static void releaseSimulations() {
        cellA = null;
        cellB = null;
    }

    @BeforeAll
    static void simulate() throws IOException {
        Scenario b = whiskersInCellB();
        cellB = SimulationReport.of(COARSE.simulate(b));
        cellA = SimulationReport.of(COARSE.simulate(inCellA(b)));
    }

    private static ComponentSummary named(SimulationReport r, String name) {
        return r.summaries().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static ComponentSummary component(SimulationReport r, ComponentKind kind) {
        return r.summaries().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static boolean hasPeakNear(List<SpectrumPeak> peaks, double lo, double hi) {
        return peaks.stream().anyMatch(p -> p.shiftPpm() >= lo && p.shiftPpm() <= hi);
    }

    @Test
    void cellBFoilSitsNear245AndWhiskersNear270To278AsSeparatePeaks() {
        // docs/physics.md sect. 2: counter electrode at 245 ppm, dendrites at about 275 (278) ppm, easy to tell apart
        assertEquals(245.0, component(cellB, ComponentKind.BULK_METAL).meanShiftPpm(), 3.0);
        double whiskers = component(cellB, ComponentKind.WHISKERS).meanShiftPpm();
        assertTrue(whiskers >= 268 && whiskers <= 280, "whiskers at " + whiskers);
        assertTrue(hasPeakNear(cellB.peaks(), 242, 248), "foil peak: " + cellB.peaks());
        assertTrue(hasPeakNear(cellB.peaks(), 268, 280), "whisker peak: " + cellB.peaks());
    }

    @Test
    void cellAFoilSitsBetween260And280() {
        // docs/physics.md sect. 2: the counter electrode of cell A appears at about 260-280 ppm
        double foil = component(cellA, ComponentKind.BULK_METAL).meanShiftPpm();
        assertTrue(foil >= 260 && foil <= 280, "cell A foil at " + foil);
    }

    @Test
    void cellBMetalSignalIsStrongerThanCellA() {
        double a = cellA.summaries().stream().filter(c -> c.kind() != ComponentKind.NON_METAL).mapToDouble(ComponentSummary::integral).sum();
        double b = cellB.summaries().stream().filter(c -> c.kind() != ComponentKind.NON_METAL).mapToDouble(ComponentSummary::integral).sum();
        assertTrue(b > 2 * a, "cell B " + b + " vs cell A " + a);
    }

    @Test
    void thickFoilIsSeenThroughItsSkinLayerAndThinWhiskersWhole() {
        // the 100 um foil: visible fraction of order d / t (d = 11.4 um at 50 C); phase lag 45 degrees in the
        // small-flip limit (Bloembergen), more after the scenario's 90 degree pulse: K(pi/2) of SkinLayerFlip has a
        // 53 degree lag, and faces with |h_t| near 1 dominate
        ComponentSummary foil = component(cellB, ComponentKind.BULK_METAL);
        assertTrue(foil.visibleFraction() < 0.15 && foil.visibleFraction() > 0.01, "foil visible fraction " + foil.visibleFraction());
        assertTrue(foil.phaseDeg() > 44 && foil.phaseDeg() < 60, "foil phase lag " + foil.phaseDeg());
        // 1 um whiskers in cell B, where B1 runs along the faces: fully seen (|h| near 1 at the face), no phase
        ComponentSummary whiskers = component(cellB, ComponentKind.WHISKERS);
        assertEquals(1.0, whiskers.visibleFraction(), 0.25);
        assertEquals(0.0, whiskers.phaseDeg(), 1.0);
    }

    @Test
    void whiskerIntegralScalesLinearlyWithAmount() throws IOException {
        // fully penetrated deposits: signal proportional to metal volume (docs/physics.md sect. 3)
        Scenario one = whiskersInCellB();
        String json = ScenarioFiles.toJson(one).replace("\"arealDensity\" : 2.0E10", "\"arealDensity\" : 4.0E10");
        Scenario two = ScenarioFiles.parse(json, "doubled");
        ComponentSummary w1 = component(cellB, ComponentKind.WHISKERS);
        ComponentSummary w2 = component(SimulationReport.of(COARSE.simulate(two)), ComponentKind.WHISKERS);
        assertEquals(2.0, w2.nucleiMol() / w1.nucleiMol(), 0.05, "the generator doubled the metal");
        // integral per nucleus is the same (within the sampling noise of 2e4 of 1e6 whiskers, ~1 %)
        assertEquals(w1.visibleFraction(), w2.visibleFraction(), 0.03 * w1.visibleFraction());
    }

    @Test
    void chargeEquivalentOfTheWhiskers() {
        ComponentSummary w = component(cellB, ComponentKind.WHISKERS);
        // Faraday: 1 mAh = 37.31 umol of Li; the component's nuclei are 92.58 % of its atoms (7Li)
        assertEquals(w.nucleiMol() / 0.9258 / 37.31e-6, w.chargeMah(), 0.001 * w.chargeMah());
    }

    @Test
    void compositeClusterLineIsSeenInCellBAndHardlyInCellA() {
        // docs/physics.md section 2 (JPS 2025): cell B shows the composite's cluster lines clearly. In cell B the RF runs
        // along the plates and through the insulating gap between them (|h_perp| near 1); in cell A it is normal to
        // the plates, which screen the composite between them
        ComponentSummary a = named(cellA, "Li-clusters");
        ComponentSummary b = named(cellB, "Li-clusters");
        assertTrue(b.integral() >= 5 * a.integral(), "cell B " + b.integral() + " vs cell A " + a.integral());
        // a fully excited species weighs its nuclei times b sin(theta0 b) of the coil (b within a few % of 1 over 8 mm)
        assertEquals(1.0, b.visibleFraction(), 0.3);
        // the unplaced electrolyte line keeps its meaning: fully excited at the coil centre, in both cells
        assertEquals(1.0, named(cellA, "Li6PS5Cl").visibleFraction(), 1e-9);
        assertEquals(1.0, named(cellB, "Li6PS5Cl").visibleFraction(), 1e-9);
    }

    @Test
    void metalLinesHaveTheKorringaWidthOfLithiumAt50C() {
        // 1/(pi T2), T2 = T1 = 44 s K / T (Anderson & Redfield 1959): 2.34 Hz at 323.15 K, in ppm of 194.4 MHz
        double larmor = cellB.simulation().larmorHz();
        for (Component c : cellB.simulation().components()) {
            if (c.kind() != ComponentKind.NON_METAL) {
                assertEquals(323.15 / (Math.PI * 44) / larmor * 1e6, c.fwhmPpm(), 1e-9, c.name());
            }
        }
    }

    @Test
    void gridThatDoesNotFitIsRefusedBeforeAllocating() {
        ForwardModel huge = ForwardModel.defaults().withOptions(ForwardModelOptions.defaults().withBmsVoxelSize(2e-7));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> huge.simulate(whiskersInCellB()));
        assertTrue(e.getMessage().contains("MiB") || e.getMessage().contains("fit"), e.getMessage());
    }

    /**
     * docs/scenario-format.md: an acquisition {@code snr} adds white Gaussian noise of standard deviation (tallest point
     * of the real part) / snr to each part, seeded: the same seed gives the same spectrum, another seed other noise. The
     * noise is read back from the difference of two seeds (variance 2 sigma^2) over the 8192 points.
     */
    @Test
    void acquisitionSnrAddsSeededNoiseOfTheStatedSize() {
        ForwardSimulation clean = cellB.simulation();
        double[] noiseless = clean.synthesize().spectrum().real();
        double peak = java.util.Arrays.stream(noiseless).max().orElseThrow();
        double[][] noisy = new double[3][];
        long[] seeds = {7, 7, 8};
        for (int k = 0; k < 3; k++) {
            Scenario s = clean.scenario();
            var a = s.acquisition();
            var acq = new org.metalnmr.toolkit.scenario.SinglePulseExperiment(a.flipAngleDeg(), a.spectralWidthHz(), a.points(),
                    a.lineBroadeningHz(), a.carrierPpm(), a.phase0Deg(), a.phase1Deg(), 200, seeds[k]);
            Scenario withNoise = new Scenario(s.cell(), s.coil(), s.extraParts(), s.deposits(), s.nucleus(), s.b0Tesla(),
                    s.temperatureK(), acq, s.lines(), s.materials());
            noisy[k] = new ForwardSimulation(withNoise, clean.scene(), clean.larmorHz(), clean.components(), clean.bmsField(),
                    clean.rfField(), clean.stageSeconds()).synthesize().spectrum().real();
        }
        assertTrue(java.util.Arrays.equals(noisy[0], noisy[1]), "same seed, same spectrum");
        double sum2 = 0;
        for (int j = 0; j < noisy[0].length; j++) {
            double d = noisy[0][j] - noisy[2][j];
            sum2 += d * d;
        }
        double sigma = Math.sqrt(sum2 / (2.0 * noisy[0].length));
        // sigma is set by the noiseless spectrum's tallest point (SpectrumSynthesizer); the relative standard deviation of
        // the estimate is 1/sqrt(2 x 8192) = 0.55 %, so 3 % is 5 standard deviations
        assertEquals(peak / 200, sigma, 0.03 * peak / 200);
    }

    /**
     * The forward model's numbers at the test grid, frozen (ARCHITECTURE.md: change a frozen value only with a written
     * reason): every component's integral, weighted mean shift and phase in both cells. A change of physics or numerics
     * that moves them must update the fixture with {@code -Dregression.update="the reason"} (RegressionFixture).
     */
    @Test
    void frozenForwardModelValuesChangeOnlyWithAWrittenReason() {
        java.util.Map<String, Double> values = new java.util.TreeMap<>();
        for (var cell : java.util.Map.of("cellA", cellA, "cellB", cellB).entrySet()) {
            for (ComponentSummary c : cell.getValue().summaries()) {
                String key = cell.getKey() + "." + c.name() + ".";
                values.put(key + "integralMol", c.integral());
                values.put(key + "meanShiftPpm", c.meanShiftPpm());
                values.put(key + "phaseDeg", c.phaseDeg());
            }
        }
        RegressionFixture.check("org/metalnmr/toolkit/forward/forward-model-regression.json", values, 1e-9, 1e-12);
    }
}
