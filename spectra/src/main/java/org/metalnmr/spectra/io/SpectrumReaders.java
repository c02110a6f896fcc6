package org.metalnmr.spectra.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.bruker.BrukerReader;
import org.metalnmr.spectra.io.jcamp.JcampDxReader;
import org.metalnmr.spectra.io.text.TextColumnsReader;

/**
 * The one entry point for reading measured spectra: detects the format of a path and reads it.
 *
 * <p>Detection, in order:
 * <ol>
 *   <li>a folder: Bruker (an experiment {@code N/}, a {@code pdata/P/}, or a folder of numbered
 *       experiment folders, read in numeric order: an operando series);</li>
 *   <li>a zip archive (by its first bytes {@code PK\3\4}): Bruker, read in place;</li>
 *   <li>a file named {@code fid}, {@code ser}, {@code acqus}, {@code 1r}, {@code 1i} or
 *       {@code procs}: its Bruker experiment;</li>
 *   <li>a file whose first non-blank characters are {@code ##} (or named {@code .dx}, {@code .jdx},
 *       {@code .jcamp}): JCAMP-DX;</li>
 *   <li>any other file: text columns.</li>
 * </ol>
 * Each spectrum comes labelled with its file or experiment folder ({@code "72/row3"} for the rows
 * of a pseudo-2D). A corrupt or truncated input raises one
 * {@link InvalidInputException} naming the file, what is wrong and what was expected; there are no
 * partial results.
 */
public final class SpectrumReaders {

    private static final BrukerReader BRUKER = new BrukerReader();
    private static final JcampDxReader JCAMP = new JcampDxReader();
    private static final TextColumnsReader TEXT = new TextColumnsReader();

    private SpectrumReaders() {
    }

    /**
     * Reads with {@link ReadOptions#DEFAULT}.
     *
     * @param path a file, folder or zip
     * @return the spectra, never empty
     */
    public static List<LabelledSpectrum> read(Path path) {
        return read(path, ReadOptions.DEFAULT);
    }

    /**
     * @param path    a file, folder or zip
     * @param options the read options
     * @return the spectra, never empty
     * @throws InvalidInputException when the path is missing, unrecognised, corrupt or truncated
     */
    public static List<LabelledSpectrum> read(Path path, ReadOptions options) {
        return readerFor(path).read(path, options);
    }

    /**
     * Reads several inputs in the order given (e.g. the files of a series); labels that repeat
     * are made unique by appending {@code #2}, {@code #3}, ...
     *
     * @param paths   files, folders or zips
     * @param options the read options
     * @return all spectra
     */
    public static List<LabelledSpectrum> readAll(List<Path> paths, ReadOptions options) {
        List<LabelledSpectrum> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Path p : paths) {
            for (LabelledSpectrum s : read(p, options)) {
                String label = s.label();
                int k = 2;
                while (!labels.add(label)) {
                    label = s.label() + "#" + k++;
                }
                out.add(label.equals(s.label()) ? s : new LabelledSpectrum(label, s.spectrum()));
            }
        }
        return out;
    }

    /** @return the readers in detection order: Bruker, JCAMP-DX, text columns */
    public static List<SpectrumReader> readers() {
        return List.of(BRUKER, JCAMP, TEXT);
    }

    /**
     * @param path a file, folder or zip
     * @return the reader for it
     * @throws InvalidInputException when missing or a folder that holds no Bruker data
     */
    public static SpectrumReader readerFor(Path path) {
        if (Files.isDirectory(path)) {
            if (BRUKER.canRead(path)) {
                return BRUKER;
            }
            throw new InvalidInputException(CoreMessage.FILE_MALFORMED, path,
                    "a folder without Bruker data; expected an experiment folder (acqus with fid or ser, or"
                            + " pdata/N/1r with procs) or a folder of numbered experiment folders");
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(CoreMessage.FILE_UNREADABLE, path, "no such file or folder");
        }
        String name = path.getFileName().toString();
        if (isZip(path) || Set.of("fid", "ser", "acqus", "1r", "1i", "procs").contains(name)) {
            return BRUKER;
        }
        if (JCAMP.canRead(path)) {
            return JCAMP;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return BRUKER;
        }
        return TEXT;
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, path, e.getMessage());
        }
    }
}
