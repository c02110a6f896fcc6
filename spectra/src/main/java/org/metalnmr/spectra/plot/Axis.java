package org.metalnmr.spectra.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plot axis: range, linear or logarithmic mapping, and tick positions with labels. */
record Axis(double lo, double hi, boolean log) {

    /** @return the position of v as a fraction of the axis length, 0 at lo, 1 at hi */
    double fraction(double v) {
        return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
    }

    /** @return tick values: decades for a log axis, 1-2-5 steps (about 6 ticks) for a linear one */
    List<Double> ticks() {
        List<Double> t = new ArrayList<>();
        if (log) {
            for (int k = (int) Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++) {
                t.add(Math.pow(10, k));
            }
            return t;
        }
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9 * step; v += step) {
            t.add(Math.abs(v) < 1e-12 * step ? 0.0 : v);
        }
        return t;
    }

    /** @return a short label for a tick value */
    static String label(double v) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return String.format(Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }

    /**
     * @param values data values
     * @param log    whether the axis is logarithmic (non-positive values are ignored)
     * @return a range enclosing the values with a small margin (decade-rounded for log axes)
     */
    static Axis enclosing(List<Double> values, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && (!log || v > 0)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            return log ? new Axis(1, 10, true) : new Axis(0, 1, false);
        }
        if (log) {
            double l = Math.pow(10, Math.floor(Math.log10(lo)));
            double h = Math.pow(10, Math.ceil(Math.log10(hi)));
            return new Axis(l, h > l ? h : 10 * l, true);
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-12, Math.abs(lo) * 0.1 + 1e-12);
        return new Axis(lo - pad, hi + pad, false);
    }
}
