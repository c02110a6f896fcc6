package org.metalnmr.core.lineshape;

import java.util.List;

import org.metalnmr.core.error.Checks;

/**
 * Pseudo-Voigt line: a mix of a Lorentzian and a Gaussian of the same half width h,
 * \( L = \eta L_L + (1 - \eta) L_G \) for absorption and dispersion alike (so the pair stays
 * Kramers-Kronig consistent), FWHM exactly 2h, unit area
 * (Wertheim et al., Rev. Sci. Instrum. 45, 1369 (1974); the widely used profile of Rietveld and
 * NMR fitting). \( \eta = 1 \) is Lorentzian, \( \eta = 0 \) Gaussian. The Thompson-Cox-Hastings
 * mapping from (sigma, gamma) to (h, eta) is not provided: h and eta are the parameters.
 *
 * @param hwhm h [u], &gt; 0
 * @param eta  Lorentzian fraction, in [0, 1]
 */
public record PseudoVoigt(double hwhm, double eta) implements Lineshape {

    private static final double INV_PI = 1 / Math.PI;

    /** Validates. */
    public PseudoVoigt {
        Checks.positive("pseudo-Voigt half width at half maximum", "[offset unit]", hwhm);
        Checks.inRange("pseudo-Voigt Lorentzian fraction eta", "[1]", 0, 1, eta);
    }

    @Override
    public double absorption(double offset) {
        return eta * new Lorentzian(hwhm).absorption(offset) + (1 - eta) * new Gaussian(hwhm).absorption(offset);
    }

    @Override
    public double dispersion(double offset) {
        return eta * new Lorentzian(hwhm).dispersion(offset) + (1 - eta) * new Gaussian(hwhm).dispersion(offset);
    }

    @Override
    public double fwhm() {
        return 2 * hwhm;
    }

    @Override
    public double decay(double time) {
        return eta * new Lorentzian(hwhm).decay(time) + (1 - eta) * new Gaussian(hwhm).decay(time);
    }

    @Override
    public List<String> parameterNames() {
        return List.of("hwhm", "eta");
    }

    @Override
    public double[] parameters() {
        return new double[] {hwhm, eta};
    }

    @Override
    public void derivatives(double offset, double[] out) {
        double[] v = new double[8];
        values(offset, hwhm, eta, v);
        System.arraycopy(v, 2, out, 0, 6);
    }

    /**
     * Values and analytic derivatives in one pass, without allocation (the inner loop of the
     * {@code peaks:N} fit model).
     *
     * @param x   offset [u]
     * @param h   hwhm [u], &gt; 0
     * @param eta Lorentzian fraction
     * @param out receives {A, D, dA/dx, dD/dx, dA/dh, dD/dh, dA/deta, dD/deta} (length &gt;= 8)
     */
    public static void values(double x, double h, double eta, double[] out) {
        Gaussian.values(x, h, out, 0);
        double ga = out[0];
        double gd = out[1];
        double s = h * h + x * x;
        double invPiS = INV_PI / s;
        double la = h * invPiS;
        double ld = -x * invPiS;
        double invPiS2 = invPiS / s;
        double g = 1 - eta;
        out[0] = eta * la + g * ga;
        out[1] = eta * ld + g * gd;
        out[2] = eta * (-2 * x * h * invPiS2) + g * out[2];
        out[3] = eta * ((x * x - h * h) * invPiS2) + g * out[3];
        out[4] = eta * ((x * x - h * h) * invPiS2) + g * out[4];
        out[5] = eta * (2 * x * h * invPiS2) + g * out[5];
        out[6] = la - ga;
        out[7] = ld - gd;
    }
}
