package org.metalnmr.spectra.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A {@link FileTree} over the entries of a zip archive, read in place (nothing is extracted to
 * disk). Entries under {@code __MACOSX/} and entries whose name starts with {@code ._} (macOS
 * resource forks) are hidden; folders are implied by the entry paths.
 *
 * <p>Reading an entry inflates it in chunks and refuses it as soon as it grows beyond the size its
 * zip directory states or {@link #MAX_ENTRY_BYTES} (a zip bomb is refused after one chunk past the
 * stated size, not after it has filled the heap).
 */
final class ZipTree implements FileTree {

    /**
     * The most bytes one entry may inflate to, 1 GiB: far above any file the readers take (the
     * largest real input, a pseudo-2D Bruker {@code ser} of a few hundred spectra, is tens of MB)
     * and below the 2 GiB of a Java array. An entry also never inflates beyond the size its zip
     * directory states.
     */
    static final long MAX_ENTRY_BYTES = 1L << 30;

    /** Bytes inflated at a time. */
    private static final int CHUNK_BYTES = 1 << 16;

    private final Path zipPath;
    private final ZipFile zip;
    private final Map<String, ZipEntry> files = new HashMap<>();
    private final Map<String, TreeSet<String>> children = new HashMap<>();

    ZipTree(Path zipPath) {
        this.zipPath = zipPath;
        try {
            this.zip = new ZipFile(zipPath.toFile());
        } catch (ZipException e) {
            throw InputFiles.malformed(zipPath.toString(), "not a readable zip archive (" + e.getMessage() + ")",
                    "a complete zip file (truncated or corrupt?)", e);
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, zipPath, e.getMessage());
        }
        children.put("", new TreeSet<>());
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            String name = e.getName().replace('\\', '/');
            while (name.startsWith("/")) {
                name = name.substring(1);
            }
            if (isResourceFork(name)) {
                continue;
            }
            boolean dir = e.isDirectory() || name.endsWith("/");
            if (dir) {
                name = name.substring(0, name.length() - 1);
            } else {
                files.put(name, e);
            }
            registerParents(name, dir);
        }
    }

    private static boolean isResourceFork(String name) {
        if (name.startsWith("__MACOSX/") || name.equals("__MACOSX")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.startsWith("._") || part.equals(".DS_Store")) {
                return true;
            }
        }
        return false;
    }

    /** Records every folder on the path (the entry's own when it is a folder) in its parent's listing. */
    private void registerParents(String path, boolean isDir) {
        String current = path;
        boolean currentIsDir = isDir;
        while (!current.isEmpty()) {
            int slash = current.lastIndexOf('/');
            String parent = slash < 0 ? "" : current.substring(0, slash);
            if (currentIsDir) {
                children.computeIfAbsent(current, k -> new TreeSet<>());
                children.computeIfAbsent(parent, k -> new TreeSet<>()).add(current.substring(slash + 1));
            }
            current = parent;
            currentIsDir = true;
        }
    }

    @Override
    public String rootName() {
        String n = zipPath.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? n.substring(0, n.length() - 4) : n;
    }

    @Override
    public boolean isFile(String relative) {
        return files.containsKey(relative);
    }

    @Override
    public boolean isDirectory(String relative) {
        return children.containsKey(relative);
    }

    @Override
    public List<String> subdirectories(String relative) {
        TreeSet<String> c = children.get(relative);
        return c == null ? List.of() : new ArrayList<>(c);
    }

    @Override
    public long size(String relative) {
        ZipEntry e = files.get(relative);
        if (e == null) {
            throw new InvalidInputException(CoreMessage.FILE_UNREADABLE, describe(relative), "no such entry");
        }
        return e.getSize();
    }

    @Override
    public byte[] read(String relative) {
        ZipEntry e = files.get(relative);
        if (e == null) {
            throw new InvalidInputException(CoreMessage.FILE_UNREADABLE, describe(relative), "no such entry");
        }
        long stated = e.getSize();
        if (stated > MAX_ENTRY_BYTES) {
            throw InputFiles.malformed(describe(relative), "the zip directory states " + stated + " bytes",
                    "an entry of at most " + MAX_ENTRY_BYTES + " bytes (the cap on one inflated zip entry)");
        }
        long cap = stated >= 0 ? stated : MAX_ENTRY_BYTES;
        if (stated > 0) {
            InputFiles.checkMemory(describe(relative), stated);
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] data = inflateAtMost(relative, in, cap, stated >= 0);
            if (stated >= 0 && data.length != stated) {
                throw InputFiles.malformed(describe(relative), "entry has " + data.length + " bytes",
                        stated + " bytes as the zip directory states");
            }
            return data;
        } catch (IOException ex) {
            throw InputFiles.malformed(describe(relative), "cannot decompress the entry (" + ex.getMessage() + ")",
                    "an intact zip entry (truncated or corrupt archive?)", ex);
        }
    }

    /**
     * Inflates an entry chunk by chunk and stops as soon as it passes the cap, so that an entry
     * whose directory understates its size (a zip bomb: a few kB that inflate to gigabytes) is
     * refused after at most cap + one chunk of output, never read whole.
     */
    private byte[] inflateAtMost(String relative, InputStream in, long cap, boolean capIsStatedSize) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) Math.min(cap, CHUNK_BYTES));
        byte[] chunk = new byte[CHUNK_BYTES];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > cap) {
                throw InputFiles.malformed(describe(relative), "the entry inflates to more than " + cap + " bytes",
                        capIsStatedSize
                                ? "at most the " + cap + " bytes its zip directory states (an understated size is refused"
                                        + " while inflating, as a zip bomb would)"
                                : "at most " + MAX_ENTRY_BYTES + " bytes (the cap on one inflated zip entry)");
            }
            if (!capIsStatedSize && total % (64L * CHUNK_BYTES) < n) {
                InputFiles.checkMemory(describe(relative), total);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public String describe(String relative) {
        return zipPath + "!" + relative;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only archive: nothing to lose on a failed close
        }
    }
}
