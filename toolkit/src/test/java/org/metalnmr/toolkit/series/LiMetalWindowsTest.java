package org.metalnmr.toolkit.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.materials.SusceptibilityValue;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;

/** The physical windows of the li-metal preset against the closed forms of docs/physics.md section 4. */
class LiMetalWindowsTest {

    private static final Material LI = Materials.byName("Li");

    @Test
    void cellBLinesSitAtThePlateAndNeedleClosedForms() {
        LiMetalWindows w = LiMetalWindows.of("Li", "7Li", 0);
        double k = LI.knightShiftPpm("7Li");
        double chiPpm = LI.chi() * 1e6;
        assertEquals(261.0, k, 1e-12, "Knight shift of the material table");
        assertEquals(k - 2 * chiPpm / 3, w.bulkPpm(), 1e-9, "plate, normal along B0: K - 2 chi/3");
        assertEquals(k + chiPpm / 3, w.microPpm(), 1e-9, "needle along B0: K + chi/3");
        assertEquals(chiPpm / 3, w.marginPpm(), 1e-9, "margin |Delta|/3 with Delta = chi");
    }

    @Test
    void separationIsChiTimesP2AndVanishesAtTheMagicAngle() {
        MetalShiftParameters p = MetalShiftParameters.of(LI, "7Li");
        for (double deg : new double[] {0, 20, 40, 70, 90}) {
            LiMetalWindows w = LiMetalWindows.of(p, deg);
            double c = Math.cos(Math.toRadians(deg));
            assertEquals(p.chi() * 1e6 * (3 * c * c - 1) / 2, w.separationPpm(), 1e-9, "P2 separation at " + deg + " deg");
        }
        assertEquals(-p.chi() * 1e6 / 6, LiMetalWindows.of(p, 90).microPpm() - p.knightShiftPpm(), 1e-9, "needle across B0: -chi/6");
        assertThrows(InvalidInputException.class, () -> LiMetalWindows.of(p, Math.toDegrees(Math.acos(1 / Math.sqrt(3)))));
    }

    @Test
    void windowsAreDisjointAndHoldTheLinesForEveryPublishedChi() {
        LiMetalWindows w = LiMetalWindows.of("Li", "7Li", 0);
        double[] b = w.bulkWindow();
        double[] m = w.microWindow();
        assertTrue(b[1] < m[0], "disjoint: the lines cannot swap");
        for (SusceptibilityValue chi : LI.susceptibilities()) {
            LiMetalWindows alt = LiMetalWindows.of(new MetalShiftParameters(LI.knightShiftPpm("7Li"), chi.chi()), 0);
            assertTrue(alt.bulkPpm() > b[0] && alt.bulkPpm() < b[1], "plate line for chi " + chi.chi() + " at " + alt.bulkPpm());
            assertTrue(alt.microPpm() > m[0] && alt.microPpm() < m[1], "needle line for chi " + chi.chi() + " at " + alt.microPpm());
        }
    }
}
