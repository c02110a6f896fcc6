/**
 * Small SVG line plots (JFreeSVG) shared by examples, reports and the command line:
 * {@link org.metalnmr.spectra.plot.LinePlot} (axes, log scales, ticks, legend, several series of
 * {@link org.metalnmr.spectra.plot.PlotSeries}) and {@link org.metalnmr.spectra.plot.SvgFigure} (panels in a
 * column, atomic write).
 */
package org.metalnmr.spectra.plot;
