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

    /**
     * @param width  [px]
     * @param height [px]
     * @return a standalone SVG document of this drawing filling the page
     */
    default String toSvg(int width, int height) {
        org.jfree.svg.SVGGraphics2D g = Figure.svgGraphics(width, height);
        draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * @param width  [px]
     * @param height [px]
     * @return PNG bytes of the same drawing (the same code draws both)
     */
    default byte[] toPng(int width, int height) {
        return RasterImage.png(width, height, g -> draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }
}
