package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.spectrum.SpectralAxis;

class PeakFinderTest {

    /** Two weak Lorentzians on the tail of a strong one: positions exact, widths measured at half prominence. */
    @Test
    void findsLinesOnTheTailOfAStrongLineWithTheirWidths() {
        SpectralAxis axis = new SpectralAxis(16001, 400, -400, 100e6);
        double[] y = new double[axis.size()];
        add(axis, y, 0, 5, 100);     // strong line at 0 ppm, HWHM 5
        add(axis, y, 200, 2, 1);     // weak lines far out on its tail
        add(axis, y, 300, 4, 0.5);
        List<SpectrumPeak> peaks = PeakFinder.find(axis, y, 0.001);
        assertEquals(3, peaks.size(), peaks.toString());
        SpectrumPeak p200 = peaks.stream().filter(p -> Math.abs(p.shiftPpm() - 200) < 1).findFirst().orElseThrow();
        SpectrumPeak p300 = peaks.stream().filter(p -> Math.abs(p.shiftPpm() - 300) < 1).findFirst().orElseThrow();
        // the neighbours' tails tilt each line: a maximum moves by slope / curvature, e.g. at 300 ppm the 200 ppm
        // line's slope 2 A G / (pi 100^3) = 1.3e-6 over the peak curvature 2 A / (pi G^3) = 5.0e-3: 3e-4 ppm,
        // and the 0 ppm line's 2.4e-6 / 5.0e-3 = 5e-4 ppm; the three-point parabola on a Lorentzian sampled every
        // 0.05 ppm adds a bias below a tenth of a point: 0.005 ppm bounds all three
        assertEquals(200, p200.shiftPpm(), 0.005);
        assertEquals(300, p300.shiftPpm(), 0.005);
        // FWHM 2 G at half prominence; the base (the higher side minimum, lifted by the neighbours' tails by
        // about 3 % of the weak peaks) narrows it slightly: within 5 %
        assertEquals(4.0, p200.fwhmPpm(), 0.2);
        assertEquals(8.0, p300.fwhmPpm(), 0.4);
        assertEquals(0.0, peaks.get(0).shiftPpm(), 0.01);
    }

    @Test
    void ignoresRipplesBelowTheProminenceLimit() {
        SpectralAxis axis = new SpectralAxis(2001, 100, -100, 100e6);
        double[] y = new double[axis.size()];
        add(axis, y, 0, 3, 1);
        for (int i = 0; i < y.length; i++) {
            y[i] += 1e-5 * Math.sin(i * 0.7);
        }
        assertEquals(1, PeakFinder.find(axis, y, 0.01).size());
    }

    private static void add(SpectralAxis axis, double[] y, double centre, double hwhm, double area) {
        for (int i = 0; i < axis.size(); i++) {
            double x = axis.ppm(i) - centre;
            y[i] += area / Math.PI * hwhm / (x * x + hwhm * hwhm);
        }
    }
}
