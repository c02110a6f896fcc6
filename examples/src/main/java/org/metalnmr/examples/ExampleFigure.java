package org.metalnmr.examples;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.jfree.svg.SVGGraphics2D;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.spectra.plot.RasterImage;
import org.metalnmr.spectra.plot.SvgFigure;

/**
 * Puts the panels of an example's figure on a page and writes it twice: as SVG (for the docs) and as a
 * PNG of the same drawing next to it ({@code name.svg} gives {@code name.png}). A panel is anything that
 * draws itself into a rectangle, e.g. {@code linePlot::draw} or {@code heatMap::draw} from
 * {@code org.metalnmr.spectra.plot}. Rows are stacked top to bottom; the panels of a row share its width
 * equally.
 */
final class ExampleFigure {

    /** Something that draws itself into a region of a graphics context. */
    interface Panel extends BiConsumer<Graphics2D, Rectangle2D> {
    }

    private ExampleFigure() {
    }

    /**
     * @param svgPath   where the SVG goes; the PNG goes next to it with the extension {@code .png}
     * @param width     page width [px]
     * @param rowHeight height of every row [px]
     * @param rows      the rows of panels, top to bottom
     * @return the path of the PNG
     */
    static Path write(Path svgPath, int width, int rowHeight, List<List<Panel>> rows) {
        int height = rowHeight * rows.size();
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        draw(svg, width, rowHeight, rows);
        SvgFigure.write(svgPath, svg.getSVGDocument());
        byte[] png = RasterImage.png(width, height, g -> draw(g, width, rowHeight, rows));
        Path pngPath = pngPath(svgPath);
        AtomicFiles.write(pngPath, out -> out.write(png));
        return pngPath;
    }

    /**
     * @param svgPath an SVG path
     * @return the same path with {@code .png} instead of {@code .svg} (appended if it has no {@code .svg})
     */
    static Path pngPath(Path svgPath) {
        String name = svgPath.getFileName().toString();
        String base = name.endsWith(".svg") ? name.substring(0, name.length() - 4) : name;
        return svgPath.resolveSibling(base + ".png");
    }

    /**
     * Points drawn as "+" markers: each point becomes a short horizontal and a short vertical stroke,
     * separated by non-finite points (which break a {@link PlotSeries} line).
     *
     * @param name   legend text
     * @param x      abscissae
     * @param y      ordinates
     * @param armX   half length of the horizontal stroke: a factor 1 + armX on a log axis, else in x units
     * @param armY   half length of the vertical stroke: a factor 1 + armY on a log axis, else in y units
     * @param logX   whether the x axis is logarithmic
     * @param logY   whether the y axis is logarithmic
     * @return the series
     */
    static PlotSeries markers(String name, double[] x, double[] y, double armX, double armY, boolean logX, boolean logY) {
        int n = x.length;
        double[] px = new double[6 * n];
        double[] py = new double[6 * n];
        for (int i = 0; i < n; i++) {
            int k = 6 * i;
            px[k] = logX ? x[i] / (1 + armX) : x[i] - armX;
            px[k + 1] = logX ? x[i] * (1 + armX) : x[i] + armX;
            py[k] = y[i];
            py[k + 1] = y[i];
            px[k + 2] = Double.NaN;
            py[k + 2] = Double.NaN;
            px[k + 3] = x[i];
            px[k + 4] = x[i];
            py[k + 3] = logY ? y[i] / (1 + armY) : y[i] - armY;
            py[k + 4] = logY ? y[i] * (1 + armY) : y[i] + armY;
            px[k + 5] = Double.NaN;
            py[k + 5] = Double.NaN;
        }
        return PlotSeries.solid(name, px, py);
    }

    /**
     * Points with vertical error bars: a short horizontal tick at each point and a vertical bar from
     * y - err to y + err (linear axes), separated by non-finite points.
     *
     * @param name legend text
     * @param x    abscissae
     * @param y    ordinates
     * @param err  half lengths of the bars (non-finite: no bar)
     * @param tick half width of the tick at the point [x units]
     * @return the series
     */
    static PlotSeries errorBars(String name, double[] x, double[] y, double[] err, double tick) {
        int n = x.length;
        double[] px = new double[6 * n];
        double[] py = new double[6 * n];
        for (int i = 0; i < n; i++) {
            int k = 6 * i;
            double e = Double.isFinite(err[i]) ? err[i] : 0;
            px[k] = x[i] - tick;
            px[k + 1] = x[i] + tick;
            py[k] = y[i];
            py[k + 1] = y[i];
            px[k + 2] = Double.NaN;
            py[k + 2] = Double.NaN;
            px[k + 3] = x[i];
            px[k + 4] = x[i];
            py[k + 3] = y[i] - e;
            py[k + 4] = y[i] + e;
            px[k + 5] = Double.NaN;
            py[k + 5] = Double.NaN;
        }
        return PlotSeries.solid(name, px, py);
    }

    private static void draw(Graphics2D g, int width, int rowHeight, List<List<Panel>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Panel> row = rows.get(r);
            double w = (double) width / row.size();
            for (int c = 0; c < row.size(); c++) {
                row.get(c).accept(g, new Rectangle2D.Double(c * w, (double) r * rowHeight, w, rowHeight));
            }
        }
    }
}
