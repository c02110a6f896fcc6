package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A quantity against time: markers with +-1 standard error bars (bars that are not finite are left out; a NaN error marks a
 * value held fixed in its fit, drawn as a hollow marker), several series
 * with a legend, optionally a logarithmic y axis. Immutable; {@link #of} then {@code with*}.
 */
public final class TrendPlot {

    /**
     * One series.
     *
     * @param name   legend text
     * @param x      abscissae
     * @param y      values
     * @param stderr standard errors (infinite: no bar; NaN: a value held fixed rather than fitted, drawn hollow)
     * @param joined whether the points are joined by a line (a densely sampled trace) instead of drawn as markers
     */
    public record Series(String name, double[] x, double[] y, double[] stderr, boolean joined) {
        /** Copies and checks lengths. */
        public Series {
            Objects.requireNonNull(name, "name");
            x = x.clone();
            y = y.clone();
            stderr = stderr.clone();
            if (x.length != y.length || y.length != stderr.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "trend '" + name + "' values", y.length, "times", x.length);
            }
        }

        /**
         * @param name   legend text
         * @param x      abscissae
         * @param y      values
         * @param stderr standard errors (NaN or infinite: no bar)
         * @return markers with error bars
         */
        public static Series markers(String name, double[] x, double[] y, double[] stderr) {
            return new Series(name, x, y, stderr, false);
        }

        /**
         * @param name legend text
         * @param x    abscissae
         * @param y    values
         * @return a line without error bars
         */
        public static Series line(String name, double[] x, double[] y) {
            double[] e = new double[x.length];
            java.util.Arrays.fill(e, Double.NaN);
            return new Series(name, x, y, e, true);
        }
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b),
    };

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logY;
    private final List<Series> series;
    private final double[] hLine;
    private final double[] xRange;

    private TrendPlot(String title, String xLabel, String yLabel, boolean logY, List<Series> series, double[] hLine) {
        this(title, xLabel, yLabel, logY, series, hLine, null);
    }

    private TrendPlot(String title, String xLabel, String yLabel, boolean logY, List<Series> series, double[] hLine, double[] xRange) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logY = logY;
        this.series = List.copyOf(series);
        this.hLine = hLine;
        this.xRange = xRange;
    }

    /**
     * @param lo left end of the x axis
     * @param hi right end (&gt; lo)
     * @return a new plot with this x range (panels that share a clock share it)
     */
    public TrendPlot withXRange(double lo, double hi) {
        if (!(hi > lo)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "x range end", lo, Double.POSITIVE_INFINITY, "[above its start]", hi);
        }
        return new TrendPlot(title, xLabel, yLabel, logY, series, hLine, new double[] {lo, hi});
    }

    /**
     * @param title  title
     * @param xLabel x label with unit
     * @param yLabel y label with unit
     * @return an empty plot
     */
    public static TrendPlot of(String title, String xLabel, String yLabel) {
        return new TrendPlot(Objects.requireNonNull(title), Objects.requireNonNull(xLabel), Objects.requireNonNull(yLabel), false,
                List.of(), null);
    }

    /**
     * @param s a series
     * @return a new plot with it
     */
    public TrendPlot withSeries(Series s) {
        List<Series> l = new ArrayList<>(series);
        l.add(Objects.requireNonNull(s));
        return new TrendPlot(title, xLabel, yLabel, logY, l, hLine, xRange);
    }

    /**
     * @param log whether y is logarithmic
     * @return a new plot
     */
    public TrendPlot withLogY(boolean log) {
        return new TrendPlot(title, xLabel, yLabel, log, series, hLine, xRange);
    }

    /**
     * @param y a reference level drawn dashed (e.g. a threshold)
     * @return a new plot
     */
    public TrendPlot withReferenceLine(double y) {
        return new TrendPlot(title, xLabel, yLabel, logY, series, new double[] {y}, xRange);
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
     * @param g    graphics
     * @param area where to draw
     */
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(area);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                xs.add(s.x()[i]);
                ys.add(s.y()[i]);
            }
        }
        // error bars widen the range only where they are not larger than the spread of the values themselves (an
        // undetermined parameter's bar would flatten every other point); such bars run off the panel
        double spread = spread(ys);
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                double e = s.stderr()[i];
                if (Double.isFinite(e) && (e <= spread || spread == 0) && !logY) {
                    ys.add(s.y()[i] + e);
                    ys.add(s.y()[i] - e);
                }
            }
        }
        if (hLine != null) {
            ys.add(hLine[0]);
        }
        Axis ay = Axis.enclosing(ys, logY);
        PlotFrame f = new PlotFrame(new Rectangle2D.Double(area.getX() + 80, area.getY() + 28, area.getWidth() - 100, area.getHeight() - 75),
                xRange != null ? new Axis(xRange[0], xRange[1], false) : Axis.enclosing(xs, false), ay, false);
        f.draw(g, title, xLabel, yLabel, true);
        java.awt.Shape clip = g.getClip();
        g.clip(f.box());
        if (hLine != null) {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
            g.draw(new Line2D.Double(f.box().getX(), f.py(hLine[0]), f.box().getMaxX(), f.py(hLine[0])));
        }
        g.setStroke(new BasicStroke(1f));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            g.setColor(PALETTE[k % PALETTE.length]);
            double[] x = s.x();
            double[] y = s.y();
            double[] e = s.stderr();
            if (s.joined()) {
                java.awt.geom.Path2D path = new java.awt.geom.Path2D.Double();
                boolean pen = false;
                for (int i = 0; i < x.length; i++) {
                    if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || logY && y[i] <= 0) {
                        pen = false;
                        continue;
                    }
                    if (pen) {
                        path.lineTo(f.px(x[i]), f.py(y[i]));
                    } else {
                        path.moveTo(f.px(x[i]), f.py(y[i]));
                        pen = true;
                    }
                }
                g.setStroke(new BasicStroke(1.2f));
                g.draw(path);
                g.setStroke(new BasicStroke(1f));
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || logY && y[i] <= 0) {
                    continue;
                }
                double px = f.px(x[i]);
                double py = f.py(y[i]);
                if (Double.isFinite(e[i]) && e[i] > 0) {
                    double lo = logY ? Math.max(y[i] - e[i], ay.lo()) : y[i] - e[i];
                    g.draw(new Line2D.Double(px, f.py(lo), px, f.py(y[i] + e[i])));
                }
                if (Double.isNaN(e[i])) {
                    // a value held fixed in that fit, not fitted: hollow
                    g.draw(new Ellipse2D.Double(px - 2.2, py - 2.2, 4.4, 4.4));
                } else {
                    g.fill(new Ellipse2D.Double(px - 1.8, py - 1.8, 3.6, 3.6));
                }
            }
        }
        g.setClip(clip);
        if (!series.isEmpty()) {
            g.setFont(PlotFrame.FONT);
            int w = series.stream().mapToInt(s -> g.getFontMetrics().stringWidth(s.name())).max().orElse(0) + 30;
            int lh = g.getFontMetrics().getHeight();
            double lh2 = lh * series.size() + 6;
            // the corner whose legend box covers the fewest points
            double[][] corners = {
                {f.box().getMaxX() - w - 6, f.box().getY() + 6}, {f.box().getMaxX() - w - 6, f.box().getMaxY() - lh2 - 6},
                {f.box().getX() + 6, f.box().getY() + 6}, {f.box().getX() + 6, f.box().getMaxY() - lh2 - 6}};
            double lx = corners[0][0];
            double ly = corners[0][1];
            int fewest = Integer.MAX_VALUE;
            for (double[] c : corners) {
                int n = 0;
                for (Series sr : series) {
                    double[] sx = sr.x();
                    double[] sy = sr.y();
                    for (int i = 0; i < sx.length; i++) {
                        if (Double.isFinite(sx[i]) && Double.isFinite(sy[i]) && (!logY || sy[i] > 0)) {
                            double px = f.px(sx[i]);
                            double py = f.py(sy[i]);
                            if (px >= c[0] && px <= c[0] + w && py >= c[1] && py <= c[1] + lh2) {
                                n++;
                            }
                        }
                    }
                }
                if (n < fewest) {
                    fewest = n;
                    lx = c[0];
                    ly = c[1];
                }
            }
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Rectangle2D.Double(lx, ly, w, lh * series.size() + 6));
            g.setColor(Color.GRAY);
            g.draw(new Rectangle2D.Double(lx, ly, w, lh * series.size() + 6));
            for (int k = 0; k < series.size(); k++) {
                double yk = ly + 3 + lh * (k + 0.5);
                g.setColor(PALETTE[k % PALETTE.length]);
                g.fill(new Ellipse2D.Double(lx + 8, yk - 3, 6, 6));
                g.setColor(Color.BLACK);
                g.drawString(series.get(k).name(), (float) (lx + 22), (float) (yk + 4));
            }
        }
    }

    private static double spread(List<Double> v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        return hi > lo ? hi - lo : 0;
    }
}
