package org.metalnmr.spectra.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/** A {@link FileTree} over a folder on disk. */
final class DirectoryTree implements FileTree {

    private final Path root;

    DirectoryTree(Path root) {
        this.root = root;
    }

    private Path resolve(String relative) {
        return relative.isEmpty() ? root : root.resolve(relative);
    }

    @Override
    public String rootName() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? root.toString() : name.toString();
    }

    @Override
    public boolean isFile(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    @Override
    public boolean isDirectory(String relative) {
        return Files.isDirectory(resolve(relative));
    }

    @Override
    public List<String> subdirectories(String relative) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(resolve(relative))) {
            s.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, resolve(relative), e.getMessage());
        }
        names.sort(null);
        return names;
    }

    @Override
    public long size(String relative) {
        try {
            return Files.size(resolve(relative));
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, resolve(relative), "no such file");
        }
    }

    @Override
    public byte[] read(String relative) {
        return InputFiles.readAllBytes(resolve(relative));
    }

    @Override
    public String describe(String relative) {
        return resolve(relative).toString();
    }

    @Override
    public void close() {
        // nothing held open
    }
}
