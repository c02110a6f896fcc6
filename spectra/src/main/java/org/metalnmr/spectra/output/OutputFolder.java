package org.metalnmr.spectra.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;

/**
 * An output folder claimed by one run before it computes anything, so that nothing is lost and nothing is left half
 * done:
 * <ul>
 * <li>the folder must not be, contain or lie inside any input (a run never writes into its data);</li>
 * <li>a new folder is created with one atomic {@code mkdir}; an existing folder is accepted only when it is empty (or,
 * for a resumed run, holds the run's own earlier output), and then a claim file is created in it with
 * {@code CREATE_NEW}. Either step lets exactly one of two concurrent runs win; the other is refused before it
 * computes;</li>
 * <li>{@link #abandon()} (after a failure) removes every file the run wrote and the folder itself when the run created
 * it; {@link #release()} (after success) removes only the claim file.</li>
 * </ul>
 * Files inside are still written with {@link AtomicFiles}. Instances are used by one run (one thread).
 */
public final class OutputFolder {

    /** Name of the claim file that marks a folder as being written by a run. */
    public static final String CLAIM_FILE = ".metalnmr-run";

    private final Path folder;
    private final boolean created;
    private final List<Path> preexisting;

    private OutputFolder(Path folder, boolean created, List<Path> preexisting) {
        this.folder = folder;
        this.created = created;
        this.preexisting = preexisting;
    }

    /**
     * Claims a folder for a new run: it must not exist, or be empty.
     *
     * @param folder the {@code --out} folder
     * @param inputs the run's input files and folders (the output may not overlap them)
     * @return the claim
     * @throws InvalidInputException when the folder overlaps an input, is a file, is not empty, or another run holds
     *                               it
     */
    public static OutputFolder claim(Path folder, Collection<Path> inputs) {
        return claim(folder, inputs, false);
    }

    /**
     * Claims a folder, allowing a resumed run to continue in its own earlier output.
     *
     * @param folder   the {@code --out} folder
     * @param inputs   the run's input files and folders
     * @param resuming when true an existing non-empty folder is accepted (its files are kept on failure)
     * @return the claim
     */
    public static OutputFolder claim(Path folder, Collection<Path> inputs, boolean resuming) {
        Path out = folder.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path i = real(in.toAbsolutePath().normalize());
            Path o = real(out);
            if (o.startsWith(i) || i.startsWith(o)) {
                throw new InvalidInputException(CoreMessage.OUTPUT_FOLDER_REFUSED, folder,
                        "it overlaps the input " + in + " (a run never writes into its data); choose a folder outside it");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException(CoreMessage.OUTPUT_FOLDER_REFUSED, folder, "it is an existing file, not a folder");
        }
        boolean created = false;
        try {
            Files.createDirectories(out.getParent());
            Files.createDirectory(out);
            created = true;
        } catch (FileAlreadyExistsException exists) {
            // claimed below through the claim file
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNWRITABLE, folder, e.getMessage());
        }
        List<Path> before = created ? List.of() : list(out);
        if (!created && !resuming && !before.isEmpty()) {
            throw new InvalidInputException(CoreMessage.OUTPUT_FOLDER_REFUSED, folder,
                    "it holds " + before.size() + " entries; give a new or empty folder");
        }
        try {
            Files.createFile(out.resolve(CLAIM_FILE));
        } catch (FileAlreadyExistsException taken) {
            // even when this run made the folder, the winner's claim now lives in it: leave it alone
            throw new InvalidInputException(CoreMessage.OUTPUT_FOLDER_REFUSED, folder,
                    "another run is writing into it (" + CLAIM_FILE + " exists; remove it if no run is going on)");
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNWRITABLE, folder, e.getMessage());
        }
        return new OutputFolder(out, created, before);
    }

    /** @return the claimed folder (absolute) */
    public Path path() {
        return folder;
    }

    /**
     * @param name a file name
     * @return its path inside the folder
     */
    public Path resolve(String name) {
        return folder.resolve(name);
    }

    /** Ends a successful run: removes the claim file, keeps the outputs. */
    public void release() {
        try {
            Files.deleteIfExists(folder.resolve(CLAIM_FILE));
        } catch (IOException e) {
            throw new MetalNmrException(e, CoreMessage.FILE_UNWRITABLE, folder.resolve(CLAIM_FILE), e.getMessage());
        }
    }

    /**
     * Ends a failed run: removes what it wrote (the folder too when the run created it), keeps what was there before.
     * Best effort: a file that cannot be removed is left.
     */
    public void abandon() {
        if (created) {
            deleteQuietly(folder);
            return;
        }
        for (Path p : list(folder)) {
            if (!preexisting.contains(p)) {
                deleteQuietly(p);
            }
        }
        deleteQuietly(folder.resolve(CLAIM_FILE));
    }

    private static Path real(Path p) {
        Path existing = p;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    private static List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!p.getFileName().toString().equals(CLAIM_FILE)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, dir, e.getMessage());
        }
        return out;
    }

    private static void deleteQuietly(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: what cannot be removed stays
        }
    }
}
