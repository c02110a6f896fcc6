package org.metalnmr.core.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class MaterialTableTest {

    private static final SourcedValue TREASE_CHI = new SourcedValue(3.1e-5, "Trease et al. 2012 fit");

    @Test
    void withoutOverridesEveryMaterialIsTheTables() {
        for (String name : Materials.all().keySet()) {
            assertSame(Materials.byName(name), MaterialTable.defaults().material(name));
        }
    }

    @Test
    void chiOverrideBecomesTheDefaultAndKeepsThePublishedValuesListed() {
        MaterialTable t = MaterialTable.of(List.of(new MaterialOverride("Li", TREASE_CHI, Map.of(), null, null)));
        Material li = t.material("Li");
        assertEquals(3.1e-5, li.chi());
        assertEquals("Trease et al. 2012 fit", li.defaultSusceptibility().source());
        assertEquals(Materials.byName("Li").susceptibilities().size() + 1, li.susceptibilities().size());
        // nothing else changes
        assertEquals(Materials.byName("Li").knightShifts(), li.knightShifts());
        assertEquals(Materials.byName("Li").resistivityOhmM(), li.resistivityOhmM());
        assertSame(Materials.byName("Na"), t.material("Na"));
    }

    @Test
    void resistivityOverrideKeepsTheTablesTemperatureCoefficient() {
        MaterialOverride o = new MaterialOverride("Li", null, Map.of(), new SourcedValue(1.0e-7, "four-point probe"), null);
        Material li = MaterialTable.of(List.of(o)).material("Li");
        double alpha = Materials.byName("Li").resistivityTempCoeffPerK();
        // rho(T) = rho_293 (1 + alpha (T - 293 K)) with the new rho_293 and the table's alpha
        assertEquals(1.0e-7 * (1 + alpha * 30), li.resistivity(323), 1e-20);
        assertTrue(li.resistivitySource().contains("four-point probe"));
    }

    @Test
    void knightShiftOverrideIsPerNucleus() {
        MaterialOverride o = new MaterialOverride("Li", null, Map.of("7Li", new SourcedValue(262.5, "calibration.json")), null, null);
        Material li = MaterialTable.of(List.of(o)).material("Li");
        assertEquals(262.5, li.knightShiftPpm("7Li"));
        assertEquals(Materials.byName("Li").knightShiftPpm("6Li"), li.knightShiftPpm("6Li"));
        assertTrue(li.knightShiftSource().contains("7Li: calibration.json"));
    }

    @Test
    void laterOverridesReplaceOnlyTheValuesTheyGive() {
        MaterialOverride first = new MaterialOverride("Li", TREASE_CHI, Map.of(), new SourcedValue(1e-7, "a"), null);
        MaterialOverride second = new MaterialOverride("Li", new SourcedValue(2.0e-5, "b"), Map.of(), null, null);
        Material li = MaterialTable.of(List.of(first)).then(MaterialTable.of(List.of(second))).material("Li");
        assertEquals(2.0e-5, li.chi());
        assertEquals(1e-7, li.resistivityOhmM());
    }

    @Test
    void outOfRangeAndUnknownValuesAreRefusedWithWhatIsAllowed() {
        var e = assertThrows(InvalidInputException.class,
                () -> new MaterialOverride("Li", new SourcedValue(0.5, "x"), Map.of(), null, null));
        assertTrue(e.getMessage().contains("chi of Li") && e.getMessage().contains("0.01"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new MaterialOverride("Unobtainium", null, Map.of(), null, null));
        var n = assertThrows(InvalidInputException.class,
                () -> new MaterialOverride("Li", null, Map.of("23Na", new SourcedValue(1130, "x")), null, null));
        assertTrue(n.getMessage().contains("an isotope of Li"), n.getMessage());
        assertThrows(InvalidInputException.class,
                () -> new MaterialOverride("Li", null, Map.of(), new SourcedValue(-1e-8, "x"), null));
        assertThrows(InvalidInputException.class,
                () -> new MaterialOverride("Li", null, Map.of(), null, new SourcedValue(0.5, "x")));
        assertThrows(InvalidInputException.class, () -> new SourcedValue(Double.NaN, "x"));
        assertThrows(InvalidInputException.class, () -> new SourcedValue(1, " "));
    }
}
