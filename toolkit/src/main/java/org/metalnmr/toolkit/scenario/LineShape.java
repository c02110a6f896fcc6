package org.metalnmr.toolkit.scenario;

/** Lineshape of a non-metal line. */
public enum LineShape {
    /** Lorentzian (exponential decay). */
    LORENTZIAN,
    /** Gaussian. */
    GAUSSIAN;

    /** @return the file spelling: lower case */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
