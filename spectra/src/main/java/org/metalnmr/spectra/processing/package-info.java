/**
 * Time-domain processing of FIDs into spectra: {@link org.metalnmr.spectra.processing.FidProcessor}
 * (truncation, DC offset, apodisation, zero filling, FFT, digital-filter group-delay removal,
 * zero- and first-order phase, ppm referencing) configured by
 * {@link org.metalnmr.spectra.processing.ProcessingParameters}; the window functions
 * {@link org.metalnmr.spectra.processing.Apodization} and the radix-2
 * {@link org.metalnmr.core.fourier.FastFourierTransform}. Conventions (sign of the FFT,
 * highest frequency first, phase pivot at the carrier) are stated in each class.
 */
package org.metalnmr.spectra.processing;
