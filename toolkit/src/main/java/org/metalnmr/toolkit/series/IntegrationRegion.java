package org.metalnmr.toolkit.series;

import java.util.Locale;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A named ppm window to integrate.
 *
 * @param name  column name (letters, digits, {@code _} and {@code -})
 * @param loPpm lower end [ppm]
 * @param hiPpm upper end [ppm], &gt; loPpm
 */
public record IntegrationRegion(String name, double loPpm, double hiPpm) {

    /** Validates. */
    public IntegrationRegion {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "region name", "a name of letters, digits, _ and - starting with a letter",
                    String.valueOf(name));
        }
        Checks.finite("region start [ppm]", loPpm);
        Checks.finite("region end [ppm]", hiPpm);
        if (!(hiPpm > loPpm)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "region " + name + " end", loPpm, Double.POSITIVE_INFINITY,
                    "[ppm; above its start]", hiPpm);
        }
    }

    /**
     * @param text {@code NAME=LO:HI}, e.g. {@code micro=258:280} (the ends in either order)
     * @return the region
     */
    public static IntegrationRegion parse(String text) {
        String t = text == null ? "" : text.trim();
        int eq = t.indexOf('=');
        int colon = t.indexOf(':', Math.max(eq, 0));
        if (eq <= 0 || colon < 0) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--region", "NAME=LO:HI in ppm, e.g. micro=258:280", text);
        }
        try {
            double a = Double.parseDouble(t.substring(eq + 1, colon).trim());
            double b = Double.parseDouble(t.substring(colon + 1).trim());
            return new IntegrationRegion(t.substring(0, eq).trim(), Math.min(a, b), Math.max(a, b));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--region", "NAME=LO:HI in ppm, e.g. micro=258:280", text);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%g:%g", name, loPpm, hiPpm);
    }
}
