package org.metalnmr.core.lineshape;

import java.util.List;

import org.metalnmr.core.error.Checks;

/**
 * Gaussian line of half width at half maximum h (standard deviation
 * \( \sigma = h/\sqrt{2\ln 2} \)), complex form \( L(x) = \overline{w(u)}/(\sigma\sqrt{2\pi}) \)
 * with \( u = x/(\sigma\sqrt 2) \) real:
 * \( A = \frac{c}{h} e^{-u^2} \), \( D = -\frac{2}{\sqrt\pi}\frac{c}{h} F(u) \),
 * \( c = \sqrt{\ln 2/\pi} \), F Dawson's integral ({@link Dawson}); the transform of the decay
 * \( d(t) = 2 e^{-2\pi^2\sigma^2 t^2} \) (Bracewell, The Fourier Transform and its Applications,
 * ch. 6; dispersion: A&amp;S 7.1.3). Singular only for h = 0, which is refused.
 *
 * @param hwhm h [u], &gt; 0
 */
public record Gaussian(double hwhm) implements Lineshape {

    static final double C = Math.sqrt(Math.log(2) / Math.PI);
    static final double SQRT_LN2 = Math.sqrt(Math.log(2));
    static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /** Validates. */
    public Gaussian {
        Checks.positive("Gaussian half width at half maximum", "[offset unit]", hwhm);
    }

    @Override
    public double absorption(double offset) {
        double u = SQRT_LN2 * offset / hwhm;
        return C / hwhm * Math.exp(-u * u);
    }

    @Override
    public double dispersion(double offset) {
        double u = SQRT_LN2 * offset / hwhm;
        return -TWO_OVER_SQRT_PI * C / hwhm * Dawson.value(u);
    }

    @Override
    public double fwhm() {
        return 2 * hwhm;
    }

    @Override
    public double decay(double time) {
        double s = Math.PI * hwhm * time;
        return 2 * Math.exp(-s * s / Math.log(2));
    }

    @Override
    public List<String> parameterNames() {
        return List.of("hwhm");
    }

    @Override
    public double[] parameters() {
        return new double[] {hwhm};
    }

    @Override
    public void derivatives(double offset, double[] out) {
        double[] v = new double[6];
        values(offset, hwhm, v, 0);
        System.arraycopy(v, 2, out, 0, 4);
    }

    /**
     * Values and derivatives in one pass (shared with {@link PseudoVoigt}).
     *
     * @param x    offset [u]
     * @param h    hwhm [u]
     * @param out  receives {A, D, dA/dx, dD/dx, dA/dh, dD/dh} from index {@code from}
     * @param from first index written
     */
    static void values(double x, double h, double[] out, int from) {
        double invH = 1 / h;
        double u = SQRT_LN2 * x * invH;
        double a = C * invH * Math.exp(-u * u);
        double f = Dawson.value(u);
        double k = TWO_OVER_SQRT_PI * C * invH;
        double d = -k * f;
        double fPrime = 1 - 2 * u * f;
        out[from] = a;
        out[from + 1] = d;
        out[from + 2] = -2 * u * a * SQRT_LN2 * invH;
        out[from + 3] = -k * fPrime * SQRT_LN2 * invH;
        out[from + 4] = a * (2 * u * u - 1) * invH;
        out[from + 5] = (-d + k * fPrime * u) * invH;
    }
}
