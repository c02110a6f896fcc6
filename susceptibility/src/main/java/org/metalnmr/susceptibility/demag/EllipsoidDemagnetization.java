package org.metalnmr.susceptibility.demag;

import org.metalnmr.core.error.Checks;

/**
 * Demagnetising factors of a general ellipsoid with semi-axes a, b, c along body x, y, z.
 *
 * <p>Formula (Osborn, Phys. Rev. 67, 351 (1945), eq. 1, written with Carlson's integral, DLMF 19.16.6 / Carlson
 * 1995): \( N_x = \frac{abc}{2}\int_0^\infty \frac{ds}{(s+a^2)\sqrt{(s+a^2)(s+b^2)(s+c^2)}} = \frac{abc}{3} R_D(b^2, c^2, a^2) \),
 * and cyclically N_y = (abc/3) R_D(c^2, a^2, b^2), N_z = (abc/3) R_D(a^2, b^2, c^2). An ellipsoid in a
 * uniform field is uniformly magnetised, so these factors are exact at every interior point (they
 * are both the magnetometric and the local factors).</p>
 *
 * <p>Singular cases: a, b, c must be finite and &gt; 0 (the thin-plate and long-needle limits are
 * {@link DemagnetizingFactors#THIN_PLATE} and {@link DemagnetizingFactors#LONG_NEEDLE}); the
 * arguments are scaled by the largest semi-axis so that any positive size works.</p>
 *
 * @param a semi-axis along body x [m]
 * @param b semi-axis along body y [m]
 * @param c semi-axis along body z [m]
 */
public record EllipsoidDemagnetization(double a, double b, double c) implements DemagnetizationModel {

    /** Validates the semi-axes. */
    public EllipsoidDemagnetization {
        Checks.positive("ellipsoid semi-axis a", "[m]", a);
        Checks.positive("ellipsoid semi-axis b", "[m]", b);
        Checks.positive("ellipsoid semi-axis c", "[m]", c);
    }

    @Override
    public DemagnetizingFactors factors() {
        double s = Math.max(a, Math.max(b, c));
        double x = a / s;
        double y = b / s;
        double z = c / s;
        double v = x * y * z / 3;
        double nx = v * CarlsonEllipticIntegrals.rd(y * y, z * z, x * x);
        double ny = v * CarlsonEllipticIntegrals.rd(z * z, x * x, y * y);
        double nz = v * CarlsonEllipticIntegrals.rd(x * x, y * y, z * z);
        return new DemagnetizingFactors(nx, ny, nz);
    }
}
