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
    PERCOLATION_THRESHOLD("percolation threshold must be in (0, 1), got %s"),
    /** An iterative solver that did not reach its tolerance. */
    SOLVER_NOT_CONVERGED("%s did not converge: relative residual %.3e after %d iterations (tolerance %.1e)"),
    /** An incomplete factorisation with a zero pivot. */
    FACTORISATION_BREAKDOWN("%s broke down: pivot %d is zero"),
    /** A grid that does not resolve the problem. */
    GRID_UNRESOLVED("%s: no cell centre lies inside a conductor; refine the grid until every conductor holds cell centres"),
    /** Array lengths that do not match. */
    LENGTH_MISMATCH("%s must have length %d, got %d"),
    /** A problem without any conductor. */
    NO_CONDUCTOR("%s contains no conductor: every cell of the grid is air"),
    /** A grid axis with nodes that are not strictly increasing. */
    NODES_NOT_INCREASING("%s: nodes must be finite and strictly increasing, got %s after %s at index %d"),
    /** A point outside the region where a map is defined. */
    OUTSIDE_MAP("point (%.6g, %.6g, %.6g) m lies outside the %s, which spans %s");

    private final String template;

    RfMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
