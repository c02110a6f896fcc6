package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * An operando series as a colour map: shift [ppm] across (growing to the left, the NMR convention), time [h] upwards, the
 * intensity in viridis (each spectrum a band from halfway to its previous to halfway to its next time); optionally, to the
 * right, a trace against the same time axis (the cell voltage, placed by timestamps) with a second axis (e.g. the charge
 * passed, when the current is known). Immutable; {@link #of} then {@code with*}.
 */
public final class ContourPlot {

    private final String title;
    private final double[] ppm;
    private final double[] hours;
    private final double[][] intensity;
    private final double lo;
    private final double hi;
    private final double[] sideX;
    private final double[] sideHours;
    private final String sideLabel;
    private final double capacityPerHour;
    private final double capacityOffset;
    private final String capacityLabel;

    private ContourPlot(String title, double[] ppm, double[] hours, double[][] intensity, double lo, double hi, double[] sideX,
                        double[] sideHours, String sideLabel, double capacityPerHour, double capacityOffset, String capacityLabel) {
        this.title = title;
        this.ppm = ppm;
        this.hours = hours;
        this.intensity = intensity;
        this.lo = lo;
        this.hi = hi;
        this.sideX = sideX;
        this.sideHours = sideHours;
        this.sideLabel = sideLabel;
        this.capacityPerHour = capacityPerHour;
        this.capacityOffset = capacityOffset;
        this.capacityLabel = capacityLabel;
    }

    /**
     * @param title     title
     * @param ppm       shifts of the columns [ppm], one axis for all spectra
     * @param hours     time of each spectrum [h], increasing
     * @param intensity intensity[spectrum][point] (copied)
     * @return the map, colours from the 1st percentile to the maximum
     */
    public static ContourPlot of(String title, double[] ppm, double[] hours, double[][] intensity) {
        if (hours.length != intensity.length || hours.length == 0) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "contour times", hours.length, "spectra", intensity.length);
        }
        double[][] c = new double[intensity.length][];
        for (int i = 0; i < c.length; i++) {
            if (intensity[i].length != ppm.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "contour spectrum " + i, intensity[i].length, "ppm axis", ppm.length);
            }
            c[i] = intensity[i].clone();
        }
        double[] all = Arrays.stream(c).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        double l = all.length == 0 ? 0 : all[(int) (0.01 * (all.length - 1))];
        double h = all.length == 0 ? 1 : all[all.length - 1];
        return new ContourPlot(Objects.requireNonNull(title), ppm.clone(), hours.clone(), c, l, h > l ? h : l + 1, null, null, null,
                Double.NaN, 0, null);
    }

    /**
     * @param label  what the side trace is, with unit (e.g. "cell voltage [V]")
     * @param values its values
     * @param atHours its times on the map's clock [h]
     * @return a copy with the side panel
     */
    public ContourPlot withSideTrace(String label, double[] values, double[] atHours) {
        if (values.length != atHours.length || values.length < 2) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "side trace values", values.length, "times (at least 2)", atHours.length);
        }
        return new ContourPlot(title, ppm, hours, intensity, lo, hi, values.clone(), atHours.clone(), Objects.requireNonNull(label),
                capacityPerHour, capacityOffset, capacityLabel);
    }

    /**
     * @param label   the second time axis, with unit (e.g. "charge passed [mAh]")
     * @param perHour its value per hour of the map's clock
     * @param offset  its value at time 0
     * @return a copy with the axis (drawn right of the side panel, or of the map)
     */
    public ContourPlot withSecondTimeAxis(String label, double perHour, double offset) {
        if (!(perHour != 0) || !Double.isFinite(perHour)) {
            throw new InvalidInputException(CoreMessage.NOT_FINITE, "second time axis scale (nonzero)", perHour);
        }
        return new ContourPlot(title, ppm, hours, intensity, lo, hi, sideX, sideHours, sideLabel, perHour, offset, Objects.requireNonNull(label));
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
     * @param area where to draw
     */
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        boolean side = sideX != null;
        boolean second = !Double.isNaN(capacityPerHour);
        double right = area.getMaxX() - (second ? 80 : 20) - 70;
        double mapRight = side ? area.getX() + 0.72 * (right - area.getX()) : right;
        double top = area.getY() + 40;
        double bottom = area.getMaxY() - 50;
        double pmin = Arrays.stream(ppm).min().orElse(0);
        double pmax = Arrays.stream(ppm).max().orElse(1);
        double tmin = hours[0];
        double tmax = hours[hours.length - 1];
        double pad = hours.length > 1 ? 0.5 * (tmax - tmin) / (hours.length - 1) : 0.5;
        Axis ty = new Axis(tmin - pad, tmax + pad, false);
        PlotFrame map = new PlotFrame(new Rectangle2D.Double(area.getX() + 70, top, mapRight - area.getX() - 70, bottom - top),
                new Axis(pmin, pmax, false), ty, true);
        // the bands, without antialiasing (no seams)
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double dp = Math.abs(ppm.length > 1 ? ppm[1] - ppm[0] : 1);
        int stride = Math.max(1, (int) Math.floor(ppm.length / map.box().getWidth()));
        for (int s = 0; s < hours.length; s++) {
            double t0 = s == 0 ? ty.lo() : 0.5 * (hours[s - 1] + hours[s]);
            double t1 = s == hours.length - 1 ? ty.hi() : 0.5 * (hours[s] + hours[s + 1]);
            double y0 = map.py(t1);
            double h = map.py(t0) - y0;
            for (int i = 0; i < ppm.length; i += stride) {
                double v = intensity[s][i];
                for (int j = i + 1; j < Math.min(ppm.length, i + stride); j++) {
                    v = Math.max(v, intensity[s][j]);
                }
                double xa = map.px(ppm[i] + 0.5 * dp * stride * Math.signum(ppm.length > 1 ? ppm[1] - ppm[0] : 1));
                double xb = map.px(ppm[i] - 0.5 * dp * Math.signum(ppm.length > 1 ? ppm[1] - ppm[0] : 1));
                g.setColor(HeatMap.colour((v - lo) / (hi - lo)));
                g.fill(new Rectangle2D.Double(Math.min(xa, xb), y0, Math.abs(xb - xa) + 0.7, h + 0.7));
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        map.draw(g, title, "shift [ppm]", "time [h]", false);
        // colour bar under the title, right of it
        g.setFont(PlotFrame.FONT);
        FontMetrics fm = g.getFontMetrics();
        double bx = map.box().getMaxX() - 160;
        double by = area.getY() + 8;
        for (int k = 0; k < 64; k++) {
            g.setColor(HeatMap.colour(k / 63.0));
            g.fill(new Rectangle2D.Double(bx + k * 100 / 64.0, by, 100 / 64.0 + 0.6, 10));
        }
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(bx, by, 100, 10));
        g.drawString("intensity", (float) (bx + 104), (float) (by + 10));
        String loS = String.format(Locale.ROOT, "%.2g", lo);
        String hiS = String.format(Locale.ROOT, "%.2g", hi);
        g.setFont(PlotFrame.FONT.deriveFont(10f));
        g.drawString(loS, (float) bx, (float) (by + 22));
        g.drawString(hiS, (float) (bx + 100 - g.getFontMetrics().stringWidth(hiS)), (float) (by + 22));
        g.setFont(PlotFrame.FONT);
        PlotFrame last = map;
        if (side) {
            double vmin = Double.POSITIVE_INFINITY;
            double vmax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < sideX.length; i++) {
                if (sideHours[i] >= ty.lo() && sideHours[i] <= ty.hi()) {
                    vmin = Math.min(vmin, sideX[i]);
                    vmax = Math.max(vmax, sideX[i]);
                }
            }
            if (!(vmax > vmin)) {
                vmin = Arrays.stream(sideX).min().orElse(0);
                vmax = Arrays.stream(sideX).max().orElse(1);
            }
            double vpad = 0.05 * (vmax - vmin + 1e-12);
            PlotFrame sf = new PlotFrame(new Rectangle2D.Double(mapRight + 20, top, right - mapRight - 20, bottom - top),
                    new Axis(vmin - vpad, vmax + vpad, false), ty, false);
            g.setColor(Color.WHITE);
            g.fill(sf.box());
            Path2D path = new Path2D.Double();
            boolean pen = false;
            int step = Math.max(1, sideX.length / 4000);
            for (int i = 0; i < sideX.length; i += step) {
                if (sideHours[i] < ty.lo() || sideHours[i] > ty.hi()) {
                    pen = false;
                    continue;
                }
                double x = sf.px(sideX[i]);
                double y = sf.py(sideHours[i]);
                if (pen) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    pen = true;
                }
            }
            g.setColor(new Color(0x1f77b4));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(path);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.BLACK);
            g.draw(sf.box());
            for (double t : sf.x().ticks()) {
                double p = sf.px(t);
                g.draw(new Line2D.Double(p, sf.box().getMaxY(), p, sf.box().getMaxY() + 4));
                String s = Axis.label(t);
                g.drawString(s, (float) (p - fm.stringWidth(s) / 2.0), (float) (sf.box().getMaxY() + 17));
            }
            for (double t : ty.ticks()) {
                double p = sf.py(t);
                g.draw(new Line2D.Double(sf.box().getX() - 3, p, sf.box().getX(), p));
            }
            g.drawString(sideLabel, (float) (sf.box().getCenterX() - fm.stringWidth(sideLabel) / 2.0), (float) (sf.box().getMaxY() + 34));
            last = sf;
        }
        if (second) {
            last.drawRightAxis(g, capacityPerHour, capacityOffset, capacityLabel);
        }
    }
}
