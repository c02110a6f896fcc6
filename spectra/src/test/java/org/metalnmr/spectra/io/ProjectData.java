package org.metalnmr.spectra.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Locates the real measured data the repository carries ({@code data/} at its root: the operando series
 * and the import fixtures, each with its licence and provenance in {@code data/README.md}): walks up from
 * the working directory until a folder holding {@code data/operando-li-li} is found. The data are part of
 * every clone; a missing folder fails the test.
 */
public final class ProjectData {

    private static final Path ROOT = locate();

    private ProjectData() {
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("data");
            if (Files.isDirectory(candidate.resolve("operando-li-li"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("data/operando-li-li not found above " + Path.of("").toAbsolutePath()
                + "; the repository carries it at its root");
    }

    /** @return the {@code data} folder */
    public static Path root() {
        return ROOT;
    }

    /**
     * @param relative a path under {@code data}
     * @return it, checked to exist
     */
    public static Path file(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing project data " + p);
        }
        return p;
    }

    /** @return the operando Bruker series folder */
    public static Path operando() {
        return file("operando-li-li/bruker");
    }

    /**
     * @param expno an experiment number of the operando series
     * @return its folder
     */
    public static Path operandoExperiment(int expno) {
        return file("operando-li-li/bruker/" + expno);
    }

    /**
     * @param relative a path under {@code data/import-fixtures}
     * @return it
     */
    public static Path fixture(String relative) {
        return file("import-fixtures/" + relative);
    }

    /**
     * Copies a file or folder tree into a target folder, creating the folders it needs (writable copies for corruption
     * tests).
     *
     * @param source a file or folder
     * @param target the copy's path
     * @return the copy
     */
    public static Path copy(Path source, Path target) {
        try {
            if (Files.isRegularFile(source)) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().setWritable(true);
                return target;
            }
            try (Stream<Path> s = Files.walk(source)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                    t.toFile().setWritable(true);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Truncates a file to a fraction of its length.
     *
     * @param file     a writable file
     * @param fraction the part kept, in [0, 1)
     */
    public static void truncate(Path file, double fraction) {
        try {
            byte[] b = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(b, (int) (b.length * fraction)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
