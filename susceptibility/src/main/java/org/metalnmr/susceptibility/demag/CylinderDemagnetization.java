package org.metalnmr.susceptibility.demag;

import org.metalnmr.core.error.Checks;

/**
 * Magnetometric demagnetising factors of a solid circular cylinder (diameter D, length L, axis along
 * body z), for a uniformly magnetised body (chi &rarr; 0, the case of metals with |chi| ~ 1e-5).
 *
 * <p>Axial factor (Chen, Brug &amp; Goldfarb, IEEE Trans. Magn. 27, 3601 (1991), the chi = 0 magnetometric
 * factor computed from the mutual inductance of coaxial solenoids; written here in the form of
 * Beleggia et al., J. Phys. D 38, 3333 (2005), eq. for the circular cross-section), with tau = L/D
 * and modulus k = 1/sqrt(1 + tau^2):
 * \[ N_z = 1 + \frac{4}{3\pi\tau}\left[1 - \frac{(1-\tau^2)E(k) + \tau^2 K(k)}{k}\right], \qquad
 *    N_x = N_y = \frac{1 - N_z}{2}. \]
 * K and E come from {@link CarlsonEllipticIntegrals}. Equivalent integral (checked in the tests by
 * quadrature): N_z = (2R/L) \int_0^\infty J_1(x)^2 (1 - e^{-xL/R}) x^{-2} dx, R = D/2, which gives the
 * limits N_z &rarr; 1 (disk, tau &rarr; 0) and N_z &asymp; 4/(3 pi tau) (needle).</p>
 *
 * <p>Singular cases: D and L must be finite and &gt; 0, and L/D in [1e-8, 1e8]: the bracket
 * cancels to about 1e-16/tau absolute for a thin disk, and K(k) diverges as tau &rarr; 0 only
 * logarithmically, so within that range the result is accurate to better than 1e-8.</p>
 *
 * @param diameter diameter D [m]
 * @param length   length L along the axis [m]
 */
public record CylinderDemagnetization(double diameter, double length) implements DemagnetizationModel {

    /** Validates the sizes. */
    public CylinderDemagnetization {
        Checks.positive("cylinder diameter", "[m]", diameter);
        Checks.positive("cylinder length", "[m]", length);
        Checks.inRange("cylinder length/diameter", "[1]", 1e-8, 1e8, length / diameter);
    }

    @Override
    public DemagnetizingFactors factors() {
        double tau = length / diameter;
        double k = 1 / Math.sqrt(1 + tau * tau);
        double kk = CarlsonEllipticIntegrals.completeK(k);
        double ee = CarlsonEllipticIntegrals.completeE(k);
        double nz = 1 + 4 / (3 * Math.PI * tau) * (1 - ((1 - tau * tau) * ee + tau * tau * kk) / k);
        double nt = (1 - nz) / 2;
        return new DemagnetizingFactors(nt, nt, nz);
    }
}
