package org.metalnmr.spectra.plot;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;

import org.jfree.svg.SVGGraphics2D;
import org.metalnmr.spectra.output.AtomicFiles;

/** Several {@link LinePlot}s stacked in one column of an SVG document, written atomically. */
public final class SvgFigure {

    private SvgFigure() {
    }

    /**
     * @param width       figure width [px]
     * @param panelHeight height of each panel [px]
     * @param panels      the plots, top to bottom
     * @return the SVG document
     */
    public static String column(int width, int panelHeight, List<LinePlot> panels) {
        SVGGraphics2D g = new SVGGraphics2D(width, (double) panelHeight * panels.size());
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g, new Rectangle2D.Double(0, (double) i * panelHeight, width, panelHeight));
        }
        return g.getSVGDocument();
    }

    /**
     * @param target the file (replaced atomically)
     * @param svg    the document
     */
    public static void write(Path target, String svg) {
        AtomicFiles.writeString(target, svg);
    }
}
