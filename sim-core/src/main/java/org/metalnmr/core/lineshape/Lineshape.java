package org.metalnmr.core.lineshape;

import java.util.List;

/**
 * A normalised complex lineshape \( L(x) = A(x) + i\,D(x) \) of the offset x from the line centre.
 *
 * <p>Units: the offset and every width parameter share one unit u (hertz for synthesis, ppm for
 * fitting); A and D are in 1/u, and \( \int A\,dx = 1 \) ({@link #area()}).
 *
 * <p>Sign and time convention: the lineshape is the Fourier transform of a causal free induction
 * decay with time dependence \( e^{+i 2\pi f_0 t} \),
 * \( L(x) = \int_0^\infty d(t)\,e^{-i 2\pi x t}\,dt \) with \( x = f - f_0 \) and the real, even
 * envelope d(t) given by {@link #decay(double)}. For the Lorentzian this is
 * \( L = \frac{1}{\pi}\frac{1}{\Gamma + i x} \), i.e. the \( 1/(1/T_2 + i 2\pi \Delta f) \) form
 * normalised to unit area; in general \( L(x) = \overline{w(z)}/(\sigma\sqrt{2\pi}) \) with the
 * Faddeeva function w. So D is odd and negative for x &gt; 0, and A and D are a Kramers-Kronig
 * (Hilbert) pair: \( D(x) = -\frac{1}{\pi}\,\mathrm{P}\!\int \frac{A(x')}{x - x'}\,dx' \).
 */
public interface Lineshape {

    /**
     * @param offset x = f - f0 [u]
     * @return absorption A(x) [1/u]
     */
    double absorption(double offset);

    /**
     * @param offset x = f - f0 [u]
     * @return dispersion D(x) [1/u]
     */
    double dispersion(double offset);

    /** @return full width at half maximum of the absorption [u] */
    double fwhm();

    /** @return the area \( \int A\,dx \) (1: every lineshape here is normalised to unit area) */
    default double area() {
        return 1.0;
    }

    /**
     * The real envelope d(t) of the free induction decay whose one-sided transform is L, normalised
     * so that d(0) = 2 (the two-sided transform of d is A, of unit area).
     *
     * @param time t &gt;= 0 [1/u]
     * @return d(t)
     */
    double decay(double time);

    /** @return names of the shape parameters in the order of {@link #parameters()} (e.g. "hwhm") */
    List<String> parameterNames();

    /** @return the values of the shape parameters [u, or dimensionless for a mixing ratio] */
    double[] parameters();

    /**
     * Analytic derivatives of A and D with respect to the offset and to each shape parameter.
     *
     * @param offset x [u]
     * @param out    receives 2 (1 + P) values, P = number of shape parameters:
     *               {dA/dx, dD/dx, dA/dp1, dD/dp1, ...}
     */
    void derivatives(double offset, double[] out);
}
