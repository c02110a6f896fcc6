package org.metalnmr.spectra.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.bruker.BrukerReader;
import org.metalnmr.spectra.io.jcamp.JcampDxReader;
import org.metalnmr.spectra.io.text.TextColumnsReader;

/** Format detection and series reading through the facade. */
class SpectrumReadersTest {

    @TempDir
    Path tmp;

    @Test
    void operandoSeriesReadsInExperimentOrderWithIncreasingTimes() {
        List<LabelledSpectrum> series = SpectrumReaders.read(ProjectData.operando());
        assertEquals(300, series.size());
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 300; k++) {
            LabelledSpectrum ls = series.get(k);
            assertEquals(Integer.toString(2 * k + 1), ls.label(), "numeric order, not 1, 101, 103, ...");
            double t = ls.spectrum().acquisitionTimeSeconds().getAsDouble();
            assertTrue(t > previous, "acquisition times increase");
            previous = t;
        }
        // 600 spectra of ~293 s each over 48.7 h; the odd ones span ~48.6 h
        double hours = (previous - series.get(0).spectrum().acquisitionTimeSeconds().getAsDouble()) / 3600;
        assertEquals(48.7, hours, 0.3);
    }

    @Test
    void detection() throws IOException {
        assertInstanceOf(BrukerReader.class, SpectrumReaders.readerFor(ProjectData.operando()));
        assertInstanceOf(BrukerReader.class, SpectrumReaders.readerFor(ProjectData.operandoExperiment(1)));
        assertInstanceOf(BrukerReader.class, SpectrumReaders.readerFor(ProjectData.fixture("71.zip")));
        assertInstanceOf(JcampDxReader.class, SpectrumReaders.readerFor(ProjectData.fixture("1h.dx")));
        assertInstanceOf(JcampDxReader.class, SpectrumReaders.readerFor(ProjectData.fixture("13c.jdx")));
        Path jcampNoExtension = ProjectData.copy(ProjectData.fixture("1h.dx"), tmp.resolve("spectrum.data"));
        assertInstanceOf(JcampDxReader.class, SpectrumReaders.readerFor(jcampNoExtension));
        Path csv = tmp.resolve("s.csv");
        Files.writeString(csv, "1,2\n2,3\n");
        assertInstanceOf(TextColumnsReader.class, SpectrumReaders.readerFor(csv));
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        String m = assertThrows(InvalidInputException.class, () -> SpectrumReaders.read(empty)).getMessage();
        assertTrue(m.contains("empty") && m.contains("expected"), m);
    }

    @Test
    void filesAndProcessingFoldersInsideAnExperimentReadTheExperiment() {
        Path exp = ProjectData.operandoExperiment(301);
        var whole = SpectrumReaders.read(exp).get(0);
        assertEquals(whole, SpectrumReaders.read(exp.resolve("pdata/1/1r")).get(0));
        assertEquals(whole, SpectrumReaders.read(exp.resolve("pdata/1")).get(0));
        assertEquals(whole, SpectrumReaders.read(exp.resolve("acqus")).get(0));
    }

    @Test
    void zipOfASeriesSkipsResourceForksAndSortsNumerically() throws IOException {
        Path zip = tmp.resolve("series.zip");
        Map<String, Integer> folders = Map.of("run/2", 1, "run/10", 3, "run/9", 5);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : folders.entrySet()) {
                Path src = ProjectData.operandoExperiment(e.getValue());
                for (String f : List.of("acqus", "pdata/1/procs", "pdata/1/1r", "pdata/1/1i")) {
                    put(z, e.getKey() + "/" + f, Files.readAllBytes(src.resolve(f)));
                    put(z, "__MACOSX/" + e.getKey() + "/._" + f.substring(f.lastIndexOf('/') + 1), new byte[] {0, 5});
                }
            }
            put(z, "run/._junk", new byte[] {1});
        }
        List<LabelledSpectrum> read = SpectrumReaders.read(zip);
        assertEquals(List.of("2", "9", "10"), read.stream().map(LabelledSpectrum::label).toList());
        assertSameData(read.get(1), ProjectData.operandoExperiment(5));
    }

    /** The spectrum of a zipped experiment equals the folder's apart from its source metadata. */
    private static void assertSameData(LabelledSpectrum zipped, Path folder) {
        var f = SpectrumReaders.read(folder).get(0).spectrum();
        var z = zipped.spectrum();
        assertEquals(f.axis(), z.axis());
        assertTrue(java.util.Arrays.equals(f.real(), z.real()) && java.util.Arrays.equals(f.imag(), z.imag()));
        assertEquals(f.acquisitionTimeSeconds(), z.acquisitionTimeSeconds());
    }

    private static void put(ZipOutputStream z, String name, byte[] data) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        OutputStream o = z;
        o.write(data);
        z.closeEntry();
    }

    @Test
    void readAllKeepsOrderAndMakesLabelsUnique() {
        Path exp = ProjectData.operandoExperiment(1);
        List<LabelledSpectrum> all = SpectrumReaders.readAll(List.of(exp, exp, ProjectData.fixture("1h.dx")),
                ReadOptions.DEFAULT);
        assertEquals(List.of("1", "1#2", "1h.dx"), all.stream().map(LabelledSpectrum::label).toList());
    }
}
