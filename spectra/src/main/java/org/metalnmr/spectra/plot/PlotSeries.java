package org.metalnmr.spectra.plot;

import java.util.Objects;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * One line of a {@link LinePlot}: a name for the legend, the points (copied on entry) and whether it is
 * drawn dashed (for reference curves and asymptotes).
 *
 * @param name   legend text
 * @param x      abscissae
 * @param y      ordinates, same length as x
 * @param dashed whether to draw the line dashed
 */
public record PlotSeries(String name, double[] x, double[] y, boolean dashed) {

    /** Copies the arrays and checks their lengths. */
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        x = x.clone();
        y = y.clone();
        if (x.length != y.length || x.length == 0) {
            throw new InvalidInputException(CoreMessage.FILE_MALFORMED, "plot series '" + name + "'",
                    "x and y must have the same, non-zero length, got " + x.length + " and " + y.length);
        }
    }

    /**
     * @param name legend text
     * @param x    abscissae
     * @param y    ordinates
     * @return a solid series
     */
    public static PlotSeries solid(String name, double[] x, double[] y) {
        return new PlotSeries(name, x, y, false);
    }

    /**
     * @param name legend text
     * @param x    abscissae
     * @param y    ordinates
     * @return a dashed series
     */
    public static PlotSeries dashed(String name, double[] x, double[] y) {
        return new PlotSeries(name, x, y, true);
    }

    /** @return a copy of the abscissae */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the ordinates */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    double xAt(int i) {
        return x[i];
    }

    double yAt(int i) {
        return y[i];
    }
}
