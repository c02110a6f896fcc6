package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;

/**
 * What a volume element contributes, as a function of the two rotation invariants of its local
 * relative RF field h: the bilinear square h . h (complex) and the Hermitian square |h|^2. Every
 * signal quantity of {@code rf.signal} is of this form (small-flip signal: h . h; signal at flip
 * angle theta0: sin(theta0 |h|) h . h / |h|), which lets each body integrate over its symmetry angles
 * cheaply.
 */
@FunctionalInterface
public interface LocalResponse {

    /**
     * @param hDotH        h . h (no conjugate)
     * @param hNormSquared |h|^2 = h . conj(h)
     * @return the contribution per unit volume
     */
    Complex apply(Complex hDotH, double hNormSquared);
}
