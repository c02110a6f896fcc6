package org.metalnmr.spectra.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Something that draws itself into a rectangle of a Java2D graphics context: a {@link LinePlot}, a
 * {@link HeatMap}, or any drawing code. The same call draws the SVG (JFreeSVG) and the PNG (a raster image) of a
 * {@link Figure}.
 */
@FunctionalInterface
public interface Drawing {

    /**
     * @param g    the graphics
     * @param area the region to draw into [px]
     */
    void draw(Graphics2D g, Rectangle2D area);
}
