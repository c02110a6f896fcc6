package org.metalnmr.validation;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real measured data the repository carries ({@code data/} at its root): the environment
 * variable {@code METALNMR_DATA} when set, else the first {@code data/} holding {@code operando-li-li}
 * found walking up from the working directory or from the location of this jar.
 */
public final class ProjectData {

    private ProjectData() {
    }

    /** @return the {@code data} folder, when it can be found */
    public static Optional<Path> root() {
        String env = System.getenv("METALNMR_DATA");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Optional<Path> fromCwd = walkUp(Path.of("").toAbsolutePath());
        if (fromCwd.isPresent()) {
            return fromCwd;
        }
        try {
            Path jar = Path.of(ProjectData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return walkUp(jar.toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> walkUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data");
            if (Files.isDirectory(candidate.resolve("operando-li-li"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
