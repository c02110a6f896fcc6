/**
 * Bruker TopSpin data: {@link org.metalnmr.spectra.io.bruker.BrukerReader} (experiment folders,
 * processing folders, numbered series, zip archives), the parameter files
 * ({@link org.metalnmr.spectra.io.bruker.BrukerParameters}), the binary sample encodings
 * ({@link org.metalnmr.spectra.io.bruker.SampleEncoding}) and the digital-filter group delay
 * ({@link org.metalnmr.spectra.io.bruker.DigitalFilter}). Raw FIDs are processed by
 * {@link org.metalnmr.spectra.processing.FidProcessor}. TopSpin's text export {@code ascii-spec.txt}
 * is read by {@link org.metalnmr.spectra.io.bruker.TopSpinAsciiReader} onto the axis of its {@code 1r}.
 */
package org.metalnmr.spectra.io.bruker;
