package org.metalnmr.core.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

/** An axis known in ppm only works in ppm and asks for the frequency when Hz are needed. */
class SpectralAxisTest {

    @Test
    void aPpmOnlyAxisWorksInPpmAndRefusesHz() {
        SpectralAxis a = SpectralAxis.ppmOnly(101, 300, 200);
        assertFalse(a.hasReferenceFrequency());
        assertEquals(-1.0, a.stepPpm(), 1e-12);
        assertEquals(250.0, a.ppm(50), 1e-12);
        assertEquals(SpectralAxis.ppmOnly(101, 300, 200), a);
        String m = assertThrows(InvalidInputException.class, a::referenceFrequencyHz).getMessage();
        assertTrue(m.contains("--frequency-mhz"), m);
        assertThrows(InvalidInputException.class, a::spectralWidthHz);
        // given the frequency, Hz follow: 100 ppm x 101/100 points at 116.64 MHz
        SpectralAxis b = a.withReferenceFrequencyHz(116.64e6);
        assertTrue(b.hasReferenceFrequency());
        assertEquals(100e-6 * 116.64e6 * 101 / 100, b.spectralWidthHz(), 1e-6);
    }

    @Test
    void shiftingMovesEveryPointAndKeepsTheRest() {
        SpectralAxis a = new SpectralAxis(11, 10, 0, 100e6).shiftedBy(-2.5);
        assertEquals(7.5, a.firstPpm(), 1e-12);
        assertEquals(-2.5, a.lastPpm(), 1e-12);
        assertEquals(100e6, a.referenceFrequencyHz());
        assertThrows(InvalidInputException.class, () -> new SpectralAxis(11, 10, 0, -1));
    }
}
