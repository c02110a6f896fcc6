package org.metalnmr.spectra.io.bruker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.spectra.io.SpectrumReaderContract;

/** The reader contract for Bruker processed data, on a copy of operando experiment 1. */
class BrukerReaderContractTest extends SpectrumReaderContract {

    @Override
    protected SpectrumReader reader() {
        return new BrukerReader();
    }

    @Override
    protected Path validInput(Path dir) {
        Path copy = ProjectData.copy(ProjectData.operandoExperiment(1), dir.resolve("1"));
        try {
            Files.delete(copy.resolve("pdata/1/ascii-spec.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    @Override
    protected int corruptionCount() {
        return 4;
    }

    @Override
    protected Corruption corrupt(Path input, int which) {
        return switch (which) {
            case 0 -> {
                ProjectData.truncate(input.resolve("pdata/1/1r"), 0.5);
                yield new Corruption(input, "1r");
            }
            case 1 -> {
                ProjectData.truncate(input.resolve("pdata/1/1i"), 0.99);
                yield new Corruption(input, "1i");
            }
            case 2 -> {
                ProjectData.truncate(input.resolve("pdata/1/procs"), 0.1);
                yield new Corruption(input, "procs");
            }
            default -> {
                // procs cut after SI: SF, SW_p and OFFSET are missing
                ProjectData.truncate(input.resolve("pdata/1/procs"), 0.8);
                yield new Corruption(input, "procs");
            }
        };
    }
}
