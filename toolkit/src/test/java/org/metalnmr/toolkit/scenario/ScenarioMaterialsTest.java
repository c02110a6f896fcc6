package org.metalnmr.toolkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;

/** The {@code materials} block of scenario files (docs/scenario-format.md). */
class ScenarioMaterialsTest {

    private static final String BASE = "{\"cell\": {\"preset\": \"B\"}, \"materials\": %s}";

    private static Scenario parse(String materials) {
        return ScenarioFiles.parse(String.format(BASE, materials), "m.json");
    }

    @Test
    void overridesReachTheMaterialWithTheirSources() {
        Scenario s = parse("{\"Li\": {\"chi\": {\"value\": 3.1e-5, \"source\": \"Trease et al. 2012 fit\"},"
                + " \"knightShiftPpm\": 262, \"resistivityOhmM\": {\"value\": 1.0e-7, \"source\": \"four-point probe\"}},"
                + " \"Cu\": {\"chi\": -9.7e-6}}");
        Material li = s.material("Li");
        assertEquals(3.1e-5, li.chi());
        assertEquals("Trease et al. 2012 fit", li.defaultSusceptibility().source());
        // a bare Knight shift applies to every nucleus of the metal the table has (7Li and 6Li)
        assertEquals(262, li.knightShiftPpm("7Li"));
        assertEquals(262, li.knightShiftPpm("6Li"));
        assertEquals(1.0e-7, li.resistivityOhmM());
        assertEquals(Materials.byName("Li").resistivityTempCoeffPerK(), li.resistivityTempCoeffPerK());
        // a value without a source is attributed to the file and its path
        assertEquals("scenario m.json $.materials.Cu.chi", s.material("Cu").defaultSusceptibility().source());
        assertSame(Materials.byName("Na"), s.material("Na"));
    }

    @Test
    void perNucleusKnightShiftAndRoundTrip() {
        Scenario s = parse("{\"Li\": {\"knightShiftPpm\": {\"7Li\": {\"value\": 260.9, \"source\": \"cal.json\"}}},"
                + " \"steel\": {\"resistivityTempCoeffPerK\": 1e-3}}");
        assertEquals(260.9, s.material("Li").knightShiftPpm("7Li"));
        assertEquals(Materials.byName("Li").knightShiftPpm("6Li"), s.material("Li").knightShiftPpm("6Li"));
        Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(s), "round-trip");
        assertEquals(s, again);
        assertEquals(ScenarioFiles.toJson(s), ScenarioFiles.toJson(again));
    }

    @Test
    void withoutABlockTheTableIsUsed() {
        Scenario s = ScenarioFiles.parse("{\"cell\": {\"preset\": \"A\"}}", "x.json");
        assertTrue(s.materials().isDefault());
        assertSame(Materials.byName("Li"), s.material("Li"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown material|{\"Unobtainium\": {\"chi\": 1e-5}}|$.materials key = 'Unobtainium' is not a known material; known materials: Li",
        "unknown key|{\"Li\": {\"susceptibility\": 1e-5}}|unknown key 'susceptibility' in $.materials.Li; allowed keys: chi, knightShiftPpm",
        "not a number|{\"Li\": {\"chi\": \"big\"}}|$.materials.Li.chi must be a number, got \"big\"",
        "chi out of range|{\"Li\": {\"chi\": 0.5}}|chi of Li must be in [-0.01, 0.01]",
        "negative resistivity|{\"Li\": {\"resistivityOhmM\": -1e-8}}|resistivity of Li at 293 K must be in [1.0E-9, 1.0E20] [Ohm m]",
        "Knight shift too large|{\"Li\": {\"knightShiftPpm\": 1e6}}|Knight shift of 6Li in Li must be in [-50000.0, 50000.0] [ppm]",
        "wrong nucleus|{\"Li\": {\"knightShiftPpm\": {\"23Na\": 1130}}}|nucleus of the Knight shift of Li must be one of an isotope of Li",
        "no table Knight shift|{\"Ti\": {\"knightShiftPpm\": 100}}|give it per nucleus",
        "blank source|{\"Li\": {\"chi\": {\"value\": 1e-5, \"source\": \" \"}}}|$.materials.Li.chi.source: must name where the value comes from",
        "value missing|{\"Li\": {\"chi\": {\"source\": \"x\"}}}|$.materials.Li.chi.value is required",
        "not an object|[1, 2]|$.materials must be an object",
    })
    void invalidBlocksGiveOneClearError(String name, String block, String expected) {
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> parse(block));
        assertTrue(ex.getMessage().startsWith("m.json: "), ex.getMessage());
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
        assertTrue(!ex.getMessage().contains("\n"), "one line");
    }
}
