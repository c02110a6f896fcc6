package org.metalnmr.spectra.fit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.lineshape.PseudoVoigt;

class PeaksModelTest {

    /** Two lines, the smaller on the shoulder of the larger: both are found, numbered by increasing centre. */
    @Test
    void guessFindsAShoulder() {
        int m = 3000;
        double[] ppm = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            ppm[i] = 320 - 0.05 * i; // descending, as Bruker axes are
            y[i] = 10 * new PseudoVoigt(3, 0.5).absorption(ppm[i] - 247) + 3 * new PseudoVoigt(3, 0.5).absorption(ppm[i] - 257);
        }
        PseudoVoigtLinesModel model = PeaksModel.guess(2, ppm, y, 220, 310, false);
        assertEquals(247, model.parameters().get(0).initial(), 1.0);
        assertEquals(257, model.parameters().get(4).initial(), 1.5);
        assertEquals(3, model.parameters().get(1).initial(), 1.5);
        assertEquals(220, model.parameters().get(0).lower(), 0.05);
        assertEquals(310, model.parameters().get(0).upper(), 0.05);
    }

    @Test
    void parsesTheSpecification() {
        assertEquals(3, PeaksModel.parseCount("peaks:3"));
        assertEquals(-1, PeaksModel.parseCount("model.json"));
        assertThrows(InvalidInputException.class, () -> PeaksModel.parseCount("peaks:x"));
        assertThrows(InvalidInputException.class, () -> PeaksModel.parseCount("peaks:0"));
    }
}
