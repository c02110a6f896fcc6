package org.metalnmr.spectra.io.jcamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The ASDF forms of JCAMP-DX 4.24 (McDonald &amp; Wilks 1988, Appl. Spectrosc. 42, 151, Table III):
 * one ordinate sequence written in every form must decode to the same numbers.
 */
class XyDataDecoderTest {

    /** The ordinates 2 3 3 2 1 0 -1 -2 -3 at abscissae 1..9. */
    private static final double[] Y = {2, 3, 3, 2, 1, 0, -1, -2, -3};

    private static double[] decode(String lines, int n) {
        return XyDataDecoder.decode("(X++(Y..Y))\n" + lines, 10, "test", 1, 1, n);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1 2 3 3 2 1 0 -1 -2 -3", // AFFN
        "1,2,3,3,2,1,0,-1,-2,-3", // AFFN with commas
        "1+2+3+3+2+1+0-1-2-3", // PAC
        "1BCCBA@abc", // SQZ
        "1BJ%jjjjjj", // DIF
        "1BJ%jX", // DIF + DUP (j repeated 6 times in all)
        "1BCTBA@abc", // SQZ + DUP of a value
    })
    void everyFormDecodesToTheSameOrdinates(String line) {
        assertArrayEquals(Y, decode(line, 9));
    }

    @Test
    void multiDigitValuesAndDifferences() {
        // A123 = +1123, j05 = -105, DIF from 1123: 1018; K = +2 -> 1020
        assertArrayEquals(new double[] {1123, 1018, 1020}, decode("1A123j05K", 3));
    }

    @Test
    void affnExponentsAreNumbersNotSqzDigits() {
        assertArrayEquals(new double[] {1500, 0.025}, decode("1 1.5E3 2.5e-2", 2));
    }

    @Test
    void difYCheckValueIsVerifiedAndDropped() {
        // line 1 ends in DIF form, so line 2 repeats its last ordinate (0 at x = 6)
        String lines = "1BJ%jjj\n6@jjj";
        assertArrayEquals(Y, decode(lines, 9));
    }

    @Test
    void failedYCheckIsRefusedWithItsLine() {
        String lines = "1BJ%jjj\n6Ajjj"; // repeats 1 where the line before ended with 0
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> decode(lines, 9));
        assertTrue(e.getMessage().contains("line 12") && e.getMessage().contains("y-check"), e.getMessage());
    }

    @Test
    void missingPointsAreCaughtByTheXCheck() {
        // the second line claims to start at x = 8 where point index 6 (x = 7) was expected
        String lines = "1BCCBA@\n8bc";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> decode(lines, 8));
        assertTrue(e.getMessage().contains("abscissa"), e.getMessage());
    }

    @Test
    void fewerPointsThanNpointsIsATruncation() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> decode("1BCCBA@", 9));
        assertTrue(e.getMessage().contains("6 points") && e.getMessage().contains("9 points"), e.getMessage());
    }

    @Test
    void morePointsThanNpointsIsRefused() {
        assertThrows(InvalidInputException.class, () -> decode("1BCCBA@abc", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1B?C", "1Jx", "1B#C", "1S"})
    void malformedLinesAreRefused(String line) {
        assertThrows(InvalidInputException.class, () -> decode(line, 2));
    }

    @Test
    void descendingAbscissaWithFactor() {
        // x in file units from 5 down to 1 (DELTAX -1)
        double[] y = XyDataDecoder.decode("(X++(Y..Y))\n5ABC\n2DE", 1, "t", 5, -1, 5);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, y);
    }
}
