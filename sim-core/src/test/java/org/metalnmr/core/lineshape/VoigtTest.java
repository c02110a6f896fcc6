package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class VoigtTest extends LineshapeContractTest {

    @Override
    List<Lineshape> lineshapes() {
        return List.of(new Voigt(1.0, 0.5), new Voigt(0.3, 1.2), new Voigt(0.8, 0.0));
    }

    @Override
    Lineshape withParameters(double[] params) {
        return new Voigt(params[0], params[1]);
    }

    /** sigma much smaller than gamma: the Lorentzian, up to relative corrections of order (sigma/gamma)^2. */
    @Test
    void narrowGaussianLimitIsLorentzian() {
        double gamma = 1.0;
        double sigma = 1e-4;
        Voigt v = new Voigt(sigma, gamma);
        Lorentzian l = new Lorentzian(gamma);
        for (double x : new double[] {0, 0.5, 2, 10}) {
            assertEquals(l.absorption(x), v.absorption(x), 1e-7 * l.absorption(x));
            assertEquals(l.dispersion(x), v.dispersion(x), 1e-7 * l.absorption(0));
        }
        assertEquals(2 * gamma, v.fwhm(), 1e-7);
    }

    @Test
    void zeroGammaIsGaussian() {
        double sigma = 0.9;
        Voigt v = new Voigt(sigma, 0);
        Gaussian g = new Gaussian(sigma * Math.sqrt(2 * Math.log(2)));
        for (double x : new double[] {0, 0.5, 2, 4}) {
            assertEquals(g.absorption(x), v.absorption(x), 1e-13 * g.absorption(0));
            assertEquals(g.dispersion(x), v.dispersion(x), 2e-11 * g.absorption(0));
        }
        assertEquals(g.fwhm(), v.fwhm(), 1e-12);
    }

    /** Olivero and Longbothum (JQSRT 17, 233 (1977)) approximation, stated accurate to 0.02%. */
    @Test
    void fwhmAgreesWithOliveroLongbothum() {
        for (double[] sg : new double[][] {{1, 0.1}, {1, 1}, {0.2, 3}}) {
            Voigt v = new Voigt(sg[0], sg[1]);
            double fl = 2 * sg[1];
            double fg = 2 * sg[0] * Math.sqrt(2 * Math.log(2));
            double ol = 0.5346 * fl + Math.sqrt(0.2166 * fl * fl + fg * fg);
            assertEquals(ol, v.fwhm(), 2.5e-4 * ol);
        }
    }
}
