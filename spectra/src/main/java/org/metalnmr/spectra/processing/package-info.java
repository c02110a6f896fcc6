/**
 * Time-domain processing of FIDs into spectra: {@link org.metalnmr.spectra.processing.FidProcessor}
 * (truncation, DC offset, apodisation, zero filling, FFT, digital-filter group-delay removal,
 * zero- and first-order phase, ppm referencing) configured by
 * {@link org.metalnmr.spectra.processing.ProcessingParameters}; the window functions
 * {@link org.metalnmr.spectra.processing.Apodization} and the radix-2
 * {@link org.metalnmr.core.fourier.FastFourierTransform}. Conventions (sign of the FFT,
 * highest frequency first, phase pivot at the carrier) are stated in each class.
 *
 * <p>After the transform (or on processed data): {@link org.metalnmr.spectra.processing.SpectrumCorrections}
 * applies, in order, the phase ({@link org.metalnmr.spectra.processing.PhaseCorrector}: manual, ACME
 * automatic, or on a region; a spectrum without imaginary part first gets one from
 * {@link org.metalnmr.spectra.processing.HilbertTransform}), a polynomial baseline over signal-free regions
 * ({@link org.metalnmr.spectra.processing.BaselineCorrector}) and the referencing
 * ({@link org.metalnmr.spectra.processing.Referencing}: a fixed offset, or a named line put at a given
 * shift, per spectrum). Every step is written down as a
 * {@link org.metalnmr.spectra.processing.ProcessingStep} of the spectrum's
 * {@link org.metalnmr.spectra.processing.ProcessingRecord} (docs/processing.md).
 */
package org.metalnmr.spectra.processing;
