package org.metalnmr.core.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;

class MaterialsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Li", "Na", "Mg", "Al", "K", "Cu", "Zn", "Ti", "steel", "PEEK", "electrolyte", "sulfide-electrolyte", "air"})
    void everyMaterialIsResolvableAndSourced(String name) {
        Material m = Materials.byName(name);
        assertEquals(name, m.name());
        assertFalse(m.resistivitySource().isBlank());
        assertFalse(m.muRSource().isBlank());
        assertFalse(m.defaultSusceptibility().source().isBlank());
    }

    @Test
    void lithiumKeepsItsThreeSusceptibilitiesAndDefaultsToTheBatteryNmrValue() {
        Material li = Materials.byName("Li");
        assertEquals(3, li.susceptibilities().size());
        assertEquals(2.41e-5, li.chi(), 1e-12);
        // the handbook value converted: 4 pi 14.2e-6 / 13.02 = 1.37e-5 (docs/physics.md section 4)
        double converted = 4 * Math.PI * 14.2e-6 / (6.94 / 0.534);
        assertEquals(converted, li.susceptibilities().get(1).chi(), 0.01e-5);
    }

    @Test
    void susceptibilityIsNotMuRMinusOne() {
        // the trap of docs/physics.md section 4: mu_r - 1 is the CGS molar value x 1e-6, not SI chi
        Material li = Materials.byName("Li");
        assertTrue(Math.abs((li.muR() - 1) - li.chi()) > 5e-6);
    }

    @Test
    void alkaliMetalsAreParamagneticAndCopperDiamagnetic() {
        assertTrue(Materials.byName("Li").chi() > 0);
        assertTrue(Materials.byName("Na").chi() > 0);
        assertTrue(Materials.byName("Cu").chi() < 0);
        assertTrue(Materials.byName("Na").chi() < Materials.byName("Li").chi());
    }

    @Test
    void lithiumAtomDensity() {
        // 534 kg/m^3 / 6.94e-3 kg/mol * N_A = 4.63e28 m^-3
        assertEquals(4.634e28, Materials.byName("Li").atomNumberDensity(), 0.01e28);
    }

    @Test
    void resistivityIsLinearInTemperature() {
        Material li = Materials.byName("Li");
        assertEquals(9.28e-8, li.resistivity(293), 1e-20);
        // CRC: 9.53e-8 at 300 K; the linear law is within 0.5 %
        assertEquals(9.53e-8, li.resistivity(300), 0.005 * 9.53e-8);
        assertThrows(InvalidInputException.class, () -> li.resistivity(1000));
    }

    @Test
    void knightShiftOfLithium() {
        assertEquals(261.0, Materials.byName("Li").knightShiftPpm("7Li"), 1e-12);
        assertThrows(InvalidInputException.class, () -> Materials.byName("Li").knightShiftPpm("23Na"));
    }

    @Test
    void unknownMaterialNamesTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Materials.byName("Unobtainium"));
        assertTrue(e.getMessage().contains("Unobtainium") && e.getMessage().contains("Li"));
    }
}
