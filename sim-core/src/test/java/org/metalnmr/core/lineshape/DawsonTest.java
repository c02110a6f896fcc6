package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DawsonTest {

    /** Abramowitz & Stegun Table 7.5 (10 decimals): F(0.5), F(1), F(2); maximum F(0.9241388730) = 0.5410442246. */
    @Test
    void tabulatedValues() {
        assertEquals(0.4244363835, Dawson.value(0.5), 1e-10);
        assertEquals(0.5380795069, Dawson.value(1.0), 1e-10);
        assertEquals(0.3013403889, Dawson.value(2.0), 1e-10);
        assertEquals(0.5410442246, Dawson.value(0.9241388730), 1e-10);
        assertEquals(-0.5380795069, Dawson.value(-1.0), 1e-10);
    }

    /** The table against the Faddeeva function it was built from, between nodes and beyond the table. */
    @Test
    void interpolationErrorIsBelowOneInTenToTheEleven() {
        double[] w = new double[2];
        double worst = 0;
        for (double x = 0.0013; x < 60; x += 0.01731) {
            Faddeeva.w(x, 0, w);
            double exact = 0.5 * Math.sqrt(Math.PI) * w[1];
            worst = Math.max(worst, Math.abs(Dawson.value(x) - exact));
        }
        assertEquals(0.0, worst, 1e-11);
    }

    @Test
    void gaussianTableMatchesExp() {
        double worst = 0;
        for (double x = -55; x < 55; x += 0.01731) {
            worst = Math.max(worst, Math.abs(Dawson.gaussian(x) - Math.exp(-x * x)));
        }
        assertEquals(0.0, worst, 1e-11);
    }
}
