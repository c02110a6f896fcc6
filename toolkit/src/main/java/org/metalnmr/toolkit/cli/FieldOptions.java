package org.metalnmr.toolkit.cli;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.units.FieldConversions;

import picocli.CommandLine.Option;

/** The magnet's field, given as B0 or as its 1H frequency (exactly one). */
public final class FieldOptions {

    @Option(names = "--b0-tesla", paramLabel = "T", required = true, description = "static field B0 [T], > 0")
    Double b0Tesla;

    @Option(names = "--proton-mhz", paramLabel = "F", required = true, description = "1H frequency of the magnet [MHz], > 0")
    Double protonMhz;

    /** @return B0 [T], validated */
    public double b0() {
        if (b0Tesla != null) {
            return Checks.positive("--b0-tesla", "[T]", b0Tesla);
        }
        return FieldConversions.b0FromProtonFrequency(Checks.positive("--proton-mhz", "[MHz]", protonMhz) * 1e6);
    }
}
