package org.metalnmr.spectra.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * The contract every {@link SpectrumReader} obeys; each reader's contract test extends this class
 * and supplies a valid input and ways to corrupt copies of it.
 */
public abstract class SpectrumReaderContract {

    @TempDir
    protected Path tmp;

    /** @return the reader under test */
    protected abstract SpectrumReader reader();

    /**
     * @param dir a writable temporary folder
     * @return a valid input (a copy inside dir, so that it can be corrupted)
     */
    protected abstract Path validInput(Path dir);

    /** @return the options used to read (e.g. raw Bruker data) */
    protected ReadOptions options() {
        return ReadOptions.DEFAULT;
    }

    /**
     * Corruptions of a valid copy, each of which must make the read fail with one clear error.
     *
     * @param input a fresh valid copy (from {@link #validInput})
     * @param which index of the corruption, 0 .. {@link #corruptionCount()} - 1
     * @return the path to read after corrupting, and the file name the message must mention
     */
    protected abstract Corruption corrupt(Path input, int which);

    /** @return how many corruptions {@link #corrupt} knows */
    protected abstract int corruptionCount();

    /** A corrupted input and the file the error must name. */
    public record Corruption(Path read, String fileNamed) {
    }

    @Test
    void readsValidInputIntoFiniteLabelledSpectra() {
        Path in = validInput(tmp.resolve("valid"));
        assertTrue(reader().canRead(in), "canRead(" + in + ")");
        List<LabelledSpectrum> out = reader().read(in, options());
        assertFalse(out.isEmpty());
        Set<String> labels = new HashSet<>();
        for (LabelledSpectrum ls : out) {
            assertFalse(ls.label().isBlank());
            assertTrue(labels.add(ls.label()), "duplicate label " + ls.label());
            Spectrum s = ls.spectrum();
            assertEquals(s.axis().size(), s.real().length);
            for (int i = 0; i < s.axis().size(); i++) {
                assertTrue(Double.isFinite(s.realAt(i)) && Double.isFinite(s.imagAt(i)), "finite at " + i);
            }
            assertTrue(s.metadata().containsKey("format"), "metadata names the format");
        }
    }

    @Test
    void readingIsDeterministicAndLeavesTheInputUnchanged() {
        Path in = validInput(tmp.resolve("valid"));
        Map<String, String> before = digests(in);
        List<LabelledSpectrum> a = reader().read(in, options());
        List<LabelledSpectrum> b = reader().read(in, options());
        assertEquals(a, b);
        assertEquals(before, digests(in));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(0, s.filter(p -> !p.startsWith(tmp.resolve("valid")) && !p.equals(tmp)).count(),
                    "nothing written beside the input");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void missingInputGivesOneClearError() {
        Path missing = tmp.resolve("does-not-exist.dat");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader().read(missing, options()));
        assertTrue(e.getMessage().contains("does-not-exist"), e.getMessage());
    }

    @Test
    void everyCorruptionGivesOneClearErrorAndNoPartialResult() {
        for (int k = 0; k < corruptionCount(); k++) {
            Path in = validInput(tmp.resolve("corrupt" + k));
            Corruption c = corrupt(in, k);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader().read(c.read(), options()),
                    "corruption " + k);
            String m = e.getMessage();
            assertTrue(m.contains(c.fileNamed()), "corruption " + k + ": message names " + c.fileNamed() + ": " + m);
            assertFalse(m.contains("\n"), "one-line message: " + m);
            assertTrue(m.length() > 30, "message says what is wrong: " + m);
        }
    }

    private static Map<String, String> digests(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    out.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
                }
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
