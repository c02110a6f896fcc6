/**
 * NMR nuclei (spin, gyromagnetic ratio, abundance, receptivity) from the IUPAC 2001 table.
 * Entry points: {@link org.metalnmr.core.nuclei.Nuclei#bySymbol(String)} and
 * {@link org.metalnmr.core.units.FieldConversions}.
 */
package org.metalnmr.core.nuclei;
