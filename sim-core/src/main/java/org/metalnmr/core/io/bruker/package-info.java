/**
 * Bruker TopSpin data: {@link org.metalnmr.core.io.bruker.BrukerReader} (experiment folders,
 * processing folders, numbered series, zip archives), the parameter files
 * ({@link org.metalnmr.core.io.bruker.BrukerParameters}), the binary sample encodings
 * ({@link org.metalnmr.core.io.bruker.SampleEncoding}) and the digital-filter group delay
 * ({@link org.metalnmr.core.io.bruker.DigitalFilter}). Raw FIDs are processed by
 * {@link org.metalnmr.core.processing.FidProcessor}.
 */
package org.metalnmr.core.io.bruker;
