package org.metalnmr.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.toolkit.check.ValidationSuite;

/** Runs every validation check (tagged: these are the literature checks CI runs) and keeps the README table true. */
@Tag("validation")
class ValidationSuiteTest {

    private static List<CheckResult> results;

    @BeforeAll
    static void runAll() {
        results = ValidationSuite.runAll();
    }

    @Test
    void everyCheckPasses() {
        List<String> failed = results.stream().filter(r -> !r.passed())
                .map(r -> r.name() + ": expected " + r.expected() + " actual " + r.actual() + " tol " + r.tolerance())
                .collect(Collectors.toList());
        assertEquals(List.of(), failed);
    }

    @Test
    void namesAreUniqueAndSourced() {
        Set<String> names = new HashSet<>();
        for (CheckResult r : results) {
            assertTrue(names.add(r.name()), "duplicate check name " + r.name());
            assertFalse(r.source().isBlank(), r.name());
        }
    }

    @Test
    void readmeTableMatchesWhatValidatePrints() throws IOException {
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
        String text = Files.readString(readme);
        String begin = "<!-- validation-table:begin -->\n";
        String end = "<!-- validation-table:end -->";
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        assertTrue(a >= 0 && b > a, "README has the validation-table markers");
        String inReadme = text.substring(a + begin.length(), b);
        assertEquals(ValidationSuite.markdownTable(results), inReadme,
                "README validation table is stale: regenerate with ./metalnmr validate --markdown");
    }
}
