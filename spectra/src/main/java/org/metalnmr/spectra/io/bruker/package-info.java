/**
 * Bruker TopSpin data: {@link org.metalnmr.spectra.io.bruker.BrukerReader} (experiment folders,
 * processing folders, numbered series, zip archives), the parameter files
 * ({@link org.metalnmr.spectra.io.bruker.BrukerParameters}), the binary sample encodings
 * ({@link org.metalnmr.spectra.io.bruker.SampleEncoding}) and the digital-filter group delay
 * ({@link org.metalnmr.spectra.io.bruker.DigitalFilter}). Raw FIDs are processed by
 * {@link org.metalnmr.spectra.processing.FidProcessor}.
 */
package org.metalnmr.spectra.io.bruker;
