package org.metalnmr.core.lineshape;

import java.util.List;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.MetalNmrException;

/**
 * Voigt line: the convolution of a Gaussian of standard deviation \( \sigma \) with a Lorentzian
 * of half width \( \gamma \),
 * \( L(x) = \overline{w(z)}/(\sigma\sqrt{2\pi}) \), \( z = (x + i\gamma)/(\sigma\sqrt 2) \), with the
 * Faddeeva function w ({@link Faddeeva}; Armstrong, J. Quant. Spectrosc. Radiat. Transfer 7, 61
 * (1967), eq. 6). It is the transform of \( d(t) = 2 e^{-2\pi\gamma t - 2\pi^2\sigma^2 t^2} \).
 * Analytic derivatives use \( w'(z) = -2 z w(z) + 2i/\sqrt\pi \) (A&amp;S 7.1.20).
 * The FWHM has no closed form: it is solved by bisection on \( A(x) = A(0)/2 \) to 1e-13
 * relative. \( \sigma = 0 \) is singular (use {@link Lorentzian}) and refused; \( \gamma = 0 \)
 * is the Gaussian.
 *
 * @param sigma Gaussian standard deviation [u], &gt; 0
 * @param gamma Lorentzian half width at half maximum [u], &gt;= 0
 */
public record Voigt(double sigma, double gamma) implements Lineshape {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /** Validates. */
    public Voigt {
        Checks.positive("Voigt Gaussian standard deviation sigma", "[offset unit]", sigma);
        Checks.nonNegative("Voigt Lorentzian half width gamma", "[offset unit]", gamma);
    }

    @Override
    public double absorption(double offset) {
        double[] w = new double[2];
        Faddeeva.w(offset / (sigma * Math.sqrt(2)), gamma / (sigma * Math.sqrt(2)), w);
        return w[0] * INV_SQRT_2PI / sigma;
    }

    @Override
    public double dispersion(double offset) {
        double[] w = new double[2];
        Faddeeva.w(offset / (sigma * Math.sqrt(2)), gamma / (sigma * Math.sqrt(2)), w);
        return -w[1] * INV_SQRT_2PI / sigma;
    }

    @Override
    public double fwhm() {
        double half = 0.5 * absorption(0);
        // the Olivero-Longbothum width brackets the root within a factor 2
        double fl = 2 * gamma;
        double fg = 2 * sigma * Math.sqrt(2 * Math.log(2));
        double guess = 0.5346 * fl + Math.sqrt(0.2166 * fl * fl + fg * fg);
        double lo = 0.25 * guess;
        double hi = guess;
        while (absorption(hi) > half) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (absorption(mid) > half) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (hi - lo > 1e-12 * hi) {
            throw new MetalNmrException(CoreMessage.NOT_FINITE, "Voigt FWHM (bisection did not converge)", hi);
        }
        return lo + hi;
    }

    @Override
    public double decay(double time) {
        double s = Math.PI * sigma * time;
        return 2 * Math.exp(-2 * Math.PI * gamma * time - 2 * s * s);
    }

    @Override
    public List<String> parameterNames() {
        return List.of("sigma", "gamma");
    }

    @Override
    public double[] parameters() {
        return new double[] {sigma, gamma};
    }

    @Override
    public void derivatives(double offset, double[] out) {
        double k = 1 / (sigma * Math.sqrt(2));
        double zr = offset * k;
        double zi = gamma * k;
        double[] w = new double[2];
        Faddeeva.w(zr, zi, w);
        // w' = -2 z w + 2i/sqrt(pi)
        double dwr = -2 * (zr * w[0] - zi * w[1]);
        double dwi = -2 * (zr * w[1] + zi * w[0]) + TWO_OVER_SQRT_PI;
        double n = INV_SQRT_2PI / sigma;
        // L = n conj(w); dL/dx = n conj(w' k)
        out[0] = n * dwr * k;
        out[1] = -n * dwi * k;
        // dL/dsigma = n conj(w' * (-z/sigma)) - L/sigma
        double pr = -(dwr * zr - dwi * zi) / sigma;
        double pi = -(dwr * zi + dwi * zr) / sigma;
        out[2] = n * pr - n * w[0] / sigma;
        out[3] = -n * pi + n * w[1] / sigma;
        // dL/dgamma = n conj(w' * i k) ; w' i = (-dwi, dwr)
        out[4] = -n * dwi * k;
        out[5] = -n * dwr * k;
    }
}
