/**
 * The discrete Fourier transform every module speaks: {@link org.metalnmr.core.fourier.FastFourierTransform}
 * (complex, in place, any length), used by spectrum synthesis (sim-core) and by the processing of measured
 * free induction decays (the spectra module).
 */
package org.metalnmr.core.fourier;
