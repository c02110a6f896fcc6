package org.metalnmr.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real measured data the repository carries ({@code data/}), read once per file for the fuzz targets. */
final class RealData {

    private static final Path ROOT = locate();
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private RealData() {
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/operando-li-li"))) {
                return dir.resolve("data");
            }
        }
        throw new IllegalStateException("data/operando-li-li not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * @param relative a path under {@code data/}
     * @return its bytes (a shared array: do not modify)
     */
    static byte[] bytes(String relative) {
        return CACHE.computeIfAbsent(relative, r -> {
            try {
                return Files.readAllBytes(ROOT.resolve(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * @param zip   a zip file under {@code data/}
     * @param entry the path of an entry inside it
     * @return the entry's bytes (a shared array: do not modify)
     */
    static byte[] zipEntry(String zip, String entry) {
        return CACHE.computeIfAbsent(zip + "!" + entry, k -> {
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(ROOT.resolve(zip).toFile())) {
                java.util.zip.ZipEntry e = z.getEntry(entry);
                if (e == null) {
                    throw new IllegalStateException(entry + " not in " + zip);
                }
                try (var in = z.getInputStream(e)) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
