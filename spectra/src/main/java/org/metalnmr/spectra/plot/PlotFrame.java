package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The frame of one panel of the series figures: a plot box with ticked, labelled axes (x possibly growing to the left, the
 * NMR ppm convention), and the mapping of data to pixels.
 *
 * @param box       the plot box [px]
 * @param x         the x axis
 * @param y         the y axis
 * @param reversedX whether x grows to the left
 */
record PlotFrame(Rectangle2D box, Axis x, Axis y, boolean reversedX) {

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    double px(double v) {
        double f = x.fraction(v);
        return box.getX() + (reversedX ? 1 - f : f) * box.getWidth();
    }

    double py(double v) {
        return box.getMaxY() - y.fraction(v) * box.getHeight();
    }

    /** Draws grid, ticks, tick labels, axis labels and the title (the title above the box). */
    void draw(Graphics2D g, String title, String xLabel, String yLabel, boolean grid) {
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        List<Double> xt = x.ticks();
        List<String> xl = x.labels(xt);
        for (int i = 0; i < xt.size(); i++) {
            double t = xt.get(i);
            double p = px(t);
            if (grid) {
                g.setColor(new Color(0xe6e6e6));
                g.draw(new Line2D.Double(p, box.getY(), p, box.getMaxY()));
            }
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(p, box.getMaxY(), p, box.getMaxY() + 4));
            String s = xl.get(i);
            g.drawString(s, (float) (p - fm.stringWidth(s) / 2.0), (float) (box.getMaxY() + 17));
        }
        List<Double> yt = y.ticks();
        List<String> yl = y.labels(yt);
        for (int i = 0; i < yt.size(); i++) {
            double t = yt.get(i);
            double p = py(t);
            if (grid) {
                g.setColor(new Color(0xe6e6e6));
                g.draw(new Line2D.Double(box.getX(), p, box.getMaxX(), p));
            }
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(box.getX() - 4, p, box.getX(), p));
            String s = yl.get(i);
            g.drawString(s, (float) (box.getX() - 7 - fm.stringWidth(s)), (float) (p + fm.getAscent() / 2.5));
        }
        g.setColor(Color.BLACK);
        g.draw(box);
        g.drawString(xLabel, (float) (box.getCenterX() - fm.stringWidth(xLabel) / 2.0), (float) (box.getMaxY() + 34));
        AffineTransform saved = g.getTransform();
        double lx = box.getX() - 52;
        g.rotate(-Math.PI / 2, lx, box.getCenterY());
        g.drawString(yLabel, (float) (lx - fm.stringWidth(yLabel) / 2.0), (float) box.getCenterY());
        g.setTransform(saved);
        if (title != null && !title.isEmpty()) {
            g.setFont(FONT.deriveFont(Font.BOLD, 13f));
            g.drawString(title, (float) box.getX(), (float) (box.getY() - 8));
            g.setFont(FONT);
        }
    }

    /** Draws a second y axis on the right whose labels are a linear function of y: label = a y + b. */
    void drawRightAxis(Graphics2D g, double a, double b, String label) {
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        double lo = a * y.lo() + b;
        double hi = a * y.hi() + b;
        Axis other = new Axis(Math.min(lo, hi), Math.max(lo, hi), false);
        g.setColor(Color.BLACK);
        List<Double> ot = other.ticks();
        List<String> ol = other.labels(ot);
        for (int i = 0; i < ot.size(); i++) {
            double yv = (ot.get(i) - b) / a;
            double p = py(yv);
            g.draw(new Line2D.Double(box.getMaxX(), p, box.getMaxX() + 4, p));
            g.drawString(ol.get(i), (float) (box.getMaxX() + 7), (float) (p + fm.getAscent() / 2.5));
        }
        AffineTransform saved = g.getTransform();
        double lx = box.getMaxX() + 48;
        g.rotate(Math.PI / 2, lx, box.getCenterY());
        g.drawString(label, (float) (lx - fm.stringWidth(label) / 2.0), (float) box.getCenterY());
        g.setTransform(saved);
    }
}
