package org.metalnmr.spectra.io.bruker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.spectra.io.SpectrumReaderContract;

/** The reader contract for zipped Bruker data, on a copy of the pseudo-2D 72.zip. */
class BrukerZipContractTest extends SpectrumReaderContract {

    @Override
    protected SpectrumReader reader() {
        return new BrukerReader();
    }

    @Override
    protected Path validInput(Path dir) {
        return ProjectData.copy(ProjectData.fixture("72.zip"), dir.resolve("72.zip"));
    }

    @Override
    protected int corruptionCount() {
        return 3;
    }

    @Override
    protected Corruption corrupt(Path input, int which) {
        try {
            if (which == 0) {
                ProjectData.truncate(input, 0.6);
            } else if (which == 1) {
                // damage compressed bytes inside the archive: CRC or inflate failure
                byte[] b = Files.readAllBytes(input);
                for (int i = b.length / 3; i < b.length / 3 + 64; i++) {
                    b[i] ^= (byte) 0x5A;
                }
                Files.write(input, b);
            } else {
                Files.write(input, new byte[] {'P', 'K', 3, 4, 0, 0});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corruption(input, "72.zip");
    }
}
