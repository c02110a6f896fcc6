package org.metalnmr.spectra.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;

class LinePlotTest {

    @Test
    void rendersSeriesLegendAndLabels(@TempDir Path dir) throws Exception {
        double[] x = {0.1, 1, 10, 100};
        LinePlot p = LinePlot.of("title T", "size/d", "S/V").withLogX(true).withLogY(true)
                .withSeries(PlotSeries.solid("alpha", x, new double[] {1, 0.9, 0.1, 0.01}))
                .withSeries(PlotSeries.dashed("beta", x, new double[] {1, 1, 0.2, 0.02}));
        LinePlot q = LinePlot.of("second", "x", "phase (deg)").withSeries(PlotSeries.solid("gamma", x, new double[] {0, -10, -45, -45}));
        String svg = SvgFigure.column(600, 300, List.of(p, q));
        for (String s : new String[] {"<svg", "title T", "alpha", "beta", "gamma", "size/d", "stroke-dasharray"}) {
            assertTrue(svg.contains(s), s);
        }
        Path f = dir.resolve("fig.svg");
        SvgFigure.write(f, svg);
        assertEquals(svg, Files.readString(f));
        assertEquals(3, p.withSeries(PlotSeries.solid("c", x, x)).series().size());
        assertEquals(2, p.series().size(), "with* returns a new plot");
    }

    @Test
    void ticks() {
        assertEquals(List.of(0.01, 0.1, 1.0, 10.0), new Axis(0.01, 10, true).ticks());
        List<Double> lin = new Axis(-50, 5, false).ticks();
        assertTrue(lin.contains(-50.0) && lin.contains(0.0) && lin.size() >= 4 && lin.size() <= 8, lin.toString());
        assertEquals("0.01", Axis.logLabel(0.01));
        assertEquals("1e-5", Axis.logLabel(1e-5));
        assertEquals("-45", Axis.logLabel(-45));
    }

    @Test
    void copiesInputAndRejectsMismatch() {
        double[] x = {1, 2};
        PlotSeries s = PlotSeries.solid("s", x, new double[] {3, 4});
        x[0] = 99;
        assertEquals(1.0, s.x()[0]);
        assertThrows(InvalidInputException.class, () -> PlotSeries.solid("bad", new double[] {1}, new double[] {1, 2}));
    }
}
