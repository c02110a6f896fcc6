package org.metalnmr.spectra.processing;

import java.util.List;
import java.util.Objects;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A polynomial baseline fitted over signal-free regions and subtracted (by {@link BaselineCorrector}).
 *
 * @param order   polynomial order, 0 (offset) to {@link #MAX_ORDER}
 * @param regions the signal-free windows [ppm]; empty to find them automatically from the noise
 */
public record BaselineCorrection(int order, List<PpmWindow> regions) {

    /** Highest polynomial order accepted. */
    public static final int MAX_ORDER = 10;

    /** Validates and copies. */
    public BaselineCorrection {
        if (order < 0 || order > MAX_ORDER) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "baseline polynomial order", 0, MAX_ORDER, "", order);
        }
        regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
    }

    /** @return whether the signal-free regions are found automatically */
    public boolean automaticRegions() {
        return regions.isEmpty();
    }
}
