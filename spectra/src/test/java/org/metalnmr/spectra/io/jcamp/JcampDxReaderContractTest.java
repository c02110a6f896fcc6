package org.metalnmr.spectra.io.jcamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.spectra.io.SpectrumReaderContract;

/** The reader contract for JCAMP-DX, on a copy of TopSpin's 1h.dx. */
class JcampDxReaderContractTest extends SpectrumReaderContract {

    @Override
    protected SpectrumReader reader() {
        return new JcampDxReader();
    }

    @Override
    protected Path validInput(Path dir) {
        return ProjectData.copy(ProjectData.fixture("1h.dx"), dir.resolve("1h.dx"));
    }

    @Override
    protected int corruptionCount() {
        return 4;
    }

    @Override
    protected Corruption corrupt(Path input, int which) {
        try {
            switch (which) {
                case 0 -> ProjectData.truncate(input, 0.5);
                case 1 -> ProjectData.truncate(input, 0.999);
                case 2 -> {
                    // change one DIF character in the middle of the data: the y-check or the count fails
                    String t = Files.readString(input, StandardCharsets.ISO_8859_1);
                    int at = t.indexOf('\n', t.indexOf("##XYDATA=") + 2000) + 8;
                    char c = t.charAt(at);
                    char d = c == 'J' ? 'K' : 'J';
                    Files.writeString(input, t.substring(0, at) + d + t.substring(at + 1), StandardCharsets.ISO_8859_1);
                }
                default -> Files.write(input, new byte[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corruption(input, "1h.dx");
    }
}
