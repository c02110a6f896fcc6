package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;

/**
 * The two wave numbers of the skin effect for time dependence exp(+i omega t):
 * kappa = (1 + i)/d, with laplacian H = kappa^2 H (kappa^2 = i omega mu sigma = 2i/d^2), and
 * k = -i kappa = (1 - i)/d, with laplacian H + k^2 H = 0, the form whose regular solutions are J_n(k r)
 * and j_n(k r). Im k = -1/d &lt; 0, so |J_n(k r)| grows like e^{r/d} towards the surface.
 */
final class SkinWaveNumber {

    private SkinWaveNumber() {
    }

    /**
     * @param skinDepth d [m]
     * @return kappa = (1 + i)/d [1/m]
     */
    static Complex kappa(double skinDepth) {
        return new Complex(1 / skinDepth, 1 / skinDepth);
    }

    /**
     * @param skinDepth d [m]
     * @return k = (1 - i)/d [1/m]
     */
    static Complex k(double skinDepth) {
        return new Complex(1 / skinDepth, -1 / skinDepth);
    }
}
