package org.metalnmr.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.nuclei.Nuclei;

class FieldConversionsTest {

    @Test
    void protonFrequencyAndFieldAreInverse() {
        for (double mhz : new double[] {100, 300, 400, 500, 600, 800, 1200}) {
            double b0 = FieldConversions.b0FromProtonFrequency(mhz * 1e6);
            assertEquals(mhz * 1e6, FieldConversions.protonFrequency(b0), 1e-6);
        }
    }

    @Test
    void fourHundredMegahertzIsNinePointFourTesla() {
        // 2 pi 400e6 / 2.67522128e8 = 9.39464 T
        assertEquals(9.39464, FieldConversions.b0FromProtonFrequency(400e6), 1e-5);
    }

    @Test
    void lithiumFrequenciesMatchTheCellsOfDomainSection2() {
        // 500 MHz magnet: 7Li at 194.4 MHz (docs/physics.md section 2); 300 MHz: 116.6 MHz (operando data, acqus SFO1 116.64)
        assertEquals(194.4e6, FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol("7Li"), 500e6), 0.1e6);
        assertEquals(116.64e6, FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol("7Li"), 300.13e6), 0.05e6);
    }

    @Test
    void larmorRatioIsGyromagneticRatio() {
        double b0 = 7.05;
        double r = FieldConversions.larmorFrequency(Nuclei.bySymbol("23Na"), b0) / FieldConversions.protonFrequency(b0);
        assertEquals(7.0808493 / 26.7522128, r, 1e-12);
    }

    @Test
    void negativeMagnesiumGammaGivesPositiveFrequency() {
        assertEquals(1.63887e7 * 9.4 / (2 * Math.PI), FieldConversions.larmorFrequency(Nuclei.bySymbol("25Mg"), 9.4), 1e-3);
    }

    @Test
    void rejectsNonPositiveFields() {
        assertThrows(InvalidInputException.class, () -> FieldConversions.b0FromProtonFrequency(-1));
        assertThrows(InvalidInputException.class, () -> FieldConversions.protonFrequency(0));
        assertThrows(InvalidInputException.class, () -> FieldConversions.protonFrequency(Double.NaN));
    }
}
