package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;

/**
 * A small, immutable x-y line plot drawn with Java2D (hence to SVG with JFreeSVG and to PNG): title, axis
 * labels (give the unit, e.g. {@code "shift [ppm]"}), linear or logarithmic axes with ticks whose labels never
 * repeat, several series with a legend, error bars and markers ({@link PlotSeries#withErrors}). A ppm axis is
 * drawn the NMR way with {@link #withReversedX}: shifts decrease to the right, labels are the shifts themselves.
 * Configure with {@code with*} methods, each returning a new plot; put one or several on a page with
 * {@link Figure} and write SVG and PNG together with {@link Figure#write}. Points that cannot be shown
 * (non-finite, or non-positive on a log axis) break the line.
 */
public final class LinePlot implements Drawing {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f),
    };

    private static final Color GRID = new Color(0xe6e6e6);
    private static final Color ZERO_LINE = new Color(0xb0b0b0);
    private static final double MARKER_RADIUS = 3;

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
        return Figure.of(width, height, this).toPng(width);
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
        return Figure.of(width, height, this).toSvg();
    }

    private Axis axis(boolean x) {
        double[] fixed = x ? xRange : yRange;
        boolean log = x ? logX : logY;
        if (fixed != null) {
            return new Axis(fixed[0], fixed[1], log, x && reversedX);
        }
        List<Double> v = new ArrayList<>();
        for (PlotSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                // with a fixed x range, the y axis fits only the points shown
                boolean shown = x || xRange == null
                        || (s.xAt(i) >= Math.min(xRange[0], xRange[1]) && s.xAt(i) <= Math.max(xRange[0], xRange[1]));
                if (shown) {
                    v.add(x ? s.xAt(i) : s.yAt(i));
                    double e = s.errAt(i);
                    if (!x && Double.isFinite(e)) {
                        v.add(s.yAt(i) - e);
                        v.add(s.yAt(i) + e);
                    }
                }
            }
        }
        return Axis.enclosing(v, log).withReversed(x && reversedX);
    }

    /** Tick count aimed for on an axis of this many pixels: one tick per about 90 px across, 45 px up. */
    private static int tickTarget(double pixels, boolean horizontal) {
        return Math.max(3, (int) Math.round(pixels / (horizontal ? 110.0 : 55.0)));
    }

    /**
     * Draws the plot into a region of a graphics context: ticks and labels on both axes (labels never repeat, see
     * {@link Axis#labels}), the series clipped to the plot box (long ones decimated per pixel column, see
     * {@link Decimation}), error bars and markers where a series has them, and the legend in the corner where it
     * covers the fewest drawn points.
     *
     * @param g    the graphics (e.g. an {@link SVGGraphics2D})
     * @param area the region
     */
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        Axis ax = axis(true);
        Axis ay = axis(false);
        double top = area.getY() + 30;
        double bottom = area.getMaxY() - 45;
        int yTarget = tickTarget(bottom - top, false);
        List<Double> yTicks = ay.ticks(yTarget);
        List<String> yLabels = ay.labels(yTicks, yTarget);
        int yLabelWidth = yLabels.stream().mapToInt(fm::stringWidth).max().orElse(0);
        // at least 70 px, so that stacked panels with short tick labels share their left edge
        double left = area.getX() + Math.max(70, 28 + yLabelWidth + 8);
        double right = area.getMaxX() - 20;
        Rectangle2D plot = new Rectangle2D.Double(left, top, right - left, bottom - top);
        int xTarget = tickTarget(plot.getWidth(), true);
        List<Double> xTicks = ax.ticks(xTarget);
        List<String> xLabels = ax.labels(xTicks, xTarget);

        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD, 13f));
        g.drawString(title, (float) (plot.getCenterX() - g.getFontMetrics().stringWidth(title) / 2.0), (float) (area.getY() + 18));
        g.setFont(font);

        // grid, ticks and labels
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < xTicks.size(); i++) {
            double px = plot.getX() + ax.fraction(xTicks.get(i)) * plot.getWidth();
            g.setColor(GRID);
            g.draw(new Line2D.Double(px, plot.getY(), px, plot.getMaxY()));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + 4));
            String s = xLabels.get(i);
            g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 17));
        }
        for (int i = 0; i < yTicks.size(); i++) {
            double py = plot.getMaxY() - ay.fraction(yTicks.get(i)) * plot.getHeight();
            g.setColor(GRID);
            g.draw(new Line2D.Double(plot.getX(), py, plot.getMaxX(), py));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(plot.getX() - 4, py, plot.getX(), py));
            String s = yLabels.get(i);
            g.drawString(s, (float) (plot.getX() - 7 - fm.stringWidth(s)), (float) (py + fm.getAscent() / 2.5));
        }
        if (!logY && ay.lo() < 0 && ay.hi() > 0) {
            double py = plot.getMaxY() - ay.fraction(0) * plot.getHeight();
            g.setColor(ZERO_LINE);
            g.draw(new Line2D.Double(plot.getX(), py, plot.getMaxX(), py));
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
        List<double[]> drawn = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            drawn.add(drawSeries(g, series.get(k), PALETTE[k % PALETTE.length], ax, ay, plot));
        }
        g.setClip(clip);
        legend(g, fm, plot, drawn);
        g.setStroke(new BasicStroke(1f));
    }

    /** @return the drawn points as {x0, y0, x1, y1, ...} in pixels (for placing the legend) */
    private double[] drawSeries(Graphics2D g, PlotSeries s, Color colour, Axis ax, Axis ay, Rectangle2D plot) {
        int n = s.size();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            double x = s.xAt(i);
            double y = s.yAt(i);
            boolean ok = Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0) && (!logY || y > 0);
            px[i] = ok ? plot.getX() + ax.fraction(x) * plot.getWidth() : Double.NaN;
            py[i] = ok ? plot.getMaxY() - ay.fraction(y) * plot.getHeight() : Double.NaN;
        }
        int[] keep;
        if (!s.markers() && n > 2 * plot.getWidth()) {
            // points beyond either edge share one column there: they are clipped anyway, only the lines into the box matter
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = Double.isFinite(px[i]) ? Math.max(plot.getX() - 1, Math.min(plot.getMaxX() + 1, px[i])) : Double.NaN;
            }
            keep = Decimation.keep(column, py);
        } else {
            keep = new int[n];
            for (int i = 0; i < n; i++) {
                keep[i] = i;
            }
        }
        g.setColor(colour);
        g.setStroke(stroke(s));
        Path2D path = new Path2D.Double();
        boolean pen = false;
        double[] pts = new double[2 * keep.length];
        int m = 0;
        for (int i : keep) {
            if (!Double.isFinite(px[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                path.lineTo(px[i], py[i]);
            } else {
                path.moveTo(px[i], py[i]);
                pen = true;
            }
            pts[m++] = px[i];
            pts[m++] = py[i];
        }
        g.draw(path);
        if (s.hasErrors()) {
            g.setStroke(new BasicStroke(1.2f));
            for (int i = 0; i < n; i++) {
                double e = s.errAt(i);
                if (!Double.isFinite(px[i]) || !Double.isFinite(e) || e == 0) {
                    continue;
                }
                double y = s.yAt(i);
                double yl = logY && y - e <= 0 ? plot.getMaxY() + 1 : plot.getMaxY() - ay.fraction(y - e) * plot.getHeight();
                double yh = plot.getMaxY() - ay.fraction(y + e) * plot.getHeight();
                g.draw(new Line2D.Double(px[i], yl, px[i], yh));
                g.draw(new Line2D.Double(px[i] - 3, yl, px[i] + 3, yl));
                g.draw(new Line2D.Double(px[i] - 3, yh, px[i] + 3, yh));
            }
        }
        if (s.markers()) {
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(px[i])) {
                    g.fill(new Ellipse2D.Double(px[i] - MARKER_RADIUS, py[i] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS));
                }
            }
        }
        return Arrays.copyOf(pts, m);
    }

    /** Draws the legend in the corner of the plot box that covers the fewest drawn points. */
    private void legend(Graphics2D g, FontMetrics fm, Rectangle2D plot, List<double[]> drawn) {
        if (series.isEmpty()) {
            return;
        }
        int w = series.stream().mapToInt(s -> fm.stringWidth(s.name())).max().orElse(0) + 40;
        int lh = fm.getHeight();
        double h = lh * series.size() + 6;
        double[][] corners = {
            {plot.getMaxX() - w - 8, plot.getY() + 8}, {plot.getX() + 8, plot.getY() + 8},
            {plot.getMaxX() - w - 8, plot.getMaxY() - h - 8}, {plot.getX() + 8, plot.getMaxY() - h - 8},
        };
        double lx = corners[0][0];
        double ly = corners[0][1];
        long best = Long.MAX_VALUE;
        for (double[] c : corners) {
            long covered = 0;
            for (double[] pts : drawn) {
                for (int i = 0; i + 1 < pts.length; i += 2) {
                    if (pts[i] >= c[0] && pts[i] <= c[0] + w && pts[i + 1] >= c[1] && pts[i + 1] <= c[1] + h) {
                        covered++;
                    }
                }
            }
            if (covered < best) {
                best = covered;
                lx = c[0];
                ly = c[1];
            }
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(new Rectangle2D.Double(lx, ly, w, h));
        g.setColor(Color.GRAY);
        g.draw(new Rectangle2D.Double(lx, ly, w, h));
        for (int k = 0; k < series.size(); k++) {
            PlotSeries s = series.get(k);
            double yk = ly + 3 + lh * (k + 0.5);
            g.setColor(PALETTE[k % PALETTE.length]);
            g.setStroke(stroke(s));
            g.draw(new Line2D.Double(lx + 5, yk, lx + 30, yk));
            if (s.markers()) {
                g.fill(new Ellipse2D.Double(lx + 17.5 - MARKER_RADIUS, yk - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS));
            }
            g.setColor(Color.BLACK);
            g.drawString(s.name(), (float) (lx + 35), (float) (yk + fm.getAscent() / 2.5));
        }
    }

    private static BasicStroke stroke(PlotSeries s) {
        float width = s.hasErrors() ? 1f : s.dashed() ? 1.5f : 1.6f;
        return s.dashed() ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
