package org.metalnmr.toolkit.series;

/**
 * The direction in which a series fit walks from its first spectrum, each fit started from its neighbour's result.
 * Spectra on the other side of the first spectrum are fitted by a second chain that starts from it and walks the
 * other way, so every spectrum is fitted whatever the start.
 */
public enum ChainDirection {
    /** Towards later spectra (increasing input index). */
    FORWARD,
    /**
     * Towards earlier spectra: start where a line is clearest (e.g. the microstructure line at the end of plating)
     * and follow it back to where it vanishes.
     */
    BACKWARD
}
