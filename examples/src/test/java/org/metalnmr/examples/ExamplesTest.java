package org.metalnmr.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Smoke tests: every example runs from its {@code main} and writes its figure (SVG and PNG). The
 * forward-model examples run with {@code --quick} (coarse grids, a few seconds per simulation); the
 * figures in docs/figures/examples are rendered without it. Where an example prints a number that
 * physics fixes whatever the grid, the test checks it too.
 */
class ExamplesTest {

    @TempDir
    Path dir;

    @Test
    void skinDepthCalculatorPrintsTheTableAndDrawsBothPanels() throws Exception {
        String out = ExampleSmokeTest.run(SkinDepthCalculator::main, dir.resolve("skin.svg"), false,
                "7Li in Li", "6Li in Li", "63Cu in Cu", "against temperature");
        // d = sqrt(rho / (pi mu0 mu_r f)): 7Li in Li at 400 MHz (1H), 293 K is 12.3 um (docs/physics.md sect. 3: 12.31)
        assertTrue(out.contains("7Li      Li       155.47"), out);
        assertTrue(out.contains("12.30"), out);
    }

    @Test
    void turningLithiumStripFitsTheTreaseSeries() throws Exception {
        String out = ExampleSmokeTest.run(TurningLithiumStrip::main, dir.resolve("strip.svg"), true,
                "Trease", "voxel solve of the strip", "BMS shift");
        // the linear fit of 272/265/252/242 ppm at 0/30/45/90 deg: K = 261.0 ppm, chi = 30.7e-6 (docs/physics.md: about 31e-6)
        assertTrue(out.contains("K = 261.0"), out);
        assertTrue(out.contains("chi = 30.7"), out);
    }

    @Test
    void cellAVersusCellBDrawsBothCells() throws Exception {
        String out = ExampleSmokeTest.run(CellAVersusCellB::main, dir.resolve("cells.svg"), true,
                "cell A (electrode along B0, across B1)", "cell B (electrode across B0, along B1)");
        assertTrue(out.contains("metal signal, cell B / cell A"), out);
    }

    @Test
    void growingDendritesFitsTheSeries() throws Exception {
        String out = ExampleSmokeTest.run(GrowingDendrites::main, dir.resolve("grow.svg"), true,
                "whiskers, true", "peaks:1 on difference spectra", "peaks:2 on the spectra");
        // the table, the two quality summaries of the series engine (one per backward chain), the mAh line and the file line
        assertEquals(GrowingDendrites.QUICK_SPECTRA + 5, out.lines().count(), out);
        assertEquals(2, out.lines().filter(l -> l.contains("with reduced chi-square > 2")).count(), out);
    }

    @Test
    void deadLithiumQuantificationQuantifiesEveryDeposit() throws Exception {
        String out = ExampleSmokeTest.run(DeadLithiumQuantification::main, dir.resolve("dead.svg"), true,
                "recovered = true", "Li foil, 100 um thick", "closed form");
        // the electrolyte calibration: 7Li is 92.58 % of Li, and the line is fully excited at the coil centre
        assertTrue(out.contains("calibration 0.9258 mol"), out);
        assertEquals(DeadLithiumQuantification.RADII.length * DeadLithiumQuantification.AMOUNTS_MAH.length,
                out.lines().filter(l -> l.startsWith("dead-r")).count(), out);
    }

    @Test
    void cellDesignRanksEveryOption() throws Exception {
        String out = ExampleSmokeTest.run(CellDesign::main, dir.resolve("design.svg"), true,
                "Separation of the foil and dendrite lines", "cell B, 7Li");
        int options = 2 * CellDesign.ISOTOPES.size() * CellDesign.MAGNETS_MHZ.length;
        assertTrue(out.contains(String.format("%4d  ", options)), out);
        // closed forms: cell B separates foil and needles by chi = 24.1 ppm, cell A by chi/2
        assertTrue(out.contains("24.1") && out.contains("12.1"), out);
    }

    @Test
    void unknownOptionIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SkinDepthCalculator.main(new String[] {"--fast"}));
        assertTrue(e.getMessage().contains("--fast"), e.getMessage());
    }
}
