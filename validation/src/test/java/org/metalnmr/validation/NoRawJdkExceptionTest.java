package org.metalnmr.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Errors speak in one voice (the rule in {@code org.metalnmr.core.error}'s package-info): the main sources of every
 * module create no throwable of the JDK ({@code IllegalArgumentException}, {@code IllegalStateException},
 * {@code UnsupportedOperationException}, {@code UncheckedIOException}, {@code ArithmeticException}, ...), only the
 * project's {@code InvalidInputException}, {@code MetalNmrException} and {@code InternalInvariantException}, each with
 * a message key. The scan reads every {@code new X(} whose class name ends in {@code Exception} or {@code Error} and
 * fails for a JDK throwable unless the file and type are on {@link #ALLOWED}, each entry with its reason.
 */
class NoRawJdkExceptionTest {

    private static final Set<String> PROJECT = Set.of("InvalidInputException", "MetalNmrException", "InternalInvariantException");

    /** file (relative to the repository root) + "#" + exception -> why it may stay. Every entry must still be needed. */
    private static final Map<String, String> ALLOWED = Map.of(
            "spectra/src/main/java/org/metalnmr/spectra/io/jcamp/JcampDxReader.java#NumberFormatException",
            "thrown for a non-finite number inside the try that parses it and caught three lines below, where it becomes"
                    + " an InvalidInputException naming the file and the field; it never leaves the method",
            "spectra/src/main/java/org/metalnmr/spectra/io/bruker/BrukerParameters.java#NumberFormatException",
            "thrown for a non-finite number inside the try that parses it and caught three lines below, where it becomes"
                    + " an InvalidInputException naming the file and the parameter; it never leaves the method");

    private static final Pattern NEW_THROWABLE = Pattern.compile("\\bnew\\s+((?:[a-z]\\w*\\.)*)([A-Z]\\w*(?:Exception|Error))\\s*\\(");
    private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.io", "java.util", "java.util.concurrent",
            "java.nio", "java.nio.file", "java.nio.charset", "java.time", "java.time.format", "java.lang.reflect", "java.net",
            "java.util.zip");

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        return Files.exists(p.resolve("sim-core")) ? p : p.getParent();
    }

    static boolean isJdkThrowable(String qualifier, String simpleName) {
        List<String> candidates = new ArrayList<>();
        if (!qualifier.isEmpty()) {
            candidates.add(qualifier + simpleName);
        } else {
            JDK_PACKAGES.forEach(pkg -> candidates.add(pkg + "." + simpleName));
        }
        for (String c : candidates) {
            if (!c.startsWith("java.")) {
                continue;
            }
            try {
                if (Throwable.class.isAssignableFrom(Class.forName(c, false, NoRawJdkExceptionTest.class.getClassLoader()))) {
                    return true;
                }
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return false;
    }

    @Test
    void libraryCodeThrowsOnlyTheProjectsExceptions() throws IOException {
        Set<String> found = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        int scanned = 0;
        try (Stream<Path> modules = Files.list(root())) {
            for (Path m : (Iterable<Path>) modules::iterator) {
                Path src = m.resolve("src/main/java");
                if (!Files.isDirectory(src)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(src)) {
                    for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                        scanned++;
                        String text = Files.readString(f);
                        String rel = root().relativize(f).toString().replace('\\', '/');
                        Matcher x = NEW_THROWABLE.matcher(text);
                        while (x.find()) {
                            if (PROJECT.contains(x.group(2)) || !isJdkThrowable(x.group(1), x.group(2))) {
                                continue;
                            }
                            String entry = rel + "#" + x.group(2);
                            if (ALLOWED.containsKey(entry)) {
                                used.add(entry);
                                continue;
                            }
                            int line = (int) text.substring(0, x.start()).chars().filter(ch -> ch == '\n').count() + 1;
                            found.add(rel + ":" + line + " new " + x.group(1) + x.group(2));
                        }
                    }
                }
            }
        }
        assertFalse(scanned < 100, "only " + scanned + " main sources found under " + root() + ": the scanner is broken");
        assertEquals(Set.of(), found, "raw JDK exceptions in library code: use InvalidInputException / MetalNmrException /"
                + " InternalInvariantException with a message key (see org.metalnmr.core.error's package-info)");
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(used);
        assertEquals(Set.of(), stale, "allow-list entries no longer needed: remove them");
    }

    @Test
    void theScannerRecognisesJdkThrowables() {
        assertEquals(true, isJdkThrowable("", "IllegalArgumentException"));
        assertEquals(true, isJdkThrowable("", "UncheckedIOException"));
        assertEquals(true, isJdkThrowable("java.lang.", "ArithmeticException"));
        assertEquals(false, isJdkThrowable("", "ComponentError"));
        assertEquals(false, isJdkThrowable("", "InvalidInputException"));
        Matcher m = NEW_THROWABLE.matcher("throw new java.lang.IllegalStateException(\"x\");");
        assertEquals(true, m.find());
        assertEquals("IllegalStateException", m.group(2));
    }
}
