/**
 * The least-squares fitting engine: a {@link org.metalnmr.spectra.fit.SpectrumModel} (named, bounded
 * {@link org.metalnmr.spectra.fit.FitParameter}s, evaluation, optional analytic Jacobian, components)
 * is fitted to the real part of a spectrum by {@link org.metalnmr.spectra.fit.SpectrumFitter}
 * (Hipparchus Levenberg-Marquardt with MINUIT bound transforms, covariance, noise from
 * {@link org.metalnmr.spectra.fit.NoiseEstimator}, chi-square, AIC, BIC, several starts,
 * identifiability warnings) into a {@link org.metalnmr.spectra.fit.FitResult}. Built-in and file
 * models are in {@code core.fit.model}; the toolkit adds the physical morphology model through the
 * same interface. See {@code docs/fitting.md}.
 */
package org.metalnmr.spectra.fit;
