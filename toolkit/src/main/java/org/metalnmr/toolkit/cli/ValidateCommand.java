package org.metalnmr.toolkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.toolkit.check.ValidationSuite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code metalnmr validate}: runs the literature and closed-form checks and prints the table; exit 1 when one fails. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reproduce the literature and closed-form checks of the validation module and print the table; exits 1 when a check fails.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--markdown", description = "print the table as Markdown (the README's validation table)")
    boolean markdown;

    @Override
    public Integer call() {
        List<CheckResult> results = ValidationSuite.runAll();
        boolean allPassed = !results.isEmpty() && results.stream().allMatch(CheckResult::passed);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> checks = new ArrayList<>();
            for (CheckResult r : results) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", r.name());
                c.put("topic", r.topic());
                c.put("expected", r.expected());
                c.put("actual", r.actual());
                c.put("tolerance", r.tolerance());
                c.put("unit", r.unit());
                c.put("source", r.source());
                c.put("passed", r.passed());
                checks.add(c);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("checks", checks);
            root.put("passed", allPassed);
            JsonOutput.print(out, true, root);
        } else if (markdown) {
            out.print(ValidationSuite.markdownTable(results));
            out.flush();
        } else {
            for (CheckResult r : results) {
                out.printf(java.util.Locale.ROOT, "%-4s %-48s expected %-11.5g actual %-11.5g tol %-9.3g %s%n",
                        r.passed() ? "ok" : "FAIL", r.name(), r.expected(), r.actual(), r.tolerance(), r.unit());
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.printf("%d checks, %d passed, %d failed%n", results.size(), results.size() - failed, failed);
            out.flush();
        }
        return allPassed ? 0 : ErrorHandling.FAILURE;
    }
}
