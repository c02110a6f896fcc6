package org.metalnmr.spectra.io.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.core.spectrum.Spectrum;

/** Text columns: delimiters, headers, comments, axis direction and spacing, reference frequency. */
class TextColumnsReaderTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final ReadOptions WITH_FREQ = ReadOptions.DEFAULT.withReferenceFrequencyHz(116.64e6);

    @ParameterizedTest
    @ValueSource(strings = {
        "3.0,1.5,0.5\n2.0,2.5,-0.5\n1.0,3.5,0\n",
        "3.0\t1.5\t0.5\n2.0\t2.5\t-0.5\n1.0\t3.5\t0\n",
        "3.0;1.5;0.5\n2.0;2.5;-0.5\n1.0;3.5;0\n",
        "3,0;1,5;0,5\n2,0;2,5;-0,5\n1,0;3,5;0\n",
        "  3.0   1.5  0.5\n2.0 2.5 -0.5\r\n1.0 3.5 0e0\n",
        "# exported spectrum\n% another comment\nppm,real,imag\n3.0,1.5,0.5\n\n2.0,2.5,-0.5\n1.0,3.5,0\n",
        "My title line\nppm real imag\n! comment\n3.0 1.5 0.5\n2.0 2.5 -0.5\n1.0 3.5 0\n",
    })
    void delimitersHeadersAndCommentsAreDetected(String text) throws IOException {
        Spectrum s = SpectrumReaders.read(write("s.csv", text), WITH_FREQ).get(0).spectrum();
        assertArrayEquals(new double[] {1.5, 2.5, 3.5}, s.real());
        assertArrayEquals(new double[] {0.5, -0.5, 0}, s.imag());
        assertEquals(3.0, s.axis().firstPpm());
        assertEquals(1.0, s.axis().lastPpm());
    }

    @Test
    void ascendingAxisTwoColumnsAndFrequencyFromAComment() throws IOException {
        Spectrum s = SpectrumReaders.read(write("a.txt", "# frequency = 116.64 MHz\n-1 10\n0 20\n1 30\n")).get(0).spectrum();
        assertEquals(-1.0, s.axis().firstPpm());
        assertEquals(1.0, s.axis().lastPpm());
        assertArrayEquals(new double[3], s.imag());
        assertEquals(116.64e6, s.axis().referenceFrequencyHz(), 1e-6);
        Spectrum hz = SpectrumReaders.read(write("b.txt", "# SF: 77784376 Hz\n-1 10\n0 20\n1 30\n")).get(0).spectrum();
        assertEquals(77784376, hz.axis().referenceFrequencyHz());
    }

    @Test
    void headerNamesPickColumnsOfWiderFiles() throws IOException {
        Spectrum s = SpectrumReaders.read(write("w.csv", "index,imag,real,ppm\n1,0.1,5,2\n2,0.2,6,1\n3,0.3,7,0\n"),
                WITH_FREQ).get(0).spectrum();
        assertArrayEquals(new double[] {5, 6, 7}, s.real());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, s.imag());
        assertEquals(2.0, s.axis().firstPpm());
    }

    @Test
    void clearErrors() throws IOException {
        String m = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(
                write("n.csv", "1,2\n2,3\n3\n"), WITH_FREQ)).getMessage();
        assertTrue(m.contains("line 3") && m.contains("1 columns") && m.contains("2 columns"), m);
        m = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(
                write("x.csv", "1,2\n2,3\n3,abc\n"), WITH_FREQ)).getMessage();
        assertTrue(m.contains("line 3") && m.contains("abc"), m);
        m = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(
                write("m.csv", "1,2\n2,3\n1.5,4\n"), WITH_FREQ)).getMessage();
        assertTrue(m.contains("strictly"), m);
        m = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(
                write("c.csv", "1,2,3,4\n2,3,4,5\n"), WITH_FREQ)).getMessage();
        assertTrue(m.contains("4 columns"), m);
        assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(write("e.csv", ""), WITH_FREQ));
    }

    @Test
    void nonUniformAxisIsRefusedOrResampled() throws IOException {
        Path p = write("u.csv", "0,0\n1,1\n2.5,2.5\n3,3\n4,4\n");
        String m = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(p, WITH_FREQ)).getMessage();
        assertTrue(m.contains("non-uniform") && m.contains("row 3"), m);
        Spectrum s = SpectrumReaders.read(p, WITH_FREQ.withTextSpacing(ReadOptions.TextSpacing.RESAMPLE)).get(0)
                .spectrum();
        // y = ppm is linear: interpolation is exact
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, s.real(), 1e-12);
        assertEquals("true", s.metadata().get("resampled"));
        // printed with limited digits but uniform within 5% of a step: accepted as it is
        Spectrum r = SpectrumReaders.read(write("r.csv", "0,0\n0.333,1\n0.667,2\n1,3\n"), WITH_FREQ).get(0).spectrum();
        assertEquals("false", r.metadata().get("resampled"));
    }

    @Test
    void resamplingConvergesAtSecondOrder() {
        // jittered axis sampling sin(x): the interpolation error must fall ~4x per halving of the step
        double previous = Double.NaN;
        for (int n : new int[] {41, 81, 161, 321}) {
            double[] x = new double[n];
            double[] y = new double[n];
            double h = 2.0 / (n - 1);
            for (int i = 0; i < n; i++) {
                x[i] = i * h + (i > 0 && i < n - 1 ? 0.3 * h * Math.sin(7.0 * i) : 0);
                y[i] = Math.sin(3 * x[i]);
            }
            double[] r = TextColumnsReader.resample(x, y);
            double err = 0;
            for (int i = 0; i < n; i++) {
                err = Math.max(err, Math.abs(r[i] - Math.sin(3 * i * h)));
            }
            if (!Double.isNaN(previous)) {
                double order = Math.log(previous / err) / Math.log(2);
                assertEquals(2.0, order, 0.3, "observed order at n = " + n);
            }
            previous = err;
        }
    }
}
