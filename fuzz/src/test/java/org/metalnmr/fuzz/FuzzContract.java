package org.metalnmr.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.LabelledSpectrum;

/**
 * The contract every reader and file parser keeps on any input, which the fuzz targets check: it either returns a
 * result whose numbers are all finite, or refuses the input with the project's own exception
 * ({@link MetalNmrException}, which the CLI turns into exit 2 and one line). Anything else (a JDK exception, an
 * {@link OutOfMemoryError}, a stack overflow, a NaN in a spectrum) is a finding: the fuzzer reports it and keeps the
 * input as a regression case.
 */
final class FuzzContract {

    /** Work folder of this JVM for the files a target writes (each execution overwrites them). */
    private static final Path WORK = createWork();

    private FuzzContract() {
    }

    private static Path createWork() {
        try {
            Path p = Files.createTempDirectory("metalnmr-fuzz");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name file name (its extension chooses the reader)
     * @param data content
     * @return the file, written fresh into the work folder
     */
    static Path file(String name, byte[] data) {
        try {
            Path p = WORK.resolve(name);
            Files.write(p, data);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name folder name under the work folder
     * @return the folder, emptied and created
     */
    static Path folder(String name) {
        try {
            Path p = WORK.resolve(name);
            if (Files.exists(p)) {
                try (var s = Files.walk(p)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a parser: a refusal with the project's exception is fine, any other outcome is checked by the caller.
     *
     * @param <T>    what it returns
     * @param parser the parsing call
     * @return its result, or null when it refused the input cleanly
     */
    static <T> T parseOrRefuse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (MetalNmrException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank() || refused.getMessage().contains("\n")) {
                throw new AssertionError("a refusal must be one non-empty line, got: " + refused.getMessage(), refused);
            }
            return null;
        }
    }

    /**
     * @param spectra what a reader returned (null when it refused)
     */
    static void requireFinite(List<LabelledSpectrum> spectra) {
        if (spectra == null) {
            return;
        }
        for (LabelledSpectrum ls : spectra) {
            Spectrum s = ls.spectrum();
            for (double v : s.real()) {
                check(v, ls.label());
            }
            for (double v : s.imag()) {
                check(v, ls.label());
            }
        }
    }

    private static void check(double v, String label) {
        if (!Double.isFinite(v)) {
            throw new AssertionError("spectrum " + label + " holds a non-finite value " + v);
        }
    }
}
