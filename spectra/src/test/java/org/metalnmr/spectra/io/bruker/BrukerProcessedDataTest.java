package org.metalnmr.spectra.io.bruker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * The {@code 1r} + {@code procs} reader against TopSpin's own text export {@code ascii-spec.txt}
 * of the operando data (columns: index, intensity, Hz, ppm).
 */
class BrukerProcessedDataTest {

    /**
     * TopSpin prints intensities rounded to integers: the reader (stored value x 2^NC_proc) must
     * agree to half a unit.
     */
    private static final double INTENSITY_TOLERANCE = 0.5;

    /**
     * procs prints OFFSET with 4 decimals (rounding up to 5e-5 ppm) while TopSpin exports from its
     * unrounded value; nothing finer can be asked of a reader of procs.
     */
    private static final double PPM_TOLERANCE = 5e-5;

    @ParameterizedTest
    @ValueSource(ints = {1, 301, 599})
    void processedSpectrumMatchesTopSpinExportPointForPoint(int expno) throws IOException {
        Path dir = ProjectData.operandoExperiment(expno);
        List<LabelledSpectrum> read = SpectrumReaders.read(dir);
        assertEquals(1, read.size());
        assertEquals(Integer.toString(expno), read.get(0).label());
        Spectrum s = read.get(0).spectrum();
        List<String> lines = Files.readAllLines(dir.resolve("pdata/1/ascii-spec.txt"));
        int n = lines.size() - 1; // first line is the title
        assertEquals(n, s.axis().size());
        double step = s.axis().stepPpm();
        double sfMHz = s.axis().referenceFrequencyHz() / 1e6;
        double worstPpm = 0;
        double worstIntensity = 0;
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(i + 1, Integer.parseInt(f[0].strip()));
            double intensity = Double.parseDouble(f[1]);
            double hz = Double.parseDouble(f[2]);
            double ppm = Double.parseDouble(f[3]);
            // TopSpin's export labels bin centres: half a point below the sample positions (OFFSET at point 0)
            worstPpm = Math.max(worstPpm, Math.abs(s.axis().ppm(i) + step / 2 - ppm));
            worstIntensity = Math.max(worstIntensity, Math.abs(s.realAt(i) - intensity));
            assertEquals(ppm * sfMHz, hz, 1e-3, "Hz column = ppm x SF at point " + (i + 1));
        }
        assertTrue(worstPpm <= PPM_TOLERANCE, "worst ppm difference " + worstPpm);
        assertTrue(worstIntensity <= INTENSITY_TOLERANCE, "worst intensity difference " + worstIntensity);
        assertEquals("Bruker processed (1r/1i + procs)", s.metadata().get("format"));
        assertEquals("7Li", s.metadata().get("nucleus"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 301, 599})
    void carrierSitsAtPointSiOverTwo(int expno) {
        // consistency of the procs axis with the acquisition: OFFSET - (SI/2) step = (SFO1 - SF)/SF
        Path dir = ProjectData.operandoExperiment(expno);
        Spectrum s = SpectrumReaders.read(dir).get(0).spectrum();
        double sfo1 = Double.parseDouble(s.metadata().get("observeFrequencyMHz")) * 1e6;
        double sf = s.axis().referenceFrequencyHz();
        double carrierPpm = (sfo1 - sf) / sf * 1e6;
        // tolerance: OFFSET rounding in procs (5e-5 ppm)
        assertEquals(carrierPpm, s.axis().ppm(s.axis().size() / 2), 5e-5);
    }
}
