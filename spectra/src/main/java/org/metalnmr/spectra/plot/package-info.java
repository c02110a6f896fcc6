/**
 * Figures shared by examples, reports and the command line, drawn with Java2D so that the same code makes the SVG
 * (JFreeSVG) and the PNG: {@link org.metalnmr.spectra.plot.LinePlot} (axes with units, linear, log or reversed
 * ppm axes, tick labels that never repeat, legend; series of {@link org.metalnmr.spectra.plot.PlotSeries} with
 * optional error bars and markers, long ones decimated per pixel column by
 * {@link org.metalnmr.spectra.plot.Decimation}), {@link org.metalnmr.spectra.plot.HeatMap} (maps with ticks on both
 * axes and a colour bar; sequential or diverging colour scale) and {@link org.metalnmr.spectra.plot.Figure} (panels
 * on a page; {@code write} writes {@code name.svg} and {@code name.png} together, atomically).
 */
package org.metalnmr.spectra.plot;
