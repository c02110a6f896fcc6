package org.metalnmr.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;

/**
 * What the running toolkit was built from: the Maven version and the git commit, written into
 * {@code org/metalnmr/toolkit/build.properties} by the build (resource filtering). A build without a git
 * repository (a source tarball) records the commit as {@code unknown}; classes compiled outside Maven
 * (an IDE without resource filtering) see the placeholders and report {@code development build}.
 *
 * @param version  the artifact version, for example {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}
 * @param commit   the abbreviated git commit, or {@code unknown}
 * @param modified whether the working tree had uncommitted changes when the jar was built
 */
public record BuildInfo(String version, String commit, boolean modified) {

    /** The version reported when the build description was not filtered by Maven. */
    public static final String DEVELOPMENT_BUILD = "development build";
    /** The commit reported when the build had no git repository. */
    public static final String UNKNOWN_COMMIT = "unknown";

    private static final String RESOURCE = "build.properties";

    /**
     * @return the build description of the toolkit on the class path
     */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new InternalInvariantException(e, CoreMessage.BUILT_IN_RESOURCE_MISSING, RESOURCE);
        }
        return from(properties);
    }

    /**
     * Reads a build description; a missing or unfiltered ({@code ${...}}) entry falls back to
     * {@link #DEVELOPMENT_BUILD} for the version and {@link #UNKNOWN_COMMIT} for the commit.
     *
     * @param properties the entries {@code version}, {@code commit}, {@code modified}
     * @return the build description
     */
    public static BuildInfo from(Properties properties) {
        String version = filtered(properties.getProperty("version"), DEVELOPMENT_BUILD);
        String commit = filtered(properties.getProperty("commit"), UNKNOWN_COMMIT);
        boolean modified = Boolean.parseBoolean(filtered(properties.getProperty("modified"), "false"));
        return new BuildInfo(version, commit, modified);
    }

    private static String filtered(String value, String fallback) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return fallback;
        }
        return value.trim();
    }

    /**
     * @return one line, for example {@code metalnmr 0.1.0 (commit 7c070a1be2f4)}, with
     *         {@code , modified} when the working tree had uncommitted changes
     */
    public String describe() {
        return "metalnmr " + version + " (commit " + commit + (modified ? ", modified" : "") + ")";
    }
}
