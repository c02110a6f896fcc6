/**
 * Time-domain processing of FIDs into spectra: {@link org.metalnmr.core.processing.FidProcessor}
 * (truncation, DC offset, apodisation, zero filling, FFT, digital-filter group-delay removal,
 * zero- and first-order phase, ppm referencing) configured by
 * {@link org.metalnmr.core.processing.ProcessingParameters}; the window functions
 * {@link org.metalnmr.core.processing.Apodization} and the radix-2
 * {@link org.metalnmr.core.processing.FastFourierTransform}. Conventions (sign of the FFT,
 * highest frequency first, phase pivot at the carrier) are stated in each class.
 */
package org.metalnmr.core.processing;
