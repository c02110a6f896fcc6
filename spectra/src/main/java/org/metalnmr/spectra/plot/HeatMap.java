package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A colour map of a scalar on a rectangular grid: a cross-section through a cell (|B1|, the BMS shift; axes in
 * mm, drawn to scale) or a 2D data set such as intensity over ppm and time (axes of any unit, filling the panel,
 * optionally with a reversed horizontal ppm axis). Both axes and the colour bar carry ticks with labels. Two
 * colour scales:
 * <ul>
 *   <li>sequential, for magnitudes: viridis (perceptually uniform; van der Walt &amp; Smith, matplotlib 2015)
 *       from {@code lo} (dark) to {@code hi} (bright);</li>
 *   <li>diverging, for signed quantities ({@link #withDivergingScale}): ColorBrewer RdBu (Brewer, Harrower
 *       &amp; Penn State, colorbrewer2.org, 2003), blue for negative, white at exactly zero, red for positive,
 *       over a range symmetric about zero.</li>
 * </ul>
 * Values outside the colour range are drawn in the end colours, and the colour bar gets a triangle at that end;
 * NaN cells are drawn grey (e.g. inside metal). Immutable; built with {@link #of} and {@code with*} methods.
 */
public final class HeatMap implements Drawing {

    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    };

    /** ColorBrewer RdBu, 11 classes, from blue (negative) to red (positive); the middle class is the near-white f7f7f7. */
    private static final int[] RDBU = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    };

    private static final Color NAN_GREY = new Color(0x9a9a9a);

    /** Grids with more cells are drawn as one embedded image rather than one rectangle per cell. */
    static final int MAX_VECTOR_CELLS = 4096;

    private final String title;
    private final String colourLabel;
    private final double[][] values;
    private final double[] extent;
    private final String xLabel;
    private final String yLabel;
    private final double lo;
    private final double hi;
    private final boolean diverging;
    private final boolean toScale;
    private final boolean reversedX;

    private HeatMap(String title, String colourLabel, double[][] values, double[] extent, String xLabel, String yLabel,
                    double lo, double hi, boolean diverging, boolean toScale, boolean reversedX) {
        this.title = title;
        this.colourLabel = colourLabel;
        this.values = values;
        this.extent = extent;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.lo = lo;
        this.hi = hi;
        this.diverging = diverging;
        this.toScale = toScale;
        this.reversedX = reversedX;
    }

    /**
     * A cross-section in mm, drawn to scale (equal mm per pixel on both axes), sequential colour scale.
     *
     * @param title       title
     * @param colourLabel what the colour means, with unit
     * @param values      values[column][row]: column along the horizontal axis, row along the vertical (copied)
     * @param xMinMm      left edge [mm]
     * @param xMaxMm      right edge [mm]
     * @param yMinMm      bottom edge [mm]
     * @param yMaxMm      top edge [mm]
     * @return the map, colour range fitted to the finite values
     */
    public static HeatMap of(String title, String colourLabel, double[][] values, double xMinMm, double xMaxMm,
                             double yMinMm, double yMaxMm) {
        double[][] copy = new double[values.length][];
        double mn = Double.POSITIVE_INFINITY;
        double mx = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
            for (double v : copy[i]) {
                if (Double.isFinite(v)) {
                    mn = Math.min(mn, v);
                    mx = Math.max(mx, v);
                }
            }
        }
        if (!(mn <= mx)) {
            mn = 0;
            mx = 1;
        } else if (!(mx > mn)) {
            mx = mn + 1;
        }
        return new HeatMap(Objects.requireNonNull(title), Objects.requireNonNull(colourLabel), copy,
                new double[] {xMinMm, xMaxMm, yMinMm, yMaxMm}, "x [mm]", "y [mm]", mn, mx, false, true, false);
    }

    /**
     * A grid of data on arbitrary axes (e.g. intensity over ppm and time), filling the panel, sequential colour scale.
     *
     * @param title       title
     * @param colourLabel what the colour means, with unit
     * @param values      values[column][row]: column along the horizontal axis, row along the vertical (copied)
     * @param x0          value at the left edge of the first column
     * @param x1          value at the right edge of the last column
     * @param y0          value at the bottom edge of the first row
     * @param y1          value at the top edge of the last row
     * @param xLabel      horizontal axis label (with unit)
     * @param yLabel      vertical axis label (with unit)
     * @return the map, colour range fitted to the finite values
     */
    public static HeatMap ofGrid(String title, String colourLabel, double[][] values, double x0, double x1, double y0, double y1,
                                 String xLabel, String yLabel) {
        return of(title, colourLabel, values, 0, 1, 0, 1).withAxisLabels(xLabel, yLabel).withExtent(x0, x1, y0, y1, false);
    }

    /**
     * @param reversed whether the horizontal axis decreases to the right (the NMR convention for ppm)
     * @return a copy with that direction
     */
    public HeatMap withReversedX(boolean reversed) {
        return new HeatMap(title, colourLabel, values, extent, xLabel, yLabel, lo, hi, diverging, toScale, reversed);
    }

    /**
     * @param x horizontal axis label (with unit)
     * @param y vertical axis label (with unit)
     * @return a copy with these labels
     */
    public HeatMap withAxisLabels(String x, String y) {
        return new HeatMap(title, colourLabel, values, extent, x, y, lo, hi, diverging, toScale, reversedX);
    }

    /**
     * @param low  value at the low end of the colour scale
     * @param high value at the high end (&gt; low)
     * @return a copy with this colour range (values outside are drawn in the end colours)
     */
    public HeatMap withRange(double low, double high) {
        if (!(high > low)) {
            throw new InvalidInputException(CoreMessage.RANGE_INVERTED, "colour range", "[data units]", low, high);
        }
        return new HeatMap(title, colourLabel, values, extent, xLabel, yLabel, low, high, diverging, toScale, reversedX);
    }

    /**
     * @param limit the magnitude drawn in the darkest colours (&gt; 0)
     * @return a copy with the diverging scale from -limit (blue) through 0 (white) to +limit (red)
     */
    public HeatMap withDivergingScale(double limit) {
        Checks.positive("diverging colour limit", "[data units]", limit);
        return new HeatMap(title, colourLabel, values, extent, xLabel, yLabel, -limit, limit, true, toScale, reversedX);
    }

    /** @return a copy with the diverging scale symmetric about zero, reaching the largest finite |value| */
    public HeatMap withDivergingScale() {
        double m = Math.max(Math.abs(lo), Math.abs(hi));
        return withDivergingScale(m > 0 ? m : 1);
    }

    /**
     * @param x0       value at the left edge (the first column's outer edge)
     * @param x1       value at the right edge
     * @param y0       value at the bottom edge
     * @param y1       value at the top edge
     * @param reversed whether the horizontal axis decreases to the right (ppm)
     * @return a copy whose cells fill the panel (not to scale), with these axis ranges
     */
    public HeatMap withExtent(double x0, double x1, double y0, double y1, boolean reversed) {
        return new HeatMap(title, colourLabel, values, new double[] {x0, x1, y0, y1}, xLabel, yLabel, lo, hi, diverging, false, reversed);
    }

    /** @return the low end of the colour range */
    public double colourLow() {
        return lo;
    }

    /** @return the high end of the colour range */
    public double colourHigh() {
        return hi;
    }

    /** @return whether the colour scale is the diverging one */
    public boolean isDiverging() {
        return diverging;
    }


    /**
     * @param g    graphics
     * @param area region to draw into
     */
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.WHITE);
        g.fill(area);
        Axis barAxis = new Axis(lo, hi, false);
        List<Double> barTicks = barAxis.ticks(6);
        List<String> barLabels = barAxis.labels(barTicks, 6);
        int barLabelWidth = barLabels.stream().mapToInt(fm::stringWidth).max().orElse(0);
        Axis ayFull = new Axis(Math.min(extent[2], extent[3]), Math.max(extent[2], extent[3]), false);
        double top = area.getY() + 30;
        double bottom = area.getMaxY() - 45;
        int yTarget = Math.max(3, (int) ((bottom - top) / 55));
        List<Double> yTicks = ayFull.ticks(yTarget);
        List<String> yLabels = ayFull.labels(yTicks, yTarget);
        int yLabelWidth = yLabels.stream().mapToInt(fm::stringWidth).max().orElse(0);
        double left = area.getX() + 28 + yLabelWidth + 8;
        double barWidth = 14;
        double right = area.getMaxX() - (12 + barWidth + 6 + barLabelWidth + 26);
        double w = right - left;
        double h = bottom - top;
        double sx = Math.abs(extent[1] - extent[0]);
        double sy = Math.abs(extent[3] - extent[2]);
        double pw = w;
        double ph = h;
        if (toScale) {
            double scale = Math.min(w / sx, h / sy);
            pw = sx * scale;
            ph = sy * scale;
        }
        Rectangle2D plot = new Rectangle2D.Double(left, top + (h - ph) / 2, pw, ph);
        Axis ax = new Axis(Math.min(extent[0], extent[1]), Math.max(extent[0], extent[1]), false, reversedX);
        Axis ay = ayFull;
        // the cells: values[i] runs from extent[0] (i = 0) to extent[1]
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int nx = values.length;
        int ny = nx == 0 ? 0 : values[0].length;
        if ((long) nx * ny > MAX_VECTOR_CELLS) {
            drawRaster(g, plot, ax, ay);
        } else {
            for (int i = 0; i < nx; i++) {
                double xa = extent[0] + (extent[1] - extent[0]) * i / nx;
                double xb = extent[0] + (extent[1] - extent[0]) * (i + 1) / nx;
                double pa = plot.getX() + ax.fraction(xa) * pw;
                double pb = plot.getX() + ax.fraction(xb) * pw;
                for (int j = 0; j < ny; j++) {
                    double ya = extent[2] + (extent[3] - extent[2]) * j / ny;
                    double yb = extent[2] + (extent[3] - extent[2]) * (j + 1) / ny;
                    double qa = plot.getMaxY() - ay.fraction(ya) * ph;
                    double qb = plot.getMaxY() - ay.fraction(yb) * ph;
                    double v = values[i][j];
                    g.setColor(Double.isFinite(v) ? scaleColour((v - lo) / (hi - lo)) : NAN_GREY);
                    // overlap by a fraction of a pixel so that no seams show between cells
                    g.fill(new Rectangle2D.Double(Math.min(pa, pb), Math.min(qa, qb), Math.abs(pb - pa) + 0.6, Math.abs(qb - qa) + 0.6));
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        g.setFont(font.deriveFont(Font.BOLD, 13f));
        g.drawString(title, (float) (area.getX() + 10), (float) (area.getY() + 18));
        g.setFont(font);
        // ticks on both axes
        int xTarget = Math.max(3, (int) (pw / 90));
        List<Double> xTicks = ax.ticks(xTarget);
        List<String> xLabels = ax.labels(xTicks, xTarget);
        for (int i = 0; i < xTicks.size(); i++) {
            double px = plot.getX() + ax.fraction(xTicks.get(i)) * pw;
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + 4));
            String s = xLabels.get(i);
            g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 17));
        }
        for (int i = 0; i < yTicks.size(); i++) {
            double py = plot.getMaxY() - ay.fraction(yTicks.get(i)) * ph;
            g.draw(new Line2D.Double(plot.getX() - 4, py, plot.getX(), py));
            String s = yLabels.get(i);
            g.drawString(s, (float) (plot.getX() - 7 - fm.stringWidth(s)), (float) (py + fm.getAscent() / 2.5));
        }
        g.drawString(xLabel, (float) (plot.getCenterX() - fm.stringWidth(xLabel) / 2.0), (float) (plot.getMaxY() + 33));
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, area.getX() + 16, plot.getCenterY());
        g.drawString(yLabel, (float) (area.getX() + 16 - fm.stringWidth(yLabel) / 2.0), (float) plot.getCenterY());
        g.setTransform(saved);
        drawColourBar(g, fm, area, plot, barWidth, barAxis, barTicks, barLabels);
    }

    /**
     * Draws a large grid as one image of twice the plot's pixel size (each image pixel shows the cell under its
     * centre), so that a figure of a 10<sup>6</sup>-cell data set stays small.
     */
    private void drawRaster(Graphics2D g, Rectangle2D plot, Axis ax, Axis ay) {
        int iw = Math.max(1, (int) Math.ceil(2 * plot.getWidth()));
        int ih = Math.max(1, (int) Math.ceil(2 * plot.getHeight()));
        int nx = values.length;
        int ny = values[0].length;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(iw, ih, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int u = 0; u < iw; u++) {
            // data coordinate under the pixel centre: invert the axis fraction
            double fx = (u + 0.5) / iw;
            double xv = ax.lo() + (ax.reversed() ? 1 - fx : fx) * (ax.hi() - ax.lo());
            int i = (int) Math.floor((xv - extent[0]) / (extent[1] - extent[0]) * nx);
            i = Math.max(0, Math.min(nx - 1, i));
            for (int v = 0; v < ih; v++) {
                double fy = 1 - (v + 0.5) / ih;
                double yv = ay.lo() + fy * (ay.hi() - ay.lo());
                int j = (int) Math.floor((yv - extent[2]) / (extent[3] - extent[2]) * ny);
                j = Math.max(0, Math.min(ny - 1, j));
                double val = values[i][j];
                img.setRGB(u, v, (Double.isFinite(val) ? scaleColour((val - lo) / (hi - lo)) : NAN_GREY).getRGB());
            }
        }
        AffineTransform at = new AffineTransform(plot.getWidth() / iw, 0, 0, plot.getHeight() / ih, plot.getX(), plot.getY());
        g.drawImage(img, at, null);
    }

    private void drawColourBar(Graphics2D g, FontMetrics fm, Rectangle2D area, Rectangle2D plot, double barWidth, Axis barAxis,
                               List<Double> barTicks, List<String> barLabels) {
        double bx = plot.getMaxX() + 12;
        double by = plot.getY();
        double bh = plot.getHeight();
        int steps = 128;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int s = 0; s < steps; s++) {
            g.setColor(scaleColour((s + 0.5) / steps));
            g.fill(new Rectangle2D.Double(bx, by + bh - (s + 1) * bh / steps, barWidth, bh / steps + 0.6));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        boolean below = false;
        boolean above = false;
        for (double[] col : values) {
            for (double v : col) {
                below |= v < lo;
                above |= v > hi;
            }
        }
        // triangles at the ends where values are clamped
        if (above) {
            Path2D t = new Path2D.Double();
            t.moveTo(bx, by - 1);
            t.lineTo(bx + barWidth / 2, by - 10);
            t.lineTo(bx + barWidth, by - 1);
            t.closePath();
            g.setColor(scaleColour(1));
            g.fill(t);
            g.setColor(Color.BLACK);
            g.draw(t);
        }
        if (below) {
            Path2D t = new Path2D.Double();
            t.moveTo(bx, by + bh + 1);
            t.lineTo(bx + barWidth / 2, by + bh + 10);
            t.lineTo(bx + barWidth, by + bh + 1);
            t.closePath();
            g.setColor(scaleColour(0));
            g.fill(t);
            g.setColor(Color.BLACK);
            g.draw(t);
        }
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(bx, by, barWidth, bh));
        int labelWidth = 0;
        for (int i = 0; i < barTicks.size(); i++) {
            double py = by + bh - barAxis.fraction(barTicks.get(i)) * bh;
            g.draw(new Line2D.Double(bx + barWidth, py, bx + barWidth + 4, py));
            g.drawString(barLabels.get(i), (float) (bx + barWidth + 6), (float) (py + fm.getAscent() / 2.5));
            labelWidth = Math.max(labelWidth, fm.stringWidth(barLabels.get(i)));
        }
        double lx = Math.min(bx + barWidth + 6 + labelWidth + 16, area.getMaxX() - 6);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, lx, plot.getCenterY());
        g.drawString(colourLabel, (float) (lx - fm.stringWidth(colourLabel) / 2.0), (float) plot.getCenterY());
        g.setTransform(saved);
    }

    /**
     * @param t position on the scale, clamped to [0, 1]
     * @return the colour there: viridis, or RdBu for a diverging map (linear between the anchor colours)
     */
    Color scaleColour(double t) {
        return interpolate(diverging ? RDBU : VIRIDIS, t);
    }

    /**
     * @param t position on the scale, clamped to [0, 1]
     * @return the viridis colour there (linear between 11 anchor colours)
     */
    static Color viridis(double t) {
        return interpolate(VIRIDIS, t);
    }

    /**
     * @param t position on the scale, clamped to [0, 1]
     * @return the viridis colour there (the sequential scale; kept for other plots of this package)
     */
    static Color colour(double t) {
        return viridis(t);
    }

    /**
     * @param t position on the scale, clamped to [0, 1]
     * @return the RdBu colour there (blue at 0, near-white at 0.5, red at 1)
     */
    static Color redBlue(double t) {
        return interpolate(RDBU, t);
    }

    private static Color interpolate(int[] anchors, double t) {
        double f = Math.max(0, Math.min(1, Double.isFinite(t) ? t : 0)) * (anchors.length - 1);
        int i = Math.min((int) f, anchors.length - 2);
        double a = f - i;
        Color c0 = new Color(anchors[i]);
        Color c1 = new Color(anchors[i + 1]);
        return new Color((int) Math.round(c0.getRed() + a * (c1.getRed() - c0.getRed())),
                (int) Math.round(c0.getGreen() + a * (c1.getGreen() - c0.getGreen())),
                (int) Math.round(c0.getBlue() + a * (c1.getBlue() - c0.getBlue())));
    }
}
