package org.metalnmr.core.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;

/** The radix-2 FFT against the defining sum, its inverse and Parseval's theorem. */
class FastFourierTransformTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 64, 256})
    void matchesTheDefiningSum(int n) {
        Random rnd = new Random(42 + n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = rnd.nextGaussian();
            im[i] = rnd.nextGaussian();
        }
        double[] fr = re.clone();
        double[] fi = im.clone();
        FastFourierTransform.forward(fr, fi);
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * ((long) j * k % n) / n;
                sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
            // rounding of O(n) terms of size ~1: a few ulps times n
            assertEquals(sr, fr[k], 1e-12 * n);
            assertEquals(si, fi[k], 1e-12 * n);
        }
    }

    @Test
    void inverseUndoesForwardAndParsevalHolds() {
        int n = 4096;
        Random rnd = new Random(7);
        double[] re = new double[n];
        double[] im = new double[n];
        double energy = 0;
        for (int i = 0; i < n; i++) {
            re[i] = rnd.nextGaussian();
            im[i] = rnd.nextGaussian();
            energy += re[i] * re[i] + im[i] * im[i];
        }
        double[] fr = re.clone();
        double[] fi = im.clone();
        FastFourierTransform.forward(fr, fi);
        double spectral = 0;
        for (int k = 0; k < n; k++) {
            spectral += fr[k] * fr[k] + fi[k] * fi[k];
        }
        assertEquals(energy, spectral / n, 1e-10 * energy);
        FastFourierTransform.inverse(fr, fi);
        for (int i = 0; i < n; i++) {
            assertEquals(re[i], fr[i], 1e-12);
            assertEquals(im[i], fi[i], 1e-12);
        }
    }

    @Test
    void positiveFrequencyToneLandsInBinM() {
        int n = 128;
        int m = 13;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = Math.cos(2 * Math.PI * m * j / n);
            im[j] = Math.sin(2 * Math.PI * m * j / n);
        }
        FastFourierTransform.forward(re, im);
        assertEquals(n, re[m], 1e-10);
        assertEquals(0, re[n - m], 1e-10);
    }

    @Test
    void refusesLengthsThatAreNotPowersOfTwo() {
        assertThrows(InvalidInputException.class, () -> FastFourierTransform.forward(new double[6], new double[6]));
        assertThrows(InvalidInputException.class, () -> FastFourierTransform.forward(new double[8], new double[4]));
    }
}
