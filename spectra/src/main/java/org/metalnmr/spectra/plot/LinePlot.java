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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;

/**
 * A small, immutable x-y line plot drawn with Java2D (hence to SVG with JFreeSVG): title, axis labels,
 * linear or logarithmic axes with ticks, several series with a legend. Configure with {@code with*}
 * methods, each returning a new plot; render one plot with {@link #toSvg} or stack several with
 * {@link SvgFigure}. Points that cannot be shown (non-finite, or non-positive on a log axis) break the
 * line.
 */
public final class LinePlot {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f),
    };

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logX;
    private final boolean logY;
    private final double[] xRange;
    private final double[] yRange;
    private final List<PlotSeries> series;
    private final boolean reversedX;

    private LinePlot(String title, String xLabel, String yLabel, boolean logX, boolean logY, double[] xRange,
            double[] yRange, List<PlotSeries> series) {
        this(title, xLabel, yLabel, logX, logY, xRange, yRange, series, false);
    }

    private LinePlot(String title, String xLabel, String yLabel, boolean logX, boolean logY, double[] xRange,
            double[] yRange, List<PlotSeries> series, boolean reversedX) {
        this.reversedX = reversedX;
        this.title = Objects.requireNonNull(title);
        this.xLabel = Objects.requireNonNull(xLabel);
        this.yLabel = Objects.requireNonNull(yLabel);
        this.logX = logX;
        this.logY = logY;
        this.xRange = xRange;
        this.yRange = yRange;
        this.series = List.copyOf(series);
    }

    /**
     * @param title  plot title
     * @param xLabel x-axis label (with unit)
     * @param yLabel y-axis label (with unit)
     * @return an empty plot with linear axes fitted to the data
     */
    public static LinePlot of(String title, String xLabel, String yLabel) {
        return new LinePlot(title, xLabel, yLabel, false, false, null, null, List.of());
    }

    /**
     * @param log whether x is logarithmic
     * @return a new plot
     */
    public LinePlot withLogX(boolean log) {
        return new LinePlot(title, xLabel, yLabel, log, logY, xRange, yRange, series, reversedX);
    }

    /**
     * @param log whether y is logarithmic
     * @return a new plot
     */
    public LinePlot withLogY(boolean log) {
        return new LinePlot(title, xLabel, yLabel, logX, log, xRange, yRange, series, reversedX);
    }

    /**
     * @param lo lower x
     * @param hi upper x (&gt; lo)
     * @return a new plot with a fixed x range
     */
    public LinePlot withXRange(double lo, double hi) {
        return new LinePlot(title, xLabel, yLabel, logX, logY, new double[] {lo, hi}, yRange, series, reversedX);
    }

    /**
     * @param lo lower y
     * @param hi upper y (&gt; lo)
     * @return a new plot with a fixed y range
     */
    public LinePlot withYRange(double lo, double hi) {
        return new LinePlot(title, xLabel, yLabel, logX, logY, xRange, new double[] {lo, hi}, series, reversedX);
    }

    /**
     * @param s a series
     * @return a new plot with the series added (colours in order of addition)
     */
    public LinePlot withSeries(PlotSeries s) {
        List<PlotSeries> l = new ArrayList<>(series);
        l.add(Objects.requireNonNull(s));
        return new LinePlot(title, xLabel, yLabel, logX, logY, xRange, yRange, l, reversedX);
    }

    /**
     * @param reversed whether x grows to the left (the NMR convention for a ppm axis)
     * @return a new plot with that x direction
     */
    public LinePlot withReversedX(boolean reversed) {
        return new LinePlot(title, xLabel, yLabel, logX, logY, xRange, yRange, series, reversed);
    }

    /**
     * @param width  width [px]
     * @param height height [px]
     * @return the plot as a PNG image
     */
    public byte[] toPng(int width, int height) {
        return RasterImage.png(width, height, g -> draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }

    /** @return the series, read-only */
    public List<PlotSeries> series() {
        return series;
    }

    /**
     * @param width  width [px]
     * @param height height [px]
     * @return a standalone SVG document
     */
    public String toSvg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    private Axis axis(boolean x) {
        double[] fixed = x ? xRange : yRange;
        boolean log = x ? logX : logY;
        if (fixed != null) {
            return new Axis(fixed[0], fixed[1], log);
        }
        List<Double> v = new ArrayList<>();
        for (PlotSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                // with a fixed x range, the y axis fits only the points shown
                boolean shown = x || xRange == null
                        || (s.xAt(i) >= Math.min(xRange[0], xRange[1]) && s.xAt(i) <= Math.max(xRange[0], xRange[1]));
                if (shown) {
                    v.add(x ? s.xAt(i) : s.yAt(i));
                }
            }
        }
        return Axis.enclosing(v, log);
    }

    /**
     * Draws the plot into a region of a graphics context.
     *
     * @param g    the graphics (e.g. an {@link SVGGraphics2D})
     * @param area the region
     */
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double left = area.getX() + 70;
        double right = area.getMaxX() - 20;
        double top = area.getY() + 30;
        double bottom = area.getMaxY() - 45;
        Rectangle2D plot = new Rectangle2D.Double(left, top, right - left, bottom - top);
        Axis ax = axis(true);
        Axis ay = axis(false);

        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD, 13f));
        g.drawString(title, (float) (plot.getCenterX() - g.getFontMetrics().stringWidth(title) / 2.0), (float) (area.getY() + 18));
        g.setFont(font);

        // grid, ticks and labels
        for (double t : ax.ticks()) {
            double px = plot.getX() + xFraction(ax, t) * plot.getWidth();
            g.setColor(new Color(0xe6e6e6));
            g.draw(new Line2D.Double(px, plot.getY(), px, plot.getMaxY()));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + 4));
            String s = Axis.label(t);
            g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 17));
        }
        for (double t : ay.ticks()) {
            double py = plot.getMaxY() - ay.fraction(t) * plot.getHeight();
            g.setColor(new Color(0xe6e6e6));
            g.draw(new Line2D.Double(plot.getX(), py, plot.getMaxX(), py));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(plot.getX() - 4, py, plot.getX(), py));
            String s = Axis.label(t);
            g.drawString(s, (float) (plot.getX() - 7 - fm.stringWidth(s)), (float) (py + fm.getAscent() / 2.5));
        }
        g.setColor(Color.BLACK);
        g.draw(plot);
        g.drawString(xLabel, (float) (plot.getCenterX() - fm.stringWidth(xLabel) / 2.0), (float) (area.getMaxY() - 10));
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, area.getX() + 16, plot.getCenterY());
        g.drawString(yLabel, (float) (area.getX() + 16 - fm.stringWidth(yLabel) / 2.0), (float) plot.getCenterY());
        g.setTransform(saved);

        // series, clipped to the plot box
        java.awt.Shape clip = g.getClip();
        g.clip(plot);
        for (int k = 0; k < series.size(); k++) {
            PlotSeries s = series.get(k);
            g.setColor(PALETTE[k % PALETTE.length]);
            g.setStroke(stroke(s));
            Path2D path = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < s.size(); i++) {
                double x = s.xAt(i);
                double y = s.yAt(i);
                boolean ok = Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0) && (!logY || y > 0);
                if (!ok) {
                    pen = false;
                    continue;
                }
                double px = plot.getX() + xFraction(ax, x) * plot.getWidth();
                double py = plot.getMaxY() - ay.fraction(y) * plot.getHeight();
                if (pen) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    pen = true;
                }
            }
            g.draw(path);
        }
        g.setClip(clip);

        // legend, top right inside the plot
        if (!series.isEmpty()) {
            int w = series.stream().mapToInt(s -> fm.stringWidth(s.name())).max().orElse(0) + 40;
            int lh = fm.getHeight();
            double lx = plot.getMaxX() - w - 8;
            double ly = plot.getY() + 8;
            g.setStroke(new BasicStroke(1f));
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new Rectangle2D.Double(lx, ly, w, lh * series.size() + 6));
            g.setColor(Color.GRAY);
            g.draw(new Rectangle2D.Double(lx, ly, w, lh * series.size() + 6));
            for (int k = 0; k < series.size(); k++) {
                double yk = ly + 3 + lh * (k + 0.5);
                g.setColor(PALETTE[k % PALETTE.length]);
                g.setStroke(stroke(series.get(k)));
                g.draw(new Line2D.Double(lx + 5, yk, lx + 30, yk));
                g.setColor(Color.BLACK);
                g.drawString(series.get(k).name(), (float) (lx + 35), (float) (yk + fm.getAscent() / 2.5));
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private double xFraction(Axis ax, double x) {
        return reversedX ? 1 - ax.fraction(x) : ax.fraction(x);
    }

    private static BasicStroke stroke(PlotSeries s) {
        return s.dashed() ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
