package org.metalnmr.spectra.plot;

import java.nio.file.Path;
import java.util.List;

import org.metalnmr.spectra.output.AtomicFiles;

/**
 * Several {@link LinePlot}s stacked in one column of an SVG document, written atomically. Kept for callers that
 * want the SVG text only; figures that are written should use {@link Figure#write}, which writes the PNG next to
 * the SVG.
 */
public final class SvgFigure {

    private SvgFigure() {
    }

    /**
     * @param width       figure width [px]
     * @param panelHeight height of each panel [px]
     * @param panels      the plots, top to bottom
     * @return the SVG document
     */
    public static String column(int width, int panelHeight, List<? extends Drawing> panels) {
        return Figure.column(width, panelHeight, panels).toSvg();
    }

    /**
     * @param target the file (replaced atomically)
     * @param svg    the document
     */
    public static void write(Path target, String svg) {
        AtomicFiles.writeString(target, svg);
    }
}
