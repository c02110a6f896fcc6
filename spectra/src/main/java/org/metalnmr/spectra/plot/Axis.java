package org.metalnmr.spectra.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;

/**
 * A plot axis: range, linear or logarithmic mapping, direction, and tick positions with labels. A reversed axis
 * runs from {@code hi} at its start (left, or bottom) to {@code lo} at its end: the NMR convention for a ppm axis,
 * where shifts decrease to the right and the tick labels are the (positive) shifts themselves.
 *
 * @param lo       lower end of the range (&gt; 0 for a log axis)
 * @param hi       upper end (&gt; lo)
 * @param log      whether the mapping is logarithmic
 * @param reversed whether values decrease along the axis
 */
record Axis(double lo, double hi, boolean log, boolean reversed) {

    /** Smallest span relative to the magnitude of the values: narrower ranges are widened to it (labels could not tell ticks apart). */
    static final double MIN_RELATIVE_SPAN = 1e-9;

    /** Checks the range; widens a degenerate or too narrow one symmetrically. */
    Axis {
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            lo = 0;
            hi = 1;
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        double minSpan = Math.max(MIN_RELATIVE_SPAN * scale, Double.MIN_NORMAL * 1e10);
        if (hi - lo < minSpan) {
            double c = 0.5 * (lo + hi);
            lo = c - minSpan;
            hi = c + minSpan;
        }
        if (log && !(lo > 0)) {
            throw new InvalidInputException(SpectraMessage.LOG_AXIS_RANGE, lo, hi);
        }
    }

    /**
     * @param lo  lower end
     * @param hi  upper end
     * @param log whether logarithmic
     */
    Axis(double lo, double hi, boolean log) {
        this(lo, hi, log, false);
    }

    /** @return the same range, reversed or not */
    Axis withReversed(boolean r) {
        return new Axis(lo, hi, log, r);
    }

    /** @return the position of v as a fraction of the axis length, from the axis start (0) to its end (1) */
    double fraction(double v) {
        double f = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
        return reversed ? 1 - f : f;
    }

    /** @return whether v lies within the range (ends included) */
    boolean contains(double v) {
        return v >= lo && v <= hi;
    }

    /** @return about six ticks */
    List<Double> ticks() {
        return ticks(6);
    }

    /**
     * @param target about how many ticks are wanted (at least 3 are aimed for)
     * @return tick values inside the range, ascending: 1-2-5 multiples of a power of ten for a linear axis;
     *         decades for a log axis (every n-th decade when there are many; with 2 and 5 between them when
     *         the range spans less than about two decades)
     */
    List<Double> ticks(int target) {
        int want = Math.max(3, target);
        List<Double> t = new ArrayList<>();
        if (log) {
            int k0 = (int) Math.ceil(Math.log10(lo) - 1e-9);
            int k1 = (int) Math.floor(Math.log10(hi) + 1e-9);
            int every = Math.max(1, (int) Math.ceil((k1 - k0 + 1) / (double) (want + 2)));
            for (int k = k0; k <= k1; k++) {
                if (Math.floorMod(k, every) == 0) {
                    t.add(inside(Math.pow(10, k)));
                }
            }
            if (t.size() < 2) {
                t.clear();
                for (int k = k0 - 1; k <= k1; k++) {
                    for (int m : new int[] {1, 2, 5}) {
                        double v = m * Math.pow(10, k);
                        if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                            t.add(inside(v));
                        }
                    }
                }
            }
            if (t.size() < 2) {
                // less than a factor 2.5 between the ends: linear ticks, at their log positions
                return new Axis(lo, hi, false, reversed).ticks(target);
            }
            return t;
        }
        double step = step(want);
        double kLo = Math.ceil(lo / step);
        double kHi = Math.floor(hi / step);
        for (double k = kLo; k <= kHi; k++) {
            double v = k * step;
            if (k == 0) {
                v = 0;
            }
            if (v >= lo - 1e-9 * step && v <= hi + 1e-9 * step) {
                t.add(inside(v));
            }
        }
        return t;
    }

    /** Snaps a value within rounding of an end onto the end, so that every tick lies inside the range. */
    private double inside(double v) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** @return the 1-2-5 step giving about {@code target} ticks over the range */
    double step(int target) {
        double raw = (hi - lo) / target;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        return r < 1.5 ? mag : r < 3.5 ? 2 * mag : r < 7.5 ? 5 * mag : 10 * mag;
    }

    /**
     * Labels for ticks such that no two ticks get the same label: on a linear axis the number of decimals (or of
     * mantissa digits, in exponent notation) follows from the tick step, which is {@code m 10^p} with m in 1, 2, 5,
     * so {@code max(0, -p)} decimals show every multiple of the step exactly.
     *
     * @param ticks  the ticks of this axis ({@link #ticks(int)})
     * @param target the target tick count they were made with
     * @return one label per tick
     */
    List<String> labels(List<Double> ticks, int target) {
        if (log) {
            List<String> out = new ArrayList<>(ticks.size());
            for (double v : ticks) {
                out.add(logLabel(v));
            }
            if (new java.util.HashSet<>(out).size() == out.size()) {
                return out;
            }
            // linear ticks on a narrow log axis
            return linearLabels(ticks, new Axis(lo, hi, false).step(Math.max(3, target)));
        }
        return linearLabels(ticks, step(Math.max(3, target)));
    }

    /**
     * Labels for ticks made by {@link #ticks()} or {@link #ticks(int)} with any target: as {@link #labels(List, int)},
     * the step taken from the spacing of the first two ticks.
     *
     * @param ticks the ticks of this axis
     * @return one label per tick, no two alike
     */
    List<String> labels(List<Double> ticks) {
        if (log || ticks.size() < 2) {
            return labels(ticks, 6);
        }
        double d = Math.abs(ticks.get(1) - ticks.get(0));
        // the 1-2-5 step nearest to the spacing (ticks snapped onto the ends can be slightly closer)
        double mag = Math.pow(10, Math.floor(Math.log10(d) + 1e-9));
        double r = d / mag;
        double step = r < 1.5 ? mag : r < 3.5 ? 2 * mag : r < 7.5 ? 5 * mag : 10 * mag;
        return linearLabels(ticks, step);
    }

    private static List<String> linearLabels(List<Double> ticks, double step) {
        List<String> out = new ArrayList<>(ticks.size());
        int p = (int) Math.floor(Math.log10(step) + 1e-9);
        double maxAbs = 0;
        for (double v : ticks) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        int decimals = Math.max(0, -p);
        int intDigits = maxAbs < 1 ? 1 : (int) Math.floor(Math.log10(maxAbs)) + 1;
        boolean fixed = (maxAbs == 0 || (maxAbs >= 1e-3 && maxAbs < 1e5)) && intDigits + decimals <= 12;
        for (double v : ticks) {
            if (v == 0) {
                out.add("0");
            } else if (fixed) {
                out.add(String.format(Locale.ROOT, "%." + decimals + "f", v));
            } else {
                // one exponent for the whole axis (that of the largest tick), mantissa digits down to the step
                int e = (int) Math.floor(Math.log10(maxAbs));
                int d = Math.max(0, e - p);
                out.add(String.format(Locale.ROOT, "%." + d + "f", v / Math.pow(10, e)) + "e" + e);
            }
        }
        return out;
    }

    /** @return v in exponent notation with the given number of mantissa decimals, e.g. {@code 1.5e6}, {@code -2e-5} */
    private static String exponent(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "e", v);
        int i = s.indexOf('e');
        String mant = s.substring(0, i);
        int exp = Integer.parseInt(s.substring(i + 1));
        return mant + "e" + exp;
    }

    /**
     * A label for one value on its own, with up to three significant digits ({@code 1.25e6}, {@code 0.012}). Labels of
     * the ticks of an axis should come from {@link #labels}, which takes the digits from the tick step so that no two
     * ticks get the same label; this one cannot know the step.
     *
     * @param v a value
     * @return its label
     */
    static String label(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        String s = String.format(Locale.ROOT, "%.2e", v);
        int i = s.indexOf('e');
        String mant = s.substring(0, i).replaceAll("0+$", "");
        mant = mant.endsWith(".") ? mant.substring(0, mant.length() - 1) : mant;
        return mant + "e" + Integer.parseInt(s.substring(i + 1));
    }

    /** @return a label for a log-axis tick (a 1, 2 or 5 times a power of ten) */
    static String logLabel(double v) {
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return exponent(v, 0);
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
