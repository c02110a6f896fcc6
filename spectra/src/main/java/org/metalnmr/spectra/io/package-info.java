/**
 * Reading measured spectra. {@link org.metalnmr.spectra.io.SpectrumReaders#read(java.nio.file.Path)}
 * detects the format (Bruker folder, series or zip; JCAMP-DX; text columns) and returns
 * {@link org.metalnmr.spectra.io.LabelledSpectrum}s; {@link org.metalnmr.spectra.io.ReadOptions} holds
 * the choices (processed or raw Bruker data, processing, text spacing policy). Every reader
 * implements {@link org.metalnmr.spectra.io.SpectrumReader}; folders and zip archives are seen through
 * {@link org.metalnmr.spectra.io.FileTree}.
 */
package org.metalnmr.spectra.io;
