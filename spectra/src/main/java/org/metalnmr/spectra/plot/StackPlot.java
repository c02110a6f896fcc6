package org.metalnmr.spectra.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Spectra of a series stacked upwards in time order, each offset by a fixed step and labelled at its right end (e.g. by its
 * time), with an optional dashed fit over each; shift growing to the left. Immutable; {@link #of} then {@link #withTrace}.
 */
public final class StackPlot implements Drawing {

    /**
     * One trace.
     *
     * @param label its label (e.g. "12.3 h")
     * @param ppm   shifts [ppm]
     * @param data  the spectrum
     * @param fit   the fit at the same shifts, or null
     */
    public record Trace(String label, double[] ppm, double[] data, double[] fit) {
        /** Copies and checks lengths. */
        public Trace {
            Objects.requireNonNull(label, "label");
            ppm = ppm.clone();
            data = data.clone();
            fit = fit == null ? null : fit.clone();
            if (ppm.length != data.length || ppm.length == 0 || fit != null && fit.length != ppm.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "stacked trace '" + label + "' data", data.length, "ppm", ppm.length);
            }
        }
    }

    private final String title;
    private final String yLabel;
    private final List<Trace> traces;

    private StackPlot(String title, String yLabel, List<Trace> traces) {
        this.title = title;
        this.yLabel = yLabel;
        this.traces = List.copyOf(traces);
    }

    /**
     * @param title  title
     * @param yLabel intensity label, with unit
     * @return an empty stack
     */
    public static StackPlot of(String title, String yLabel) {
        return new StackPlot(Objects.requireNonNull(title), Objects.requireNonNull(yLabel), List.of());
    }

    /**
     * @param t a trace, drawn above the previous ones
     * @return a new stack
     */
    public StackPlot withTrace(Trace t) {
        List<Trace> l = new ArrayList<>(traces);
        l.add(Objects.requireNonNull(t));
        return new StackPlot(title, yLabel, l);
    }


    /**
     * @param g    graphics
     * @param area where to draw
     */
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(area);
        double span = 0;
        double pmin = Double.POSITIVE_INFINITY;
        double pmax = Double.NEGATIVE_INFINITY;
        double dmin = Double.POSITIVE_INFINITY;
        for (Trace t : traces) {
            for (int i = 0; i < t.ppm().length; i++) {
                span = Math.max(span, Math.abs(t.data()[i]));
                pmin = Math.min(pmin, t.ppm()[i]);
                pmax = Math.max(pmax, t.ppm()[i]);
                dmin = Math.min(dmin, t.data()[i]);
            }
        }
        double step = traces.size() > 1 ? 0.5 * span : span;
        double top = (traces.size() - 1) * step + span;
        Axis x = pmax > pmin ? new Axis(pmin, pmax, false) : new Axis(0, 1, false);
        Axis y = new Axis(Math.min(0, dmin) - 0.03 * top, top * 1.05 + 1e-300, false);
        PlotFrame f = new PlotFrame(new Rectangle2D.Double(area.getX() + 75, area.getY() + 30, area.getWidth() - 165, area.getHeight() - 80),
                x, y, true);
        f.draw(g, title, "shift [ppm]", yLabel, true);
        java.awt.Shape clip = g.getClip();
        g.clip(f.box());
        Color[] colours = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
            new Color(0x8c564b)};
        for (int k = 0; k < traces.size(); k++) {
            Trace t = traces.get(k);
            double off = k * step;
            g.setColor(colours[k % colours.length]);
            g.setStroke(new BasicStroke(1.3f));
            g.draw(path(f, t.ppm(), t.data(), off));
            if (t.fit() != null) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f));
                g.draw(path(f, t.ppm(), t.fit(), off));
            }
        }
        g.setClip(clip);
        g.setStroke(new BasicStroke(1f));
        g.setFont(PlotFrame.FONT);
        for (int k = 0; k < traces.size(); k++) {
            g.setColor(colours[k % colours.length]);
            g.drawString(traces.get(k).label(), (float) (f.box().getMaxX() + 6), (float) (f.py(k * step) + 4));
        }
    }

    private static Path2D path(PlotFrame f, double[] x, double[] y, double off) {
        Path2D p = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(y[i])) {
                pen = false;
                continue;
            }
            double px = f.px(x[i]);
            double py = f.py(y[i] + off);
            if (pen) {
                p.lineTo(px, py);
            } else {
                p.moveTo(px, py);
                pen = true;
            }
        }
        return p;
    }
}
