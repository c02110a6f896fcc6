/**
 * The text-columns reader {@link org.metalnmr.spectra.io.text.TextColumnsReader}: ppm, real[, imag]
 * with header, delimiter and comment detection and a uniform-axis check (refuse, or resample on
 * request).
 */
package org.metalnmr.spectra.io.text;
