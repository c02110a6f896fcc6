package org.metalnmr.spectra.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AxisTest {

    /**
     * Property test over seeded random ranges: every tick lies inside the range, there are at least two, and no
     * two ticks share a label (the bug where an axis from 1e6 to 2e6 read "1e6, 1e6, 2e6, 2e6"). Ranges span 24
     * decades of scale, centres far from zero relative to the span (down to 1e-9 of the magnitude), both signs,
     * and tick targets from 3 to 15.
     */
    @Test
    void tickLabelsAreDistinctAndTicksInsideTheRange() {
        Random rnd = new Random(20261207);
        for (int trial = 0; trial < 10_000; trial++) {
            double scale = Math.pow(10, -12 + 24 * rnd.nextDouble());
            double relativeSpan = Math.pow(10, -8 * rnd.nextDouble());
            double centre = scale * (2 * rnd.nextDouble() - 1) * (rnd.nextBoolean() ? 1 : 1 / relativeSpan);
            double span = scale * relativeSpan * (0.5 + rnd.nextDouble());
            double lo = centre - span / 2;
            double hi = centre + span / 2;
            int target = 3 + rnd.nextInt(13);
            Axis a = new Axis(lo, hi, false, rnd.nextBoolean());
            List<Double> ticks = a.ticks(target);
            List<String> labels = a.labels(ticks, target);
            String where = "range " + lo + " .. " + hi + ", target " + target + ": " + ticks + " -> " + labels;
            assertTrue(ticks.size() >= 2, where);
            assertTrue(ticks.size() <= 3 * target, where);
            for (double t : ticks) {
                assertTrue(t >= a.lo() && t <= a.hi(), "tick outside " + where);
            }
            assertEquals(ticks.size(), new HashSet<>(labels).size(), "repeated label " + where);
            assertEquals(labels, a.labels(ticks), "step from the tick spacing " + where);
            if (span > 0.1 * Math.abs(centre)) {
                for (String s : labels) {
                    assertTrue(s.length() <= 9, "label too long " + where);
                }
            }
        }
    }

    @Test
    void logTicksAreDistinctAndInside() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 5_000; trial++) {
            double lo = Math.pow(10, -15 + 25 * rnd.nextDouble());
            double hi = lo * Math.pow(10, 0.01 + 20 * rnd.nextDouble() * rnd.nextDouble());
            Axis a = new Axis(lo, hi, true);
            int target = 3 + rnd.nextInt(8);
            List<Double> ticks = a.ticks(target);
            List<String> labels = a.labels(ticks, target);
            String where = lo + " .. " + hi + ": " + labels;
            for (double t : ticks) {
                assertTrue(t >= lo && t <= hi, where);
            }
            assertEquals(ticks.size(), new HashSet<>(labels).size(), where);
            assertTrue(ticks.size() >= 2 && ticks.size() <= 2 * target + 2, where);
        }
    }

    /** The example of the issue: a range of a million counts got "1e6" twice. */
    @Test
    void millionsGetEnoughDigits() {
        Axis a = new Axis(0.9e6, 2.1e6, false);
        List<String> labels = a.labels(a.ticks(6), 6);
        assertEquals(List.of("1.0e6", "1.2e6", "1.4e6", "1.6e6", "1.8e6", "2.0e6"), labels);
        Axis b = new Axis(0.85e6, 1.65e6, false);
        assertEquals(List.of("0.9e6", "1.0e6", "1.1e6", "1.2e6", "1.3e6", "1.4e6", "1.5e6", "1.6e6"), b.labels(b.ticks(8), 8),
                "one exponent on the whole axis");
        Axis ppm = new Axis(220, 310, false, true);
        assertEquals(List.of("220", "240", "260", "280", "300"), ppm.labels(ppm.ticks(5), 5));
    }

    @Test
    void singleValueLabels() {
        assertEquals("1.25e6", Axis.label(1.25e6));
        assertEquals("1e6", Axis.label(1e6));
        assertEquals("-2.5e-5", Axis.label(-2.5e-5));
        assertEquals("0.012", Axis.label(0.012));
        assertEquals("0", Axis.label(0));
    }

    /** A ppm axis decreases to the right: the larger shift is nearer the start (left); ticks and labels stay positive. */
    @Test
    void reversedAxisPutsLargerValuesLeft() {
        Axis ppm = new Axis(220, 310, false, true);
        assertEquals(0.0, ppm.fraction(310), 1e-15);
        assertEquals(1.0, ppm.fraction(220), 1e-15);
        assertTrue(ppm.fraction(300) < ppm.fraction(250));
        for (double t : ppm.ticks(6)) {
            assertTrue(t > 0);
        }
        Axis forward = ppm.withReversed(false);
        assertEquals(1 - forward.fraction(263.7), ppm.fraction(263.7), 1e-15);
    }
}
