/**
 * Spectra: the uniform ppm axis ({@link org.metalnmr.core.spectrum.SpectralAxis}) and the complex
 * spectrum ({@link org.metalnmr.core.spectrum.Spectrum}) that readers produce, the forward model
 * synthesises and the fitter consumes.
 */
package org.metalnmr.core.spectrum;
