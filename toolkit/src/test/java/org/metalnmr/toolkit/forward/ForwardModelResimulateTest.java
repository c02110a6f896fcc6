package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.joml.Vector3d;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.geometry.deposit.VonMisesFisherOrientation;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * {@link ForwardModel#resimulate}: the spin packets of a changed deposit, isotope or pulse on the fields of an earlier
 * solve. It must equal a full simulation of the changed scenario, and the whisker packets must reach the closed
 * forms of docs/physics.md section 4 in the limits of the two deposit settings the explore page varies: no
 * orientation spread (kappa to infinity: needles along the normal, which is B0 in cell B) and no packing (areal density
 * to 0: isolated needles, shift K + dchi (1/3 - N_par) + the cell's field at the needle's middle). A coarse grid: the
 * fields' accuracy is not under test, only that the packets on kept fields are the forward model's.
 */
class ForwardModelResimulateTest {

    /** Whisker packets (every whisker counts in the packing); the neighbour scatter on 1000 of them, as the explore page. */
    private static final int PACKETS = 2000;
    private static final ForwardModel MODEL = ForwardModel.defaults().withOptions(ForwardModelOptions.defaults()
            .withBmsVoxelSize(3e-4).withRfVoxelsAcrossLayer(0.25).withMaxPacketsPerDeposit(PACKETS)).withScatterSamples(1000);

    private static String text;
    private static ForwardSimulation solved;

    /** The simulations are held in static fields for this class's tests only: released so later test classes get the heap. */
    @AfterAll
    static void releaseSimulations() {
        solved = null;
    }

    @BeforeAll
    static void solveFields() throws IOException {
        try (InputStream in = ForwardModelResimulateTest.class.getResourceAsStream("/org/metalnmr/toolkit/forward/compare-cells.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        solved = MODEL.simulate(cellB(20, 2e10, "7Li", 90));
    }

    /** The built-in compare-cells scenario (cell B) with the whiskers' kappa and areal density [m^-2], isotope, flip. */
    private static Scenario cellB(double kappa, double density, String isotope, int flipDeg) {
        String t = text.replace("\"kappa\": 20", "\"kappa\": " + kappa).replace("\"arealDensity\": 2e10", "\"arealDensity\": " + density)
                .replace("\"nucleus\": \"7Li\"", "\"nucleus\": \"" + isotope + "\"").replace("\"flipAngleDeg\": 90", "\"flipAngleDeg\": " + flipDeg);
        return ScenarioFiles.parse(t, "compare-cells, kappa " + kappa + ", density " + density);
    }

    private static Component whiskers(ForwardSimulation s) {
        return s.components().stream().filter(c -> c.kind() == ComponentKind.WHISKERS).findFirst().orElseThrow();
    }

    private static WhiskerPopulation population(ForwardSimulation s) {
        return (WhiskerPopulation) s.scene().deposits().get(0).deposit();
    }

    @Test
    void packetsOnKeptFieldsEqualAFullSimulationOfTheChangedScenario() {
        Scenario changed = cellB(4, 1e10, "6Li", 30);
        ForwardSimulation full = MODEL.simulate(changed);
        ForwardSimulation rerun = MODEL.resimulate(solved, changed);
        assertEquals(full.components().size(), rerun.components().size());
        // the field solves are deterministic (the same grids, operators and iteration counts), so the packets on the
        // kept fields are the same numbers as those of the new solve, to rounding
        for (int i = 0; i < full.components().size(); i++) {
            Component f = full.components().get(i);
            Component r = rerun.components().get(i);
            assertEquals(f.name(), r.name());
            assertEquals(f.fwhmPpm(), r.fwhmPpm(), 0);
            assertArrayEquals(f.packets().shiftPpm(), r.packets().shiftPpm(), 1e-9, f.name() + " shifts [ppm]");
            double scale = Math.hypot(f.packets().totalWeightRe(), f.packets().totalWeightIm());
            assertArrayEquals(f.packets().weightRe(), r.packets().weightRe(), 1e-12 * scale, f.name() + " weights");
            assertArrayEquals(f.packets().weightIm(), r.packets().weightIm(), 1e-12 * scale, f.name() + " weights");
        }
        assertTrue(rerun.stageSeconds()[0] < 0.05 && rerun.stageSeconds()[1] < 0.05, "no field solve: "
                + java.util.Arrays.toString(rerun.stageSeconds()));
    }

    @Test
    void foilAndLinesAreKeptWhenOnlyTheDepositChangesAndRecomputedForAnotherIsotope() {
        ForwardSimulation sameIsotope = MODEL.resimulate(solved, cellB(200, 2e10, "7Li", 90));
        assertSame(solved.components().get(0), sameIsotope.components().get(0));
        for (int i = 0; i < solved.components().size(); i++) {
            if (solved.components().get(i).kind() == ComponentKind.NON_METAL) {
                assertSame(solved.components().get(i), sameIsotope.components().get(i), "the lines are kept too");
            }
        }
        ForwardSimulation otherIsotope = MODEL.resimulate(solved, cellB(20, 2e10, "6Li", 90));
        assertEquals(ComponentKind.BULK_METAL, otherIsotope.components().get(0).kind());
        assertTrue(otherIsotope.components().get(0) != solved.components().get(0));
    }

    @Test
    void aScenarioWithOtherFieldsIsRefused() {
        Scenario b = cellB(20, 2e10, "7Li", 90);
        Scenario a = ForwardModelTest.inCellA(b);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MODEL.resimulate(solved, a));
        assertTrue(e.getMessage().contains("cell"), e.getMessage());
        Scenario sodium = new Scenario(b.cell(), b.coil(), b.extraParts(), b.deposits(), "23Na", b.b0Tesla(), b.temperatureK(),
                b.acquisition(), b.lines(), b.materials());
        assertThrows(InvalidInputException.class, () -> MODEL.resimulate(solved, sodium));
    }

    /**
     * The isolated needle of docs/physics.md section 4: K + dchi (1/3 - N_zz) + the cell's own field at its middle, dchi
     * the contrast to the host there, N_zz of a cylinder along its axis direction (its lab factor).
     */
    private static double[] isolatedNeedleShifts(ForwardSimulation s, int stride, int count) {
        WhiskerPopulation w = population(s);
        MetalShiftParameters li = MetalShiftParameters.of(s.scenario().material("Li"), Nuclei.bySymbol("7Li").symbol());
        double[] r = w.radii();
        double[] len = w.lengths();
        double[] out = new double[count];
        Vector3d base = new Vector3d();
        Vector3d dir = new Vector3d();
        for (int c = 0; c < count; c++) {
            int i = c * stride;
            double[] b = w.bases();
            base.set(b[3 * i], b[3 * i + 1], b[3 * i + 2]);
            w.direction(i, dir);
            Vector3d mid = new Vector3d(dir).mul(len[i] / 2).add(base);
            DemagnetizingFactors needle = new CylinderDemagnetization(2 * r[i], len[i]).factors();
            double nzz = needle.nxx() * (1 - dir.z * dir.z) + needle.nzz() * dir.z * dir.z;
            out[c] = li.knightShiftPpm() + s.bmsField().particleShiftPpm(mid, li.chi(), nzz);
        }
        return out;
    }

    @Test
    void withoutSpreadAndPackingEachWhiskerIsTheIsolatedNeedleAlongB0() {
        // 1 whisker per mm^2 (about 50 on the electrode, face packing 3e-6) and kappa 1e6 (mean tilt 0.06 degrees)
        ForwardSimulation s = MODEL.resimulate(solved, cellB(1e6, 1e6, "7Li", 90));
        double[] shifts = whiskers(s).packets().shiftPpm();
        assertTrue(shifts.length > 20 && shifts.length == population(s).count(), Integer.toString(shifts.length));
        double[] expected = isolatedNeedleShifts(s, 1, shifts.length);
        // what is left: the packed-layer term (p ~ 3e-6: 1e-4 ppm), the scatter from neighbours a mm away (they lie outside
        // the cut-off of two lengths) and the tilt (sin^2 ~ 1e-6 of dchi (N_perp - N_par) ~ 12 ppm)
        assertArrayEquals(expected, shifts, 1e-3);
        for (double x : shifts) {
            // needles along B0 in cell B: near K + chi/3 = 269 ppm (docs/physics.md section 4), give or take the cell's field
            assertTrue(x > 255 && x < 285, Double.toString(x));
        }
    }

    @Test
    void packingPullsNeedlesAlongB0DownInProportionToTheDensity() {
        // aligned whiskers (kappa 1e6) at 5 000, 10 000 and 20 000 per mm^2: what the neighbours add to each whisker's
        // isolated shift is the packed-layer term <p>_i dchi (N_par - N_s,zz) (layer across B0: N_s,zz = 1) plus the
        // scatter about the mean; its mean is negative, above -dchi p0 (the whisker sees at most the face packing p0), and
        // linear in the density (the packing is)
        double dchi = 0;
        double[] meanExtra = new double[3];
        double[] density = {5e9, 1e10, 2e10};
        for (int k = 0; k < 3; k++) {
            ForwardSimulation s = MODEL.resimulate(solved, cellB(1e6, density[k], "7Li", 90));
            WhiskerPopulation w = population(s);
            int total = (int) w.count();
            int stride = Math.max(1, (int) Math.ceil((double) total / PACKETS));
            double[] shifts = whiskers(s).packets().shiftPpm();
            double[] iso = isolatedNeedleShifts(s, stride, shifts.length);
            for (int c = 0; c < shifts.length; c++) {
                meanExtra[k] += (shifts[c] - iso[c]) / shifts.length;
            }
            double r = 1e-6;
            double p0 = density[k] * Math.PI * (r * r + 0.09 * r * r);
            MetalShiftParameters li = MetalShiftParameters.of(s.scenario().material("Li"), "7Li");
            Vector3d mid = new Vector3d(w.site().normal()).mul(25e-6).add(w.site().centre());
            dchi = li.chi() - s.bmsField().hostChi(mid);
            assertTrue(meanExtra[k] < 0 && meanExtra[k] > -1e6 * dchi * p0, "density " + density[k] + ": " + meanExtra[k]
                    + " ppm, bound " + (-1e6 * dchi * p0));
        }
        assertEquals(2, meanExtra[1] / meanExtra[0], 0.2, "10 000 against 5 000 per mm^2");
        assertEquals(2, meanExtra[2] / meanExtra[1], 0.2, "20 000 against 10 000 per mm^2");
    }

    @Test
    void spreadMovesIsolatedNeedlesAlongB0DownAsSinSquaredOfTheirTilt() {
        // isolated needles (1 per mm^2 would leave ~50; 100 per mm^2 gives ~5000, face packing 3e-4): tilting a needle by
        // theta from B0 changes its N_zz by (N_perp - N_par) sin^2 theta, so the mean shift moves by
        // -dchi <(N_perp - N_par)> <sin^2 theta> with <sin^2 theta> = 1 - <cos^2 theta> of the von Mises-Fisher law, 2/kappa
        // for large kappa
        double aligned = meanShift(MODEL.resimulate(solved, cellB(1e6, 1e8, "7Li", 90)));
        for (double kappa : new double[] {30, 300}) {
            ForwardSimulation s = MODEL.resimulate(solved, cellB(kappa, 1e8, "7Li", 90));
            WhiskerPopulation w = population(s);
            MetalShiftParameters li = MetalShiftParameters.of(s.scenario().material("Li"), "7Li");
            Vector3d mid = new Vector3d(w.site().normal()).mul(25e-6).add(w.site().centre());
            double dchi = li.chi() - s.bmsField().hostChi(mid);
            double anisotropy = 0;
            double[] r = w.radii();
            double[] len = w.lengths();
            for (int i = 0; i < r.length; i++) {
                DemagnetizingFactors f = new CylinderDemagnetization(2 * r[i], len[i]).factors();
                anisotropy += (f.nxx() - f.nzz()) / r.length;
            }
            double sin2 = 1 - new VonMisesFisherOrientation(kappa).meanCosineSquared();
            double predicted = -1e6 * dchi * anisotropy * sin2;
            double moved = meanShift(s) - aligned;
            // 10 %: the RF weights of the mean and the cell's field at the tilted needles' middles differ a little
            assertEquals(predicted, moved, 0.1 * Math.abs(predicted), "kappa " + kappa);
        }
    }

    private static double meanShift(ForwardSimulation s) {
        double[] x = whiskers(s).packets().shiftPpm();
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        return m;
    }
}
