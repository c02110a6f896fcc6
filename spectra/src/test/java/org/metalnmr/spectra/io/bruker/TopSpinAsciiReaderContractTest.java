package org.metalnmr.spectra.io.bruker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.spectra.io.SpectrumReaderContract;

/** The reader contract for TopSpin's {@code ascii-spec.txt}, on the export of operando experiment 301. */
class TopSpinAsciiReaderContractTest extends SpectrumReaderContract {

    @Override
    protected SpectrumReader reader() {
        return new TopSpinAsciiReader();
    }

    @Override
    protected Path validInput(Path dir) {
        return ProjectData.copy(ProjectData.operandoExperiment(301).resolve("pdata/1/ascii-spec.txt"),
                dir.resolve("ascii-spec.txt"));
    }

    @Override
    protected int corruptionCount() {
        return 3;
    }

    @Override
    protected Corruption corrupt(Path input, int which) {
        try {
            String t = Files.readString(input);
            String bad = switch (which) {
                case 0 -> t.substring(0, t.indexOf(',', t.length() / 2) + 1); // cut inside a row
                case 1 -> t.replaceFirst("\n100, [^\n]*", ""); // a row missing
                default -> t.substring(0, t.length() / 2) + "\n\u0000\u0001garbage\n" + t.substring(t.length() / 2);
            };
            Files.writeString(input, bad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corruption(input, "ascii-spec.txt");
    }
}
