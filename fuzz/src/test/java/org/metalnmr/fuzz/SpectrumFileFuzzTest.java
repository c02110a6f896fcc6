package org.metalnmr.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.spectra.io.bruker.BrukerParameters;

/**
 * Fuzz targets of the spectrum readers: text columns, JCAMP-DX, Bruker parameter files, whole Bruker experiments
 * (acqus, fid, procs, 1r/1i) and zip archives. Seeds (under {@code src/test/resources/.../<Class>Inputs/<method>/})
 * are cut from the real data in {@code data/}; every finding is kept there as a regression input.
 */
class SpectrumFileFuzzTest {

    private static final ReadOptions RAW = ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW);

    @FuzzTest(maxDuration = "10m")
    void textColumns(byte[] data) {
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(FuzzContract.file("spectrum.txt", data))));
    }

    @FuzzTest(maxDuration = "10m")
    void jcampDx(byte[] data) {
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(FuzzContract.file("spectrum.jdx", data))));
    }

    @FuzzTest(maxDuration = "10m")
    void brukerParameters(byte[] data) {
        FuzzContract.parseOrRefuse(() -> BrukerParameters.parse(data, "acqus"));
    }

    /** A raw Bruker experiment: the real acqus of operando experiment 1 with a fuzzed {@code fid}. */
    @FuzzTest(maxDuration = "10m")
    void brukerFid(byte[] fid) {
        Path exp = FuzzContract.folder("fid-exp");
        write(exp.resolve("acqus"), RealData.bytes("operando-li-li/bruker/1/acqus"));
        write(exp.resolve("fid"), fid);
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(exp, RAW)));
    }

    /** A raw Bruker experiment: a fuzzed {@code acqus} with the real fid of operando experiment 1. */
    @FuzzTest(maxDuration = "10m")
    void brukerAcqus(byte[] acqus) {
        Path exp = FuzzContract.folder("acqus-exp");
        write(exp.resolve("acqus"), acqus);
        write(exp.resolve("fid"), RealData.bytes("operando-li-li/bruker/1/fid"));
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(exp, RAW)));
    }

    /** A processed Bruker experiment: real acqus and fid, pdata/1 with a fuzzed {@code procs} and the real 1r/1i. */
    @FuzzTest(maxDuration = "10m")
    void brukerProcs(byte[] procs) {
        Path exp = FuzzContract.folder("procs-exp");
        write(exp.resolve("acqus"), RealData.bytes("operando-li-li/bruker/1/acqus"));
        write(exp.resolve("fid"), RealData.bytes("operando-li-li/bruker/1/fid"));
        Path pdata = exp.resolve("pdata/1");
        write(pdata.resolve("procs"), procs);
        write(pdata.resolve("1r"), RealData.bytes("operando-li-li/bruker/1/pdata/1/1r"));
        write(pdata.resolve("1i"), RealData.bytes("operando-li-li/bruker/1/pdata/1/1i"));
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(exp)));
    }

    /**
     * A processed Bruker experiment: real acqus, fid and procs of operando experiment 1, pdata/1 with a fuzzed
     * {@code 1r} and the real 1i (the {@code 1r} read path; {@link #brukerProcs} fuzzes the procs beside the real 1r).
     */
    @FuzzTest(maxDuration = "10m")
    void bruker1r(byte[] oneR) {
        Path exp = FuzzContract.folder("1r-exp");
        write(exp.resolve("acqus"), RealData.bytes("operando-li-li/bruker/1/acqus"));
        write(exp.resolve("fid"), RealData.bytes("operando-li-li/bruker/1/fid"));
        Path pdata = exp.resolve("pdata/1");
        write(pdata.resolve("procs"), RealData.bytes("operando-li-li/bruker/1/pdata/1/procs"));
        write(pdata.resolve("1r"), oneR);
        write(pdata.resolve("1i"), RealData.bytes("operando-li-li/bruker/1/pdata/1/1i"));
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(exp)));
    }

    /**
     * A raw pseudo-2D Bruker experiment: the real acqus and acqu2s of the import fixture 72 ({@code
     * data/import-fixtures/72.zip}) with a fuzzed {@code ser}.
     */
    @FuzzTest(maxDuration = "10m")
    void brukerSer(byte[] ser) {
        Path exp = FuzzContract.folder("ser-exp");
        write(exp.resolve("acqus"), RealData.zipEntry("import-fixtures/72.zip", "72/acqus"));
        write(exp.resolve("acqu2s"), RealData.zipEntry("import-fixtures/72.zip", "72/acqu2s"));
        write(exp.resolve("ser"), ser);
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(exp, RAW)));
    }

    private static void write(Path file, byte[] data) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void zipArchive(byte[] data) {
        FuzzContract.requireFinite(FuzzContract.parseOrRefuse(() -> SpectrumReaders.read(FuzzContract.file("experiment.zip", data))));
    }
}
