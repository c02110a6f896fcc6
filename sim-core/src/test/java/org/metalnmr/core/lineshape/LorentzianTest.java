package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class LorentzianTest extends LineshapeContractTest {

    @Override
    List<Lineshape> lineshapes() {
        return List.of(new Lorentzian(1.0), new Lorentzian(0.37));
    }

    @Override
    Lineshape withParameters(double[] params) {
        return new Lorentzian(params[0]);
    }

    /** 2/(1/T2 + i 2 pi f): the T2 form, by hand. */
    @Test
    void matchesTheT2Form() {
        double t2 = 2e-3;
        Lorentzian l = Lorentzian.fromT2(t2);
        assertEquals(1 / (Math.PI * t2), l.fwhm(), 1e-12);
        double f = 37.0;
        double a = 1 / t2;
        double b = 2 * Math.PI * f;
        assertEquals(2 * a / (a * a + b * b), l.absorption(f), 1e-15);
        assertEquals(-2 * b / (a * a + b * b), l.dispersion(f), 1e-15);
    }

    @Test
    void refusesZeroWidth() {
        assertThrows(InvalidInputException.class, () -> new Lorentzian(0));
    }
}
