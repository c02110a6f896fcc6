/**
 * Operando series as users analyse them: the chained fit of a series of spectra ({@link org.metalnmr.toolkit.series.SeriesFit},
 * forward or backward from any spectrum, resumable, on several threads), with a quality verdict per spectrum
 * ({@link org.metalnmr.toolkit.series.FitQuality}: reduced chi-square, convergence, parameters at a bound, warnings) and a
 * summary that counts the flagged fits ({@link org.metalnmr.toolkit.series.SeriesSummary}); the Li-metal two-line preset
 * whose bulk and microstructure lines sit in windows derived from the bulk magnetic susceptibility shifts of docs/physics.md
 * section 4 ({@link org.metalnmr.toolkit.series.LiMetalModel}); model-free integrals of ppm windows with noise-based errors
 * ({@link org.metalnmr.toolkit.series.RegionIntegrals}); the cycler's voltage trace ({@link org.metalnmr.toolkit.series.CyclerTrace})
 * and the figures of a series ({@link org.metalnmr.toolkit.series.SeriesFigures}). Library code: it neither prints nor
 * writes files; the command line ({@code fit-series}, {@code integrate}) does.
 */
package org.metalnmr.toolkit.series;
