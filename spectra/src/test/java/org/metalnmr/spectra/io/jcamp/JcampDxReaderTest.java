package org.metalnmr.spectra.io.jcamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.core.spectrum.Spectrum;

/** The JCAMP-DX reader on TopSpin's exports (1h.dx, 13c.jdx) and on small hand-written files. */
class JcampDxReaderTest {

    @TempDir
    Path tmp;

    private static Path resource(String name) {
        try {
            return Path.of(JcampDxReaderTest.class.getResource("/jcamp/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Spectrum only(Path p) {
        List<LabelledSpectrum> l = SpectrumReaders.read(p);
        assertEquals(1, l.size());
        assertEquals(p.getFileName().toString(), l.get(0).label());
        return l.get(0).spectrum();
    }

    /** Position of the largest point of the real part in [lo, hi] ppm, refined by a parabola. */
    private static double peakPpm(Spectrum s, double lo, double hi) {
        int best = -1;
        for (int i = 1; i < s.axis().size() - 1; i++) {
            double p = s.axis().ppm(i);
            if (p >= lo && p <= hi && (best < 0 || s.realAt(i) > s.realAt(best))) {
                best = i;
            }
        }
        double a = s.realAt(best - 1);
        double b = s.realAt(best);
        double c = s.realAt(best + 1);
        return s.axis().ppm(best + 0.5 * (a - c) / (a - 2 * b + c));
    }

    private static double max(Spectrum s) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.axis().size(); i++) {
            m = Math.max(m, s.realAt(i));
        }
        return m;
    }

    private static double min(Spectrum s) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.axis().size(); i++) {
            m = Math.min(m, s.realAt(i));
        }
        return m;
    }

    @Test
    void protonSpectrumReadsWithItsStatedFrequencies() {
        Spectrum s = only(ProjectData.fixture("1h.dx"));
        // NPOINTS 32768; FIRSTX 6410.06078475563 Hz, LASTX 0; .SHIFT REFERENCE point 1 = 13.99587 ppm;
        // Hz -> ppm with $SF = 400.420000900331 MHz (the frequency of 0 ppm)
        assertEquals(32768, s.axis().size());
        assertEquals(13.99587, s.axis().firstPpm(), 1e-12);
        assertEquals(13.99587 - 6410.06078475563 / 400.420000900331, s.axis().lastPpm(), 1e-9);
        assertEquals(400.420000900331e6, s.axis().referenceFrequencyHz(), 1e-3);
        assertEquals("400.4224", s.metadata().get("observeFrequencyMHz"));
        assertEquals("1H", s.metadata().get("nucleus"));
        // decoded ordinates agree with the header: FIRSTY, MAXY, MINY (YFACTOR 1)
        assertEquals(88657, s.realAt(0));
        assertEquals(507213296, max(s));
        assertEquals(-230707, min(s));
        // LONG DATE 2009/01/25 02:13:48+0000 = $DATE 1232849628
        assertEquals(1232849628.0, s.acquisitionTimeSeconds().getAsDouble());
        // residual CHCl3 in CDCl3 at 7.26 ppm (Gottlieb, Kotlyar & Nudelman, J. Org. Chem. 62, 7512
        // (1997), Table 1); tolerance: two points (0.001 ppm each) plus referencing practice 0.01 ppm
        assertEquals(7.26, peakPpm(s, 7.0, 7.5), 0.012);
    }

    @Test
    void carbonSpectrumReadsWithItsStatedFrequencies() {
        Spectrum s = only(ProjectData.fixture("13c.jdx"));
        assertEquals(32768, s.axis().size());
        assertEquals(218.6927, s.axis().firstPpm(), 1e-12);
        assertEquals(218.6927 - 24037.7279428335 / 100.685689, s.axis().lastPpm(), 1e-9);
        assertEquals(100.685689e6, s.axis().referenceFrequencyHz(), 1e-3);
        assertEquals("100.695689", s.metadata().get("observeFrequencyMHz"));
        assertEquals(-16677, s.realAt(0));
        assertEquals(408938548, max(s));
        assertEquals(-1501402, min(s));
        // CDCl3: the 1:1:1 triplet of 13C coupled to 2H. Its splitting tests the Hz scale:
        // J(C,D) = J(C,H) gamma_D/gamma_H = 209 Hz x 0.15351 = 32.1 Hz (J(C,H) of CHCl3 209 Hz);
        // tolerance 1 Hz (peak picking on 0.73 Hz points, and the isotope effect on J)
        double hi = peakPpm(s, 77.2, 77.5);
        double mid = peakPpm(s, 76.9, 77.2);
        double lo = peakPpm(s, 76.5, 76.85);
        double refMHz = s.axis().referenceFrequencyHz() / 1e6;
        assertEquals(32.1, (hi - mid) * refMHz, 1.0);
        assertEquals(32.1, (mid - lo) * refMHz, 1.0);
        // centre at 77.0 ppm: this laboratory referenced CDCl3 to the long-used 77.0 ppm (Gottlieb
        // et al. 1997 give 77.16 against TMS); a wrong Hz->ppm anchor would move it by whole ppm
        assertEquals(77.0, mid, 0.05);
    }

    @Test
    void ntuplesWithRealAndImaginaryPages() {
        Spectrum s = only(resource("ntuples-synthetic.jdx"));
        assertArrayEquals(new double[] {0.5, 0.5, 1, 2, 2, 2, 1.5, 0.5}, s.real());
        assertArrayEquals(new double[] {0, 0.25, -0.25, 0.5, 0, 0, 1, -1}, s.imag());
        // point 8 (0 Hz) at -1.0 ppm, 100 Hz per point at 100 MHz = 1 ppm per point
        assertEquals(6.0, s.axis().firstPpm(), 1e-12);
        assertEquals(-1.0, s.axis().lastPpm(), 1e-12);
        assertEquals(100e6, s.axis().referenceFrequencyHz());
        assertEquals("read", s.metadata().get("imaginary"));
        assertEquals("7Li", s.metadata().get("nucleus"));
    }

    @Test
    void version424AffnWithPpmAbscissa() {
        Spectrum s = only(resource("affn-ppm-424.jdx"));
        assertArrayEquals(new double[] {2, 4, 6, 8, 10}, s.real());
        assertEquals(-1.0, s.axis().firstPpm(), 1e-12);
        assertEquals(1.0, s.axis().lastPpm(), 1e-12);
        assertEquals(116.64e6, s.axis().referenceFrequencyHz(), 1e-6);
    }

    private Path writeVariant(String resource, String from, String to) throws IOException {
        String text = Files.readString(resource(resource));
        assertTrue(text.contains(from), "variant anchor present");
        Path p = tmp.resolve("variant.jdx");
        Files.writeString(p, text.replace(from, to));
        return p;
    }

    @Test
    void missingEndIsATruncation() throws IOException {
        Path p = writeVariant("affn-ppm-424.jdx", "##END=", "");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(p));
        assertTrue(e.getMessage().contains("##END="), e.getMessage());
    }

    @Test
    void fidAndUnknownUnitsAreRefused() throws IOException {
        Path fid = writeVariant("affn-ppm-424.jdx", "NMR SPECTRUM", "NMR FID");
        assertTrue(assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(fid)).getMessage()
                .contains("time domain"));
        Path cm = writeVariant("affn-ppm-424.jdx", "##XUNITS= PPM", "##XUNITS= 1/CM");
        assertTrue(assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(cm)).getMessage()
                .contains("HZ or PPM"));
    }

    @Test
    void ppmFileWithoutFrequencyReadsOnAPpmAxisAndTakesTheOption() throws IOException {
        Path p = writeVariant("affn-ppm-424.jdx", "##.OBSERVE FREQUENCY= 116.64\n", "");
        Spectrum ppmOnly = SpectrumReaders.read(p).get(0).spectrum();
        assertFalse(ppmOnly.axis().hasReferenceFrequency());
        // a quantity in Hz asks for the frequency
        assertTrue(assertThrows(InvalidInputException.class, () -> ppmOnly.axis().spectralWidthHz()).getMessage()
                .contains("--frequency-mhz"));
        Spectrum s = SpectrumReaders.read(p, ReadOptions.DEFAULT.withReferenceFrequencyHz(77.78e6)).get(0).spectrum();
        assertEquals(77.78e6, s.axis().referenceFrequencyHz());
    }

    @Test
    void corruptedDifLineFailsTheYCheck() throws IOException {
        Path p = writeVariant("ntuples-synthetic.jdx", "4D%Tjk", "4E%Tjk");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(p));
        assertTrue(e.getMessage().contains("y-check") && e.getMessage().contains("line 28"), e.getMessage());
    }

    @Test
    void longDateParsing() {
        assertEquals(1232849628.0, JcampDxReader.parseLongDate("2009/01/25 02:13:48+0000").getAsDouble());
        assertEquals(1232849628.0 - 3600, JcampDxReader.parseLongDate("2009/01/25 02:13:48+0100").getAsDouble());
        assertEquals(1232849628.5, JcampDxReader.parseLongDate("2009/01/25 02:13:48.5").getAsDouble());
        assertTrue(JcampDxReader.parseLongDate("yesterday").isEmpty());
    }
}
