package org.metalnmr.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Enforces the module layering of ARCHITECTURE.md by reading each module's pom: a module may depend
 * only on the project modules listed here (rf-field and susceptibility never on each other), and
 * its Java sources may import only the packages of those modules.
 */
class ModuleLayeringTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "sim-core", Set.of(),
            "spectra", Set.of("sim-core"),
            "geometry", Set.of("sim-core"),
            "rf-field", Set.of("sim-core", "geometry"),
            "susceptibility", Set.of("sim-core", "geometry"),
            "microstructure", Set.of("sim-core", "geometry", "rf-field", "susceptibility"),
            "toolkit", Set.of("sim-core", "spectra", "geometry", "rf-field", "susceptibility", "microstructure"),
            "examples", Set.of("toolkit"),
            "validation", Set.of("toolkit"));

    private static final Map<String, String> PACKAGE = Map.of(
            "sim-core", "core", "spectra", "spectra", "geometry", "geometry", "rf-field", "rf", "susceptibility", "susceptibility",
            "microstructure", "microstructure", "toolkit", "toolkit", "examples", "examples", "validation", "validation");

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        return Files.exists(p.resolve("sim-core")) ? p : p.getParent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim-core", "spectra", "geometry", "rf-field", "susceptibility", "microstructure", "toolkit", "examples", "validation"})
    void pomDependsOnlyOnAllowedModules(String module) throws IOException {
        String pom = Files.readString(root().resolve(module).resolve("pom.xml"));
        Matcher m = Pattern.compile("<groupId>org\\.metalnmr</groupId>\\s*<artifactId>([a-z-]+)</artifactId>").matcher(pom);
        Set<String> deps = new TreeSet<>();
        while (m.find()) {
            if (!m.group(1).equals("metalnmr-parent")) {
                deps.add(m.group(1));
            }
        }
        Set<String> illegal = new TreeSet<>(deps);
        illegal.removeAll(ALLOWED.get(module));
        assertEquals(Set.of(), illegal, module + " depends on modules outside its layer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim-core", "spectra", "geometry", "rf-field", "susceptibility", "microstructure"})
    void libraryModulesImportNoHigherLayer(String module) throws IOException {
        Set<String> allowedPkgs = new TreeSet<>();
        allowedPkgs.add(PACKAGE.get(module));
        ALLOWED.get(module).forEach(d -> allowedPkgs.add(PACKAGE.get(d)));
        Pattern imp = Pattern.compile("^import (?:static )?org\\.metalnmr\\.([a-z]+)\\.", Pattern.MULTILINE);
        Path src = root().resolve(module).resolve("src/main/java");
        if (!Files.exists(src)) {
            return;
        }
        Set<String> bad = new TreeSet<>();
        try (var files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = imp.matcher(Files.readString(f));
                while (m.find()) {
                    if (!allowedPkgs.contains(m.group(1))) {
                        bad.add(src.relativize(f) + " imports org.metalnmr." + m.group(1));
                    }
                }
                String text = Files.readString(f);
                if (text.contains("System.exit(") || text.contains("System.out.print")) {
                    bad.add(src.relativize(f) + " prints or exits (only the CLI may)");
                }
            }
        }
        assertEquals(Set.of(), bad);
    }
}
