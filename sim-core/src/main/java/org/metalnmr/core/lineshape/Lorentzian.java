package org.metalnmr.core.lineshape;

import java.util.List;

import org.metalnmr.core.error.Checks;

/**
 * Lorentzian line of half width at half maximum \( \Gamma \):
 * \( L(x) = \frac{1}{\pi}\frac{1}{\Gamma + i x} \), so
 * \( A = \frac{\Gamma}{\pi(\Gamma^2 + x^2)} \), \( D = -\frac{x}{\pi(\Gamma^2 + x^2)} \), the
 * transform of the decay \( d(t) = 2 e^{-2\pi\Gamma t} \). With x in hertz and
 * \( \Gamma = 1/(2\pi T_2) \) (FWHM \( 1/(\pi T_2) \)) this is
 * \( L = 2/(1/T_2 + i 2\pi x) \): the transform of \( e^{-t/T_2} \) for t &gt;= 0, doubled so
 * that \( \int A\,dx = 1 \) (Abragam, The Principles of Nuclear Magnetism, 1961, ch. IV).
 * Singular only for \( \Gamma = 0 \), which is refused.
 *
 * @param hwhm \( \Gamma \) [u], &gt; 0
 */
public record Lorentzian(double hwhm) implements Lineshape {

    /** Validates. */
    public Lorentzian {
        Checks.positive("Lorentzian half width at half maximum", "[offset unit]", hwhm);
    }

    /**
     * The Lorentzian of a transverse relaxation time, in hertz.
     *
     * @param t2Seconds T2 [s]
     * @return the line with \( \Gamma = 1/(2\pi T_2) \) [Hz]
     */
    public static Lorentzian fromT2(double t2Seconds) {
        Checks.positive("T2", "[s]", t2Seconds);
        return new Lorentzian(1 / (2 * Math.PI * t2Seconds));
    }

    @Override
    public double absorption(double offset) {
        return hwhm / (Math.PI * (hwhm * hwhm + offset * offset));
    }

    @Override
    public double dispersion(double offset) {
        return -offset / (Math.PI * (hwhm * hwhm + offset * offset));
    }

    @Override
    public double fwhm() {
        return 2 * hwhm;
    }

    @Override
    public double decay(double time) {
        return 2 * Math.exp(-2 * Math.PI * hwhm * time);
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
        double s = hwhm * hwhm + offset * offset;
        double ps2 = Math.PI * s * s;
        out[0] = -2 * offset * hwhm / ps2;
        out[1] = (offset * offset - hwhm * hwhm) / ps2;
        out[2] = (offset * offset - hwhm * hwhm) / ps2;
        out[3] = 2 * offset * hwhm / ps2;
    }
}
