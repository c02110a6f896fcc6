package org.metalnmr.rf.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.units.FieldConversions;

class SkinDepthTest {

    /** All 24 published skin depths within 0.3 % (the table rounds to 4 figures: 0.04-0.1 %). */
    @ParameterizedTest(name = "{0} in {1} at {2} MHz: {3} um")
    @CsvFileSource(resources = "/skin-depth/published-skin-depths.csv", numLinesToSkip = 0)
    void reproducesPublishedTable(String nucleus, String metal, double protonMhz, double publishedUm) {
        double f = FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol(nucleus), protonMhz * 1e6);
        double d = SkinDepth.skinDepth(Materials.byName(metal), f, 293.0);
        assertEquals(publishedUm, d * 1e6, 0.003 * publishedUm, nucleus + " in " + metal);
    }

    @Test
    void byHandForLithiumAt155MHz() {
        // d = sqrt(rho / (pi mu0 f)) with rho = 9.28e-8, f = 155.47 MHz: 12.30 um by hand
        double d = SkinDepth.skinDepth(9.28e-8, 1.0, 155.47e6);
        assertEquals(Math.sqrt(9.28e-8 / (Math.PI * PhysicalConstants.MU0 * 155.47e6)), d, 1e-18);
        assertEquals(12.30e-6, d, 0.01e-6);
    }

    @Test
    void scalesAsInverseSquareRootOfFrequency() {
        double d1 = SkinDepth.skinDepth(1e-7, 1, 1e8);
        double d4 = SkinDepth.skinDepth(1e-7, 1, 4e8);
        assertEquals(2.0, d1 / d4, 1e-12);
    }

    @Test
    void growsWithTemperature() {
        Material li = Materials.byName("Li");
        double d293 = SkinDepth.skinDepth(li, 1.9e8, 293);
        double d323 = SkinDepth.skinDepth(li, 1.9e8, 323);
        assertTrue(d323 > d293);
        assertEquals(Math.sqrt(1 + li.resistivityTempCoeffPerK() * 30), d323 / d293, 1e-12);
    }

    @Test
    void sixLithiumIsAbout1point6TimesDeeperThanSeven() {
        double f6 = FieldConversions.larmorFrequency(Nuclei.bySymbol("6Li"), 11.7);
        double f7 = FieldConversions.larmorFrequency(Nuclei.bySymbol("7Li"), 11.7);
        Material li = Materials.byName("Li");
        double ratio = SkinDepth.skinDepth(li, f6, 293) / SkinDepth.skinDepth(li, f7, 293);
        assertEquals(Math.sqrt(Nuclei.bySymbol("7Li").gyromagneticRatio() / Nuclei.bySymbol("6Li").gyromagneticRatio()), ratio, 1e-12);
        assertEquals(1.625, ratio, 0.005);
    }

    @Test
    void rejectsNonPositiveInput() {
        assertThrows(InvalidInputException.class, () -> SkinDepth.skinDepth(-1, 1, 1e8));
        assertThrows(InvalidInputException.class, () -> SkinDepth.skinDepth(1e-7, 1, 0));
        assertThrows(InvalidInputException.class, () -> SkinDepth.skinDepth(1e-7, Double.NaN, 1e8));
        assertThrows(InvalidInputException.class, () -> Materials.byName("Li").resistivity(-5));
    }
}
