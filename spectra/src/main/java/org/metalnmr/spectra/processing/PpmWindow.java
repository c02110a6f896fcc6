package org.metalnmr.spectra.processing;

import java.util.Locale;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A window of the shift axis, given by its two ends in either order.
 *
 * @param loPpm lower end [ppm]
 * @param hiPpm upper end [ppm], &gt; loPpm
 */
public record PpmWindow(double loPpm, double hiPpm) {

    /** Validates. */
    public PpmWindow {
        Checks.finite("window end [ppm]", loPpm);
        Checks.finite("window end [ppm]", hiPpm);
        if (!(hiPpm > loPpm)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "ppm window", "LO:HI with LO < HI [ppm]",
                    loPpm + ":" + hiPpm);
        }
    }

    /**
     * @param a one end [ppm]
     * @param b the other end [ppm]
     * @return the window between them
     */
    public static PpmWindow between(double a, double b) {
        return new PpmWindow(Math.min(a, b), Math.max(a, b));
    }

    /**
     * @param ppm a shift [ppm]
     * @return whether it lies in the window (ends included)
     */
    public boolean contains(double ppm) {
        return ppm >= loPpm && ppm <= hiPpm;
    }

    /** @return {@code "LO:HI"} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%s", loPpm, hiPpm);
    }
}
