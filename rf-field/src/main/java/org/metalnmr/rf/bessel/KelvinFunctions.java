package org.metalnmr.rf.bessel;

import org.hipparchus.complex.Complex;

/**
 * Kelvin functions of order 0: ber x + i bei x = J_0(x e^{3 pi i/4}) (DLMF 10.61.1), real x.
 * They give the axial RF field in a wire: with time dependence exp(+i omega t) and skin depth d, the
 * field at radius r of a wire of radius a is J_0(k r)/J_0(k a), k = (1 - i)/d, and since J_0 is even,
 * J_0(k r) = J_0((sqrt2 r/d) e^{-i pi/4}) = ber(sqrt2 r/d) + i bei(sqrt2 r/d).
 * Computed through {@link BesselJ} (accuracy there); |x| &lt;= 990 so that e^{x/sqrt2} fits a double.
 * (ker and kei, needed for hollow tubes only, are not implemented.)
 */
public final class KelvinFunctions {

    private static final double C = Math.sqrt(0.5);

    private KelvinFunctions() {
    }

    /**
     * @param x real argument
     * @return ber x + i bei x
     */
    public static Complex berBei(double x) {
        return BesselJ.value(0, new Complex(-C * x, C * x));
    }

    /**
     * @param x real argument
     * @return ber x
     */
    public static double ber(double x) {
        return berBei(x).getReal();
    }

    /**
     * @param x real argument
     * @return bei x
     */
    public static double bei(double x) {
        return berBei(x).getImaginary();
    }
}
