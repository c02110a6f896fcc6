/**
 * Small SVG line plots (JFreeSVG) shared by examples, reports and the command line:
 * {@link org.metalnmr.core.plot.LinePlot} (axes, log scales, ticks, legend, several series of
 * {@link org.metalnmr.core.plot.PlotSeries}) and {@link org.metalnmr.core.plot.SvgFigure} (panels in a
 * column, atomic write).
 */
package org.metalnmr.core.plot;
