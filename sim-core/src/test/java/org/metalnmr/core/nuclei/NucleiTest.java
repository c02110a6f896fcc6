package org.metalnmr.core.nuclei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class NucleiTest {

    /** docs/physics.md section 6: spin, abundance %, receptivity relative to 1H. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "6Li, 1.0, 7.42, 6.31e-4",
        "7Li, 1.5, 92.58, 0.27",
        "23Na, 1.5, 100, 9.25e-2",
        "25Mg, 2.5, 10.13, 2.71e-4",
        "27Al, 2.5, 100, 0.21",
        "39K, 1.5, 93.1, 4.73e-4",
        "41K, 1.5, 6.88, 5.78e-6",
        "67Zn, 2.5, 4.11, 1.17e-4",
    })
    void domainTableIsResolvable(String symbol, double spin, double abundance, double receptivity) {
        Nucleus n = Nuclei.bySymbol(symbol);
        assertEquals(spin, n.spin());
        assertEquals(abundance, n.naturalAbundancePercent(), 1e-9);
        assertEquals(receptivity, n.receptivityRelativeTo1H(), 1e-12);
        assertFalse(n.source().isBlank());
    }

    @Test
    void unknownNucleusNamesTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nuclei.bySymbol("99Xx"));
        assertTrue(e.getMessage().contains("99Xx"));
        assertTrue(e.getMessage().contains("7Li"));
    }
}
