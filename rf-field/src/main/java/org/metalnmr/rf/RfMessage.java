package org.metalnmr.rf;

import org.metalnmr.core.error.MessageKey;

/** The messages of the rf-field module (English, {@link String#format} templates). */
public enum RfMessage implements MessageKey {
    /** A Bessel order outside the implemented range. */
    BESSEL_ORDER("Bessel order n must be in [%d, %d], got %d"),
    /** An unscaled special function whose value would overflow a double. */
    BESSEL_OVERFLOW("%s(%s) overflows a double (|Im z| = %s > %s); use the exponentially scaled form"),
    /** A complex argument that is not finite. */
    NOT_FINITE_COMPLEX("%s must be a finite complex number, got %s"),
    /** A point outside the body whose field was asked for. */
    OUTSIDE_BODY("the point (%s, %s, %s) [m] lies outside the %s; the profile is defined inside the metal only"),
    /** A packing fraction outside (0, 1]. */
    PACKING_FRACTION("packing fraction must be in (0, 1] (metal volume / layer volume), got %s"),
    /** A percolation threshold outside (0, 1). */
    PERCOLATION_THRESHOLD("percolation threshold must be in (0, 1), got %s");

    private final String template;

    RfMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
