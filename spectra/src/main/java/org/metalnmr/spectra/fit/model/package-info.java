/**
 * Line models for the fitter: {@link org.metalnmr.spectra.fit.model.PseudoVoigtLinesModel} (pseudo-Voigt
 * lines under one zero-order phase, optional linear baseline, analytic Jacobian, free / fixed /
 * shared parameters through {@link org.metalnmr.spectra.fit.model.ParameterRef}); the built-in
 * {@code peaks:N} with automatic initial values ({@link org.metalnmr.spectra.fit.model.PeaksModel});
 * and JSON model files ({@link org.metalnmr.spectra.fit.model.ModelFile}).
 */
package org.metalnmr.spectra.fit.model;
