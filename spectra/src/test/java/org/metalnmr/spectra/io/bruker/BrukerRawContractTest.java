package org.metalnmr.spectra.io.bruker;

import java.nio.file.Path;

import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.spectra.io.SpectrumReaderContract;

/** The reader contract for raw Bruker data processed here, on a copy of operando experiment 599. */
class BrukerRawContractTest extends SpectrumReaderContract {

    @Override
    protected SpectrumReader reader() {
        return new BrukerReader();
    }

    @Override
    protected ReadOptions options() {
        return ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW);
    }

    @Override
    protected Path validInput(Path dir) {
        Path copy = ProjectData.copy(ProjectData.operandoExperiment(599), dir.resolve("599"));
        return copy.resolve("fid");
    }

    @Override
    protected int corruptionCount() {
        return 2;
    }

    @Override
    protected Corruption corrupt(Path input, int which) {
        if (which == 0) {
            ProjectData.truncate(input, 0.75);
            return new Corruption(input, "fid");
        }
        // acqus cut before TD and SW_h
        ProjectData.truncate(input.resolveSibling("acqus"), 0.6);
        return new Corruption(input, "acqus");
    }
}
