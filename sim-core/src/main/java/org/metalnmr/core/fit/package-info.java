/**
 * The least-squares fitting engine: a {@link org.metalnmr.core.fit.SpectrumModel} (named, bounded
 * {@link org.metalnmr.core.fit.FitParameter}s, evaluation, optional analytic Jacobian, components)
 * is fitted to the real part of a spectrum by {@link org.metalnmr.core.fit.SpectrumFitter}
 * (Hipparchus Levenberg-Marquardt with MINUIT bound transforms, covariance, noise from
 * {@link org.metalnmr.core.fit.NoiseEstimator}, chi-square, AIC, BIC, several starts,
 * identifiability warnings) into a {@link org.metalnmr.core.fit.FitResult}. Built-in and file
 * models are in {@code core.fit.model}; the toolkit adds the physical morphology model through the
 * same interface. See {@code docs/fitting.md}.
 */
package org.metalnmr.core.fit;
