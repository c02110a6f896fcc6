/**
 * Normalised complex lineshapes \( L(x) = A(x) + i D(x) \): {@link org.metalnmr.core.lineshape.Lorentzian}
 * (from T2), {@link org.metalnmr.core.lineshape.Gaussian} (dispersion by Dawson's integral),
 * {@link org.metalnmr.core.lineshape.Voigt} (Faddeeva function) and
 * {@link org.metalnmr.core.lineshape.PseudoVoigt}, behind the
 * {@link org.metalnmr.core.lineshape.Lineshape} interface (values, analytic derivatives, FWHM,
 * time-domain decay). Sign convention: FID \( e^{+i 2\pi f_0 t} \), spectrum
 * \( \int_0^\infty s(t) e^{-i 2\pi f t} dt \), so the dispersion is negative above the centre.
 * Special functions: {@link org.metalnmr.core.lineshape.Faddeeva} (Weideman 1994 plus continued
 * fraction), {@link org.metalnmr.core.lineshape.Dawson} (fast table for fitting loops);
 * {@link org.metalnmr.core.lineshape.ComplexVoigt} (the Voigt line with its offset, Lorentzian-width,
 * Gaussian-width and variance derivatives in one call, sigma &gt;= 0, for kernel tables in fitting loops).
 */
package org.metalnmr.core.lineshape;
