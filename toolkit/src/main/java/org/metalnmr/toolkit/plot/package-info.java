/**
 * Figures: {@link org.metalnmr.toolkit.plot.CellGeometryPlot} draws scenes (coil, cell parts, deposits)
 * in two lab-frame views with B0 and B1 marked, as SVG (JFreeSVG).
 */
package org.metalnmr.toolkit.plot;
