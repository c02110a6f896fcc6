/**
 * Reading measured spectra. {@link org.metalnmr.spectra.io.SpectrumReaders#read(java.nio.file.Path)}
 * detects the format (Bruker folder, series or zip; TopSpin's ascii-spec.txt; JCAMP-DX; text columns)
 * and returns {@link org.metalnmr.spectra.io.LabelledSpectrum}s;
 * {@link org.metalnmr.spectra.io.SpectrumReaders#readProcessed} returns them as
 * {@link org.metalnmr.spectra.io.ProcessedSpectrum}s with the record of what was read and every step.
 * {@link org.metalnmr.spectra.io.ReadOptions} holds the choices (processed or raw Bruker data, procno,
 * time-domain processing, text spacing policy, reference frequency, and the phase, baseline and
 * referencing corrections). Every reader
 * implements {@link org.metalnmr.spectra.io.SpectrumReader}; folders and zip archives are seen through
 * {@link org.metalnmr.spectra.io.FileTree}.
 */
package org.metalnmr.spectra.io;
