package org.metalnmr.spectra.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.processing.PhaseCorrection;
import org.metalnmr.spectra.processing.ProcessingParameters;
import org.metalnmr.spectra.processing.ProcessingRecord;
import org.metalnmr.spectra.processing.ProcessingStep;
import org.metalnmr.spectra.processing.SpectrumCorrections;

/** What was read and every step made are recorded; choices that do not apply are refused by name. */
class ReadProcessedTest {

    private static final ReadOptions RAW = ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW);

    static List<String> names(ProcessingRecord r) {
        return r.steps().stream().map(ProcessingStep::name).toList();
    }

    @Test
    void rawDataRecordEveryTimeDomainStep() {
        Path exp = ProjectData.operandoExperiment(301);
        ProcessingRecord r = SpectrumReaders.readProcessed(exp, RAW.withCorrections(
                SpectrumCorrections.NONE.withPhase(PhaseCorrection.automaticZeroOrder(0)))).get(0).record();
        assertEquals("fid", r.dataUsed());
        assertEquals(1, r.procno());
        assertEquals(List.of("read", "dc-offset", "truncate", "apodization", "zero-fill", "fourier-transform", "phase"), names(r));
        // LB, SI and TDeff from procs (LB 50 Hz, SI 8192, TDeff 4096 values = 2048 complex points)
        assertEquals(50.0, r.steps().get(3).parameters().get("lineBroadeningHz"));
        assertEquals(8192, r.steps().get(4).parameters().get("points"));
        assertEquals(2048, r.steps().get(2).parameters().get("timePointsKept"));
        assertEquals("auto0", r.steps().get(6).parameters().get("mode"));
    }

    @Test
    void processedDataRecordTopSpinsProcessing() {
        ProcessingRecord r = SpectrumReaders.readProcessed(ProjectData.operandoExperiment(1), ReadOptions.DEFAULT).get(0).record();
        assertEquals("1r", r.dataUsed());
        assertEquals(List.of("read", "phase"), names(r));
        assertTrue(((String) r.steps().get(0).parameters().get("topspinProcessing")).contains("PHC0 130.773"));
        assertEquals(116.684586269531e6, r.referenceFrequencyHz(), 1e-3);
    }

    @Test
    void timeDomainProcessingOfProcessedDataIsRefused() {
        ReadOptions lb = ReadOptions.DEFAULT.withProcessing(ProcessingParameters.DEFAULT.withLineBroadeningHz(10));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SpectrumReaders.read(ProjectData.operandoExperiment(1), lb));
        assertTrue(e.getMessage().contains("--source raw"), e.getMessage());
        // with the raw data it is done
        Spectrum s = SpectrumReaders.read(ProjectData.operandoExperiment(1), lb.withBrukerSource(ReadOptions.BrukerSource.RAW))
                .get(0).spectrum();
        assertEquals("10.0", s.metadata().get("lineBroadeningHz"));
    }

    @Test
    void aTextSpectrumOnAPpmAxisReadsWithoutAFrequency(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "ppm,intensity\n3,1\n2,5\n1,2\n0,1\n");
        ProcessedSpectrum p = SpectrumReaders.readProcessed(file, ReadOptions.DEFAULT).get(0);
        assertFalse(p.spectrum().spectrum().axis().hasReferenceFrequency());
        assertNull(p.record().referenceFrequencyHz());
        assertEquals(-1.0, p.spectrum().spectrum().axis().stepPpm());
        // what needs Hz says so, and names the option
        String m = assertThrows(InvalidInputException.class, () -> p.spectrum().spectrum().axis().spectralWidthHz()).getMessage();
        assertTrue(m.contains("--frequency-mhz"), m);
        // the frequency can be given
        Spectrum s = SpectrumReaders.read(file, ReadOptions.DEFAULT.withReferenceFrequencyHz(116.64e6)).get(0).spectrum();
        assertEquals(116.64e6, s.axis().referenceFrequencyHz());
    }
}
