package org.metalnmr.core.nuclei;

import org.metalnmr.core.error.Checks;

/**
 * An NMR-active isotope.
 *
 * @param symbol                   the name used everywhere in the toolkit, e.g. {@code 7Li}
 * @param spin                     nuclear spin quantum number I (1/2, 1, 3/2, ...)
 * @param gyromagneticRatio        gamma [rad s^-1 T^-1] (sign kept: 25Mg is negative)
 * @param naturalAbundancePercent  natural abundance [%]
 * @param receptivityRelativeTo1H  receptivity relative to 1H at natural abundance
 * @param source                   where the values come from
 */
public record Nucleus(String symbol, double spin, double gyromagneticRatio,
                      double naturalAbundancePercent, double receptivityRelativeTo1H, String source) {

    /** Validates the values. */
    public Nucleus {
        Checks.positive("spin of " + symbol, "[1]", spin);
        Checks.finite("gyromagnetic ratio of " + symbol, gyromagneticRatio);
        Checks.inRange("natural abundance of " + symbol, "[%]", 0, 100, naturalAbundancePercent);
        Checks.nonNegative("receptivity of " + symbol, "[1]", receptivityRelativeTo1H);
    }

    /**
     * Larmor frequency f = |gamma| B0 / (2 pi).
     *
     * @param b0Tesla the static field B0 [T]
     * @return the Larmor frequency [Hz]
     */
    public double larmorFrequency(double b0Tesla) {
        return Math.abs(gyromagneticRatio) * b0Tesla / (2 * Math.PI);
    }
}
