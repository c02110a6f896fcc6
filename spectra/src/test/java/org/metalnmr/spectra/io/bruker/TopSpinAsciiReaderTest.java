package org.metalnmr.spectra.io.bruker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReaders;

/**
 * TopSpin's text export {@code ascii-spec.txt} of the operando experiments gives the spectrum of
 * its own {@code 1r} with {@code procs}: same axis, same reference frequency, same intensities to
 * the export's rounding.
 */
class TopSpinAsciiReaderTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 301, 599})
    void exportEqualsTheProcessedSpectrumWithinItsRounding(int expno) {
        Path exp = ProjectData.operandoExperiment(expno);
        Spectrum ascii = SpectrumReaders.read(exp.resolve("pdata/1/ascii-spec.txt")).get(0).spectrum();
        Spectrum processed = SpectrumReaders.read(exp).get(0).spectrum();
        assertEquals(processed.axis().size(), ascii.axis().size());
        // procs gives OFFSET to 4 decimals (half-unit 5e-5 ppm) and the export ppm to 6 decimals
        assertEquals(processed.axis().firstPpm(), ascii.axis().firstPpm(), 5e-5);
        assertEquals(processed.axis().lastPpm(), ascii.axis().lastPpm(), 5e-5);
        // SF from the slope of 8192 (Hz, ppm) pairs printed to 1e-4 Hz and 1e-6 ppm: a relative error of order 1e-9
        assertEquals(processed.axis().referenceFrequencyHz(), ascii.axis().referenceFrequencyHz(),
                1e-7 * processed.axis().referenceFrequencyHz());
        // the export writes the intensity 1r x 2^NC_proc rounded to an integer: at most half a unit off
        double worst = 0;
        for (int i = 0; i < ascii.axis().size(); i++) {
            worst = Math.max(worst, Math.abs(ascii.realAt(i) - processed.realAt(i)));
        }
        assertTrue(worst <= 0.5, "largest difference " + worst);
        assertEquals(String.valueOf(expno), SpectrumReaders.read(exp.resolve("pdata/1/ascii-spec.txt")).get(0).label());
        assertEquals("7Li jana cell", ascii.metadata().get("title"));
    }
}
