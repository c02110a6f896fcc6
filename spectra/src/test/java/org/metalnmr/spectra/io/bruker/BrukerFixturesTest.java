package org.metalnmr.spectra.io.bruker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.core.spectrum.Spectrum;

/** The zipped Bruker fixtures: 71.zip (1D with processed data) and 72.zip (pseudo-2D ser). */
class BrukerFixturesTest {

    @Test
    void zippedExperimentReadsWithItsStatedFrequencies() {
        List<LabelledSpectrum> read = SpectrumReaders.read(ProjectData.fixture("71.zip"));
        assertEquals(1, read.size());
        assertEquals("71", read.get(0).label());
        Spectrum s = read.get(0).spectrum();
        // procs: SI 16384, SF 77.7843761401367 MHz, OFFSET 6467.549 ppm, SW_p 999999.999999998 Hz
        assertEquals(16384, s.axis().size());
        assertEquals(77.7843761401367e6, s.axis().referenceFrequencyHz(), 1e-3);
        assertEquals(6467.549, s.axis().firstPpm(), 1e-9);
        assertEquals(6467.549 - 16383 * 999999.999999998 / 77.7843761401367 / 16384, s.axis().lastPpm(), 1e-6);
        // acqus: SFO1 77.78745037404 MHz (7Li at 4.7 T), DATE 1646132929
        assertEquals("77.78745037404", s.metadata().get("observeFrequencyMHz"));
        assertEquals("7Li", s.metadata().get("nucleus"));
        assertEquals(1646132929.0, s.acquisitionTimeSeconds().getAsDouble());
        assertTrue(s.metadata().get("source").contains("71.zip!71/pdata/1/1r"));
    }

    @Test
    void zippedExperimentRawFidGivesTheSameAxisAndLine() {
        Spectrum processed = SpectrumReaders.read(ProjectData.fixture("71.zip")).get(0).spectrum();
        Spectrum raw = SpectrumReaders.read(ProjectData.fixture("71.zip"),
                ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW)).get(0).spectrum();
        assertEquals(processed.axis().size(), raw.axis().size());
        // OFFSET printed with 3 decimals in this procs
        assertEquals(processed.axis().firstPpm(), raw.axis().firstPpm(), 5e-4);
        assertEquals(67.96875, Double.parseDouble(raw.metadata().get("groupDelayPoints")));
        double step = Math.abs(raw.axis().stepPpm());
        double pRaw = BrukerRawProcessingTest.linePositionPpm(raw, -200, 200);
        double pProcessed = BrukerRawProcessingTest.linePositionPpm(processed, -200, 200);
        assertEquals(pProcessed, pRaw, step, "line position within one point");
    }

    @Test
    void pseudo2dSerGivesOneSpectrumPerRow() {
        List<LabelledSpectrum> rows = SpectrumReaders.read(ProjectData.fixture("72.zip"));
        // acqu2s TD = 8 rows of acqus TD = 8192 values (4096 complex points)
        assertEquals(8, rows.size());
        for (int r = 0; r < 8; r++) {
            LabelledSpectrum row = rows.get(r);
            assertEquals("72/row" + (r + 1), row.label());
            Spectrum s = row.spectrum();
            assertEquals(4096, s.axis().size());
            // reference SF of pdata/1/procs; carrier SFO1 at point SI/2
            assertEquals(77.7843761401367e6, s.axis().referenceFrequencyHz(), 1e-3);
            double carrierPpm = (77.78306085e6 - 77.7843761401367e6) / 77.7843761401367e6 * 1e6;
            assertEquals(carrierPpm, s.axis().ppm(2048), 1e-9);
            assertEquals(1646132992.0, s.acquisitionTimeSeconds().getAsDouble());
            assertEquals(Integer.toString(r + 1), s.metadata().get("row"));
        }
        assertNotEquals(rows.get(0).spectrum(), rows.get(1).spectrum(), "rows hold different data");
        // the axis from SW_h and SFO1 agrees with the procs of the processed 2D (OFFSET 6411.117 ppm)
        assertEquals(6411.117, rows.get(0).spectrum().axis().firstPpm(), 5e-4);
    }
}
