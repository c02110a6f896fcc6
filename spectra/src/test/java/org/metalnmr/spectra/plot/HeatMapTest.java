package org.metalnmr.spectra.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class HeatMapTest {

    private static double[][] signed(int nx, int ny) {
        double[][] v = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                v[i][j] = -2 + 5.0 * i / (nx - 1);
            }
        }
        return v;
    }

    /** The diverging scale is symmetric about zero and puts zero at the white middle, negatives blue, positives red. */
    @Test
    void divergingScaleIsCentredOnZero() {
        HeatMap m = HeatMap.of("shift", "shift [ppm]", signed(20, 10), -1, 1, -1, 1).withDivergingScale();
        assertTrue(m.isDiverging());
        assertEquals(-3.0, m.colourLow(), 1e-12, "symmetric: -max|v|");
        assertEquals(3.0, m.colourHigh(), 1e-12);
        Color zero = m.scaleColour((0 - m.colourLow()) / (m.colourHigh() - m.colourLow()));
        assertEquals(new Color(0xf7f7f7), zero);
        Color neg = m.scaleColour(0.1);
        Color pos = m.scaleColour(0.9);
        assertTrue(neg.getBlue() > neg.getRed(), "negative is blue: " + neg);
        assertTrue(pos.getRed() > pos.getBlue(), "positive is red: " + pos);
        HeatMap seq = HeatMap.of("b1", "|B1| [1]", signed(20, 10), -1, 1, -1, 1);
        assertEquals(HeatMap.viridis(0), seq.scaleColour(0));
    }

    /** Both axes and the colour bar have tick labels; a large grid is embedded as one image, a small one drawn cell by cell. */
    @Test
    void ticksOnBothAxesAndCompactLargeGrids() {
        String small = HeatMap.of("map", "shift [ppm]", signed(20, 10), -3, 3, -1.5, 1.5).withAxisLabels("x [mm]", "z [mm]")
                .withDivergingScale().toSvg(600, 400);
        for (String label : new String[] {">-3<", ">3<", ">-1.5<", ">1.5<", ">0<", "x [mm]", "z [mm]", "shift [ppm]"}) {
            assertTrue(small.contains(label), label);
        }
        assertTrue(!small.contains("<image"));
        HeatMap big = HeatMap.ofGrid("ppm x time", "intensity [a.u.]", signed(2000, 300), 320, 200, 0, 50, "shift [ppm]", "time [h]")
                .withReversedX(true);
        String svg = big.toSvg(800, 500);
        assertTrue(svg.contains("<image"), "embedded raster");
        assertTrue(svg.length() < 600_000, svg.length() + " characters for 600 000 cells");
        assertTrue(svg.contains(">300<") && svg.contains(">200<") && svg.contains(">40<"), "ppm and time ticks");
    }
}
