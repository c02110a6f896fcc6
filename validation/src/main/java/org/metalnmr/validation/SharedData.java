package org.metalnmr.validation;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real measured data ({@code shared/data}, which sits beside the repository checkout): the
 * environment variable {@code METALNMR_SHARED_DATA} when set, else the first {@code shared/data}
 * found walking up from the working directory or from the location of this jar.
 */
public final class SharedData {

    private SharedData() {
    }

    /** @return the {@code shared/data} folder, when it can be found */
    public static Optional<Path> root() {
        String env = System.getenv("METALNMR_SHARED_DATA");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Optional<Path> fromCwd = walkUp(Path.of("").toAbsolutePath());
        if (fromCwd.isPresent()) {
            return fromCwd;
        }
        try {
            Path jar = Path.of(SharedData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return walkUp(jar.toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> walkUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("operando-li-li"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
