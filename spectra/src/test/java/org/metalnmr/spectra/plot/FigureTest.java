package org.metalnmr.spectra.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;

class FigureTest {

    @Test
    void writesSvgAndPngOfTheSameDrawing(@TempDir Path dir) throws Exception {
        double[] t = {0, 1, 2, 3, 4};
        LinePlot p = LinePlot.of("trend", "time [h]", "area [mol]")
                .withSeries(PlotSeries.solid("area", t, new double[] {1, 2, 3, 2.5, 2}).withErrors(new double[] {0.1, 0.2, Double.NaN, 0.3, 0.1}));
        Path png = Figure.column(900, 300, List.of(p, p)).write(dir.resolve("trend.svg"));
        assertEquals(dir.resolve("trend.png"), png);
        String svg = Files.readString(dir.resolve("trend.svg"));
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), "an SVG document");
        assertTrue(svg.contains("time [h]") && svg.contains("area [mol]"));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertEquals(Figure.PNG_WIDTH, img.getWidth());
        assertEquals(Math.round(600.0 * Figure.PNG_WIDTH / 900), img.getHeight());
        assertEquals(Path.of("a/b.png"), Figure.pngPath(Path.of("a/b.svg")));
    }

    /** The error bars: a series with errors draws, per point with a finite error, one vertical bar and two caps. */
    @Test
    void errorBarsAreDrawnPerPointWithAnError() {
        double[] x = {1, 2, 3};
        double[] y = {5, 6, 7};
        PlotSeries s = PlotSeries.solid("s", x, y).withErrors(new double[] {0.5, Double.NaN, 1});
        assertTrue(s.hasErrors() && s.markers());
        assertEquals(1.0, s.yErr()[2]);
        LinePlot frame = LinePlot.of("t", "x [1]", "y [1]").withYRange(0, 10);
        String without = frame.withSeries(PlotSeries.solid("s", x, y)).toSvg(400, 300);
        String with = frame.withSeries(s).toSvg(400, 300);
        int lines = count(with, "<line") - count(without, "<line");
        int markers = count(with, "<ellipse") + count(with, "<circle");
        assertEquals(2 * 3, lines, "two bars with two caps each");
        assertEquals(3 + 1, markers, "a marker per point and one in the legend");
        assertThrows(InvalidInputException.class, () -> PlotSeries.solid("s", x, y).withErrors(new double[] {1, 2}));
        assertThrows(InvalidInputException.class, () -> PlotSeries.solid("s", x, y).withErrors(new double[] {1, -2, 1}));
    }

    /** A long spectrum is drawn decimated: the SVG of 200 000 points is no larger than that of about 4 per pixel column. */
    @Test
    void longSeriesAreDecimatedForDrawing() {
        Random rnd = new Random(3);
        int n = 200_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 300 - 100.0 * i / n;
            y[i] = 1 / (1 + Math.pow((x[i] - 250) / 2, 2)) + 0.01 * rnd.nextGaussian();
        }
        String svg = LinePlot.of("spectrum", "shift [ppm]", "intensity [a.u.]").withReversedX(true)
                .withSeries(PlotSeries.solid("data", x, y)).toSvg(900, 400);
        assertTrue(svg.length() < 150_000, "SVG of " + svg.length() + " characters");
    }

    private static int count(String s, String what) {
        int c = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            c++;
        }
        return c;
    }
}
