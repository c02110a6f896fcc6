/**
 * JCAMP-DX 4.24 to 6.0: the record splitter {@link org.metalnmr.spectra.io.jcamp.JcampRecords}
 * (shared with the Bruker parameter files), the AFFN/ASDF table decoder
 * {@link org.metalnmr.spectra.io.jcamp.XyDataDecoder} (SQZ, DIF with y-check, DUP, PAC) and the
 * spectrum reader {@link org.metalnmr.spectra.io.jcamp.JcampDxReader} (XYDATA and NTUPLES, Hz or ppm
 * abscissa converted to ppm).
 */
package org.metalnmr.spectra.io.jcamp;
