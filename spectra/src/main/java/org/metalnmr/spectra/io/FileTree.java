package org.metalnmr.spectra.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A read-only tree of named files: a folder on disk or the entries of a zip archive, read in
 * place without extracting. Paths inside the tree use {@code '/'} and are relative to its root
 * ({@code ""} is the root). Zip trees hide macOS resource forks ({@code __MACOSX/} and
 * {@code ._*} entries).
 */
public interface FileTree extends AutoCloseable {

    /**
     * Opens a folder or a zip archive.
     *
     * @param path a folder or a {@code .zip} file
     * @return the tree; close it after use
     * @throws InvalidInputException when missing, or not a folder nor a readable zip
     */
    static FileTree open(Path path) {
        if (Files.isDirectory(path)) {
            return new DirectoryTree(path);
        }
        if (Files.isRegularFile(path)) {
            return new ZipTree(path);
        }
        throw new InvalidInputException(CoreMessage.FILE_UNREADABLE, path, "no such file or folder");
    }

    /** @return the file name of the root (folder name, or zip file name without {@code .zip}) */
    String rootName();

    /**
     * @param relative a path in the tree
     * @return whether it is a file
     */
    boolean isFile(String relative);

    /**
     * @param relative a path in the tree
     * @return whether it is a folder (the root {@code ""} always is)
     */
    boolean isDirectory(String relative);

    /**
     * @param relative a folder of the tree
     * @return the names (not paths) of its sub-folders, sorted
     */
    List<String> subdirectories(String relative);

    /**
     * @param relative a file of the tree
     * @return its size [bytes]
     * @throws InvalidInputException when it does not exist
     */
    long size(String relative);

    /**
     * @param relative a file of the tree
     * @return all its bytes
     * @throws InvalidInputException when missing, unreadable or corrupt (bad zip CRC, truncated)
     */
    byte[] read(String relative);

    /**
     * @param relative a path in the tree
     * @return a name for messages, e.g. {@code /data/71.zip!71/acqus}
     */
    String describe(String relative);

    /**
     * Joins two relative paths.
     *
     * @param dir  a folder ({@code ""} for the root)
     * @param name a name or relative path inside it
     * @return the joined path
     */
    static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    @Override
    void close();
}
