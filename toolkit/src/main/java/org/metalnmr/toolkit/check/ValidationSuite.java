package org.metalnmr.toolkit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Runs every {@link CheckProvider} on the class path, in topic order. */
public final class ValidationSuite {

    private ValidationSuite() {
    }

    /** @return all providers found, sorted by topic */
    public static List<CheckProvider> providers() {
        List<CheckProvider> list = new ArrayList<>();
        ServiceLoader.load(CheckProvider.class).forEach(list::add);
        list.sort(Comparator.comparing(CheckProvider::topic));
        return list;
    }

    /** @return the results of all checks */
    public static List<CheckResult> runAll() {
        List<CheckResult> all = new ArrayList<>();
        for (CheckProvider p : providers()) {
            all.addAll(p.run());
        }
        return all;
    }

    /**
     * Formats results as a Markdown table (the README's validation table is this text).
     *
     * @param results the results
     * @return the table, one line per check
     */
    public static String markdownTable(List<CheckResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| check | expected | actual | tolerance | unit | passed | source |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (CheckResult r : results) {
            sb.append("| ").append(r.name())
              .append(" | ").append(fmt(r.expected()))
              .append(" | ").append(fmt(r.actual()))
              .append(" | ").append(fmt(r.tolerance()))
              .append(" | ").append(r.unit())
              .append(" | ").append(r.passed() ? "yes" : "**no**")
              .append(" | ").append(r.source().replace("|", "/"))
              .append(" |\n");
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
