package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.hipparchus.special.Erf;
import org.metalnmr.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class FaddeevaTest {

    /** Relative accuracy stated in the Faddeeva Javadoc, checked on the reference grid. */
    @Test
    void matchesReferenceValues() throws IOException {
        double[] w = new double[2];
        double worst = 0;
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/lineshape/faddeeva-reference.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("x")) {
                    continue;
                }
                String[] f = line.split(",");
                double x = Double.parseDouble(f[0]);
                double y = Double.parseDouble(f[1]);
                double re = Double.parseDouble(f[2]);
                double im = Double.parseDouble(f[3]);
                Faddeeva.w(x, y, w);
                double err = Math.hypot(w[0] - re, w[1] - im) / Math.hypot(re, im);
                worst = Math.max(worst, err);
                n++;
            }
        }
        assertTrue(n > 200);
        assertTrue(worst < 5e-13, "worst relative error " + worst);
    }

    /** w(0) = 1; on the imaginary axis w(iy) = exp(y^2) erfc(y) (A&S 7.1.3), real. */
    @Test
    void closedForms() {
        double[] w = new double[2];
        Faddeeva.w(0, 0, w);
        assertEquals(1.0, w[0], 1e-13);
        assertEquals(0.0, w[1], 1e-15);
        for (double y : new double[] {0.1, 1, 3}) {
            Faddeeva.w(0, y, w);
            double expected = Math.exp(y * y) * Erf.erfc(y);
            assertEquals(expected, w[0], 1e-13 * expected);
            assertEquals(0.0, w[1], 1e-15);
        }
    }

    @Test
    void refusesLowerHalfPlane() {
        assertThrows(InvalidInputException.class, () -> Faddeeva.w(1, -0.1, new double[2]));
    }
}
