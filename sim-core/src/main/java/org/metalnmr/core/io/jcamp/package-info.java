/**
 * JCAMP-DX 4.24 to 6.0: the record splitter {@link org.metalnmr.core.io.jcamp.JcampRecords}
 * (shared with the Bruker parameter files), the AFFN/ASDF table decoder
 * {@link org.metalnmr.core.io.jcamp.XyDataDecoder} (SQZ, DIF with y-check, DUP, PAC) and the
 * spectrum reader {@link org.metalnmr.core.io.jcamp.JcampDxReader} (XYDATA and NTUPLES, Hz or ppm
 * abscissa converted to ppm).
 */
package org.metalnmr.core.io.jcamp;
