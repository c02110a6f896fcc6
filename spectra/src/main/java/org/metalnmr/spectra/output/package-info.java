/** Output writers: atomic file writing ({@link org.metalnmr.spectra.output.AtomicFiles}) and spectrum CSV. */
package org.metalnmr.spectra.output;
