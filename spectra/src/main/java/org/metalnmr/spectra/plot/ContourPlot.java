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

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * An operando series as a colour map: shift [ppm] across (growing to the left, the NMR convention), time [h] upwards, the
 * intensity in viridis (each spectrum a band from halfway to its previous to halfway to its next time); optionally, to the
 * right, a trace against the same time axis (the cell voltage, placed by timestamps) with a second axis (e.g. the charge
 * passed, when the current is known). Immutable; {@link #of} then {@code with*}.
 */
public final class ContourPlot implements Drawing {

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
     * @param g    graphics
     * @param area where to draw
     */
    @Override
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
        // the map as one image of the plot box's pixels (embedded as a PNG in an SVG: a few hundred kB instead of one
        // rectangle per point); each pixel shows the largest value of the points in its ppm bin, of the spectrum whose
        // time band holds its row
        Rectangle2D box = map.box();
        int w = Math.max(1, (int) Math.round(box.getWidth()));
        int hgt = Math.max(1, (int) Math.round(box.getHeight()));
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, hgt, java.awt.image.BufferedImage.TYPE_INT_RGB);
        double step = ppm.length > 1 ? ppm[1] - ppm[0] : 1;
        int[] fromIdx = new int[w];
        int[] toIdx = new int[w];
        for (int c = 0; c < w; c++) {
            // column c spans [pHi, pLo] in ppm (ppm grows to the left)
            double pA = pmax - (pmax - pmin) * c / w;
            double pB = pmax - (pmax - pmin) * (c + 1) / w;
            int a = (int) Math.round((pA - ppm[0]) / step);
            int b = (int) Math.round((pB - ppm[0]) / step);
            fromIdx[c] = Math.max(0, Math.min(ppm.length - 1, Math.min(a, b)));
            toIdx[c] = Math.max(0, Math.min(ppm.length - 1, Math.max(a, b)));
        }
        for (int r = 0; r < hgt; r++) {
            double t = ty.hi() - (ty.hi() - ty.lo()) * (r + 0.5) / hgt;
            int spec = 0;
            for (int k = 1; k < hours.length; k++) {
                if (t >= 0.5 * (hours[k - 1] + hours[k])) {
                    spec = k;
                }
            }
            double[] row = intensity[spec];
            for (int c = 0; c < w; c++) {
                double v = Double.NEGATIVE_INFINITY;
                for (int k = fromIdx[c]; k <= toIdx[c]; k++) {
                    v = Math.max(v, row[k]);
                }
                img.setRGB(c, r, (Double.isFinite(v) ? HeatMap.colour((v - lo) / (hi - lo)) : new Color(0x9a9a9a)).getRGB());
            }
        }
        g.drawImage(img, (int) Math.round(box.getX()), (int) Math.round(box.getY()), w, hgt, null);
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
            int every = Math.max(1, sideX.length / 4000);
            for (int i = 0; i < sideX.length; i += every) {
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
            java.util.List<Double> vt = sf.x().ticks();
            java.util.List<String> vl = sf.x().labels(vt);
            for (int i = 0; i < vt.size(); i++) {
                double p = sf.px(vt.get(i));
                g.draw(new Line2D.Double(p, sf.box().getMaxY(), p, sf.box().getMaxY() + 4));
                String s = vl.get(i);
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
