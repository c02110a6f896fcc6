package org.metalnmr.spectra.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A reader of one family of spectrum files. Every implementation obeys the same contract
 * (checked by the abstract contract test that each reader's test extends):
 * <ul>
 *   <li>{@link #read} returns at least one spectrum, or throws one
 *       {@link org.metalnmr.core.error.InvalidInputException} that names the file, what is wrong and
 *       what was expected: never a partial result;</li>
 *   <li>the input is never modified and nothing is written to disk;</li>
 *   <li>labels are non-blank and unique within one result, in a stable order;</li>
 *   <li>reading is deterministic: the same input and options give equal spectra.</li>
 * </ul>
 */
public interface SpectrumReader {

    /** @return the name of the format for messages, e.g. {@code "JCAMP-DX"} */
    String formatName();

    /**
     * Cheap recognition by name, first bytes or folder layout; never throws for a readable path.
     *
     * @param path a file or folder
     * @return whether this reader takes that path
     */
    boolean canRead(Path path);

    /**
     * Reads all spectra of a path.
     *
     * @param path    a file or folder
     * @param options processing and parsing choices
     * @return the spectra in their natural order (experiment number, row), never empty
     * @throws org.metalnmr.core.error.InvalidInputException when the input is missing, corrupt or
     *         truncated
     */
    List<LabelledSpectrum> read(Path path, ReadOptions options);
}
