package org.metalnmr.susceptibility.demag;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Carlson's symmetric elliptic integrals R_F and R_D by the duplication algorithm, and the complete
 * Legendre integrals K(k) and E(k) built from them.
 *
 * <p>Definitions (Carlson, Numer. Algorithms 10, 13 (1995), eqs. 2.1 and 2.4):
 * \( R_F(x,y,z) = \tfrac12 \int_0^\infty \frac{dt}{\sqrt{(t+x)(t+y)(t+z)}} \),
 * \( R_D(x,y,z) = \tfrac32 \int_0^\infty \frac{dt}{(t+z)\sqrt{(t+x)(t+y)(t+z)}} \).
 * Algorithm (same paper, sect. 2): repeat the duplication x &larr; (x + lambda)/4 (all three
 * arguments), lambda = sqrt(xy) + sqrt(xz) + sqrt(yz), until 4^-m Q &lt; |A_m|, then sum the
 * Taylor series in the symmetric differences to fifth order (R_F: eq. 2.2; R_D: eq. 2.5, plus the
 * accumulated 3 sum 4^-m / (sqrt(z_m)(z_m + lambda_m))). The stopping tolerance is r = 1e-16, for which
 * Carlson's error bounds are of the order of r; the tests find agreement with Hipparchus'
 * independent implementation to 1e-14 relative.</p>
 *
 * <p>Singular cases: arguments must be &ge; 0; R_F needs at most one zero argument, R_D needs z &gt; 0
 * and at most one of x, y zero; anything else raises {@link InvalidInputException}.</p>
 *
 * <p>Legendre forms (modulus k, 0 &le; k &lt; 1): K(k) = R_F(0, 1-k^2, 1),
 * E(k) = R_F(0, 1-k^2, 1) - k^2 R_D(0, 1-k^2, 1) / 3 (DLMF 19.25.1).</p>
 */
public final class CarlsonEllipticIntegrals {

    private static final double R = 1e-16;
    private static final int MAX_ITERATIONS = 100;

    private CarlsonEllipticIntegrals() {
    }

    /**
     * @param x first argument, &ge; 0
     * @param y second argument, &ge; 0
     * @param z third argument, &ge; 0 (at most one of the three zero)
     * @return R_F(x, y, z)
     */
    public static double rf(double x, double y, double z) {
        Checks.nonNegative("R_F argument x", "[1]", x);
        Checks.nonNegative("R_F argument y", "[1]", y);
        Checks.nonNegative("R_F argument z", "[1]", z);
        if ((x == 0 ? 1 : 0) + (y == 0 ? 1 : 0) + (z == 0 ? 1 : 0) > 1) {
            throw new InvalidInputException(SusceptibilityMessage.NOT_CONVERGED, "R_F", "at most one argument may be zero");
        }
        double a0 = (x + y + z) / 3;
        double q = Math.pow(3 * R, -1.0 / 6) * Math.max(Math.abs(a0 - x), Math.max(Math.abs(a0 - y), Math.abs(a0 - z)));
        double xm = x;
        double ym = y;
        double zm = z;
        double am = a0;
        double pow4 = 1;
        for (int m = 0; pow4 * q >= Math.abs(am); m++) {
            if (m > MAX_ITERATIONS) {
                throw new MetalNmrException(SusceptibilityMessage.NOT_CONVERGED, "R_F duplication", "too many iterations");
            }
            double sx = Math.sqrt(xm);
            double sy = Math.sqrt(ym);
            double sz = Math.sqrt(zm);
            double lambda = sx * sy + sx * sz + sy * sz;
            xm = (xm + lambda) / 4;
            ym = (ym + lambda) / 4;
            zm = (zm + lambda) / 4;
            am = (am + lambda) / 4;
            pow4 /= 4;
        }
        double bx = (a0 - x) * pow4 / am;
        double by = (a0 - y) * pow4 / am;
        double bz = -(bx + by);
        double e2 = bx * by - bz * bz;
        double e3 = bx * by * bz;
        return (1 - e2 / 10 + e3 / 14 + e2 * e2 / 24 - 3 * e2 * e3 / 44) / Math.sqrt(am);
    }

    /**
     * @param x first argument, &ge; 0
     * @param y second argument, &ge; 0 (not both x and y zero)
     * @param z third argument, &gt; 0
     * @return R_D(x, y, z)
     */
    public static double rd(double x, double y, double z) {
        Checks.nonNegative("R_D argument x", "[1]", x);
        Checks.nonNegative("R_D argument y", "[1]", y);
        Checks.positive("R_D argument z", "[1]", z);
        if (x == 0 && y == 0) {
            throw new InvalidInputException(SusceptibilityMessage.NOT_CONVERGED, "R_D", "x and y may not both be zero");
        }
        double a0 = (x + y + 3 * z) / 5;
        double q = Math.pow(R / 4, -1.0 / 6) * Math.max(Math.abs(a0 - x), Math.max(Math.abs(a0 - y), Math.abs(a0 - z)));
        double xm = x;
        double ym = y;
        double zm = z;
        double am = a0;
        double pow4 = 1;
        double sum = 0;
        for (int m = 0; pow4 * q >= Math.abs(am); m++) {
            if (m > MAX_ITERATIONS) {
                throw new MetalNmrException(SusceptibilityMessage.NOT_CONVERGED, "R_D duplication", "too many iterations");
            }
            double sx = Math.sqrt(xm);
            double sy = Math.sqrt(ym);
            double sz = Math.sqrt(zm);
            double lambda = sx * sy + sx * sz + sy * sz;
            sum += pow4 / (sz * (zm + lambda));
            xm = (xm + lambda) / 4;
            ym = (ym + lambda) / 4;
            zm = (zm + lambda) / 4;
            am = (am + lambda) / 4;
            pow4 /= 4;
        }
        double bx = (a0 - x) * pow4 / am;
        double by = (a0 - y) * pow4 / am;
        double bz = -(bx + by) / 3;
        double xy = bx * by;
        double z2 = bz * bz;
        double e2 = xy - 6 * z2;
        double e3 = (3 * xy - 8 * z2) * bz;
        double e4 = 3 * (xy - z2) * z2;
        double e5 = xy * z2 * bz;
        double series = 1 - 3 * e2 / 14 + e3 / 6 + 9 * e2 * e2 / 88 - 3 * e4 / 22 - 9 * e2 * e3 / 52 + 3 * e5 / 26;
        return pow4 * series / (am * Math.sqrt(am)) + 3 * sum;
    }

    /**
     * @param k modulus, in [0, 1)
     * @return the complete elliptic integral of the first kind K(k)
     */
    public static double completeK(double k) {
        Checks.inRange("modulus k", "[1]", 0, Math.nextDown(1.0), k);
        return rf(0, 1 - k * k, 1);
    }

    /**
     * @param k modulus, in [0, 1]
     * @return the complete elliptic integral of the second kind E(k) (E(1) = 1)
     */
    public static double completeE(double k) {
        Checks.inRange("modulus k", "[1]", 0, 1, k);
        if (k == 1) {
            return 1;
        }
        double y = 1 - k * k;
        return rf(0, y, 1) - k * k * rd(0, y, 1) / 3;
    }
}
