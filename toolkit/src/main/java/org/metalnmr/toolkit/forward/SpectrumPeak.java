package org.metalnmr.toolkit.forward;

/**
 * A peak of a spectrum's magnitude.
 *
 * @param shiftPpm position of the maximum (parabolic refinement) [ppm]
 * @param height   magnitude at the maximum
 * @param fwhmPpm  full width at half maximum [ppm] (linear interpolation of the half-height crossings)
 */
public record SpectrumPeak(double shiftPpm, double height, double fwhmPpm) {
}
