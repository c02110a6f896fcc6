package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;

/**
 * A colour map of a scalar on a rectangular cross-section (e.g. |B1| or the BMS shift in a plane
 * through a cell) with axes in mm and a colour bar. Values are drawn cell by cell with the viridis
 * colour scale (perceptually uniform; van der Walt &amp; Smith, matplotlib 2015) between
 * {@code lo} and {@code hi}; NaN cells are drawn grey (e.g. inside metal). Immutable; built with
 * {@link #of} and {@code with*} methods.
 */
public final class HeatMap {

    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    };

    private final String title;
    private final String colourLabel;
    private final double[][] values;
    private final double[] extentMm;
    private final String xLabel;
    private final String yLabel;
    private final double lo;
    private final double hi;

    private HeatMap(String title, String colourLabel, double[][] values, double[] extentMm, String xLabel, String yLabel,
                    double lo, double hi) {
        this.title = title;
        this.colourLabel = colourLabel;
        this.values = values;
        this.extentMm = extentMm;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.lo = lo;
        this.hi = hi;
    }

    /**
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
        if (!(mx > mn)) {
            mx = mn + 1;
        }
        return new HeatMap(Objects.requireNonNull(title), Objects.requireNonNull(colourLabel), copy,
                new double[] {xMinMm, xMaxMm, yMinMm, yMaxMm}, "x [mm]", "y [mm]", mn, mx);
    }

    /**
     * @param x horizontal axis label
     * @param y vertical axis label
     * @return a copy with these labels
     */
    public HeatMap withAxisLabels(String x, String y) {
        return new HeatMap(title, colourLabel, values, extentMm, x, y, lo, hi);
    }

    /**
     * @param low  value drawn darkest
     * @param high value drawn brightest (&gt; low)
     * @return a copy with this colour range (values outside are clamped)
     */
    public HeatMap withRange(double low, double high) {
        return new HeatMap(title, colourLabel, values, extentMm, xLabel, yLabel, low, high);
    }

    /**
     * @param width  [px]
     * @param height [px]
     * @return a standalone SVG document
     */
    public String toSvg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * @param width  [px]
     * @param height [px]
     * @return PNG bytes
     */
    public byte[] toPng(int width, int height) {
        return RasterImage.png(width, height, g -> draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }

    /**
     * @param g    graphics
     * @param area region to draw into
     */
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.WHITE);
        g.fill(area);
        double left = area.getX() + 60;
        double top = area.getY() + 30;
        double bottom = area.getMaxY() - 45;
        double right = area.getMaxX() - 90;
        double w = right - left;
        double h = bottom - top;
        // keep the aspect ratio of the section
        double sx = extentMm[1] - extentMm[0];
        double sy = extentMm[3] - extentMm[2];
        double scale = Math.min(w / sx, h / sy);
        double pw = sx * scale;
        double ph = sy * scale;
        Rectangle2D plot = new Rectangle2D.Double(left, top + (h - ph) / 2, pw, ph);
        int nx = values.length;
        int ny = nx == 0 ? 0 : values[0].length;
        double cw = pw / nx;
        double ch = ph / Math.max(ny, 1);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double v = values[i][j];
                g.setColor(Double.isFinite(v) ? colour((v - lo) / (hi - lo)) : new Color(0x9a9a9a));
                g.fill(new Rectangle2D.Double(plot.getX() + i * cw, plot.getMaxY() - (j + 1) * ch, cw + 0.6, ch + 0.6));
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        g.setFont(font.deriveFont(Font.BOLD, 13f));
        g.drawString(title, (float) (area.getX() + 10), (float) (area.getY() + 18));
        g.setFont(font);
        label(g, fm, String.format(Locale.ROOT, "%.3g", extentMm[0]), plot.getX(), plot.getMaxY() + 16);
        label(g, fm, String.format(Locale.ROOT, "%.3g", extentMm[1]), plot.getMaxX(), plot.getMaxY() + 16);
        g.drawString(xLabel, (float) (plot.getCenterX() - fm.stringWidth(xLabel) / 2.0), (float) (plot.getMaxY() + 32));
        g.drawString(String.format(Locale.ROOT, "%.3g", extentMm[2]), (float) (plot.getX() - 8 - fm.stringWidth(String.format(Locale.ROOT, "%.3g", extentMm[2]))), (float) plot.getMaxY());
        g.drawString(String.format(Locale.ROOT, "%.3g", extentMm[3]), (float) (plot.getX() - 8 - fm.stringWidth(String.format(Locale.ROOT, "%.3g", extentMm[3]))), (float) (plot.getY() + 10));
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, area.getX() + 14, plot.getCenterY());
        g.drawString(yLabel, (float) (area.getX() + 14 - fm.stringWidth(yLabel) / 2.0), (float) plot.getCenterY());
        g.setTransform(saved);
        // colour bar
        double bx = area.getMaxX() - 75;
        int steps = 64;
        for (int s = 0; s < steps; s++) {
            g.setColor(colour((double) s / (steps - 1)));
            g.fill(new Rectangle2D.Double(bx, plot.getMaxY() - (s + 1) * ph / steps, 14, ph / steps + 0.6));
        }
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(bx, plot.getY(), 14, ph));
        g.drawString(String.format(Locale.ROOT, "%.3g", hi), (float) (bx + 18), (float) (plot.getY() + 10));
        g.drawString(String.format(Locale.ROOT, "%.3g", lo), (float) (bx + 18), (float) plot.getMaxY());
        saved = g.getTransform();
        g.rotate(-Math.PI / 2, bx + 55, plot.getCenterY());
        g.drawString(colourLabel, (float) (bx + 55 - fm.stringWidth(colourLabel) / 2.0), (float) plot.getCenterY());
        g.setTransform(saved);
    }

    private static void label(Graphics2D g, FontMetrics fm, String s, double x, double y) {
        g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) y);
    }

    /**
     * @param t position on the scale, clamped to [0, 1]
     * @return the viridis colour there (linear between 11 anchor colours)
     */
    static Color colour(double t) {
        double f = Math.max(0, Math.min(1, Double.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
        int i = Math.min((int) f, VIRIDIS.length - 2);
        double a = f - i;
        Color c0 = new Color(VIRIDIS[i]);
        Color c1 = new Color(VIRIDIS[i + 1]);
        return new Color((int) Math.round(c0.getRed() + a * (c1.getRed() - c0.getRed())),
                (int) Math.round(c0.getGreen() + a * (c1.getGreen() - c0.getGreen())),
                (int) Math.round(c0.getBlue() + a * (c1.getBlue() - c0.getBlue())));
    }
}
