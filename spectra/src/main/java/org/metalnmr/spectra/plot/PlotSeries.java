package org.metalnmr.spectra.plot;

import java.util.Objects;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;

/**
 * One series of a {@link LinePlot}: a name for the legend, the points (copied on entry), whether the line is
 * dashed (for reference curves and asymptotes), optional vertical error bars and whether each point gets a
 * marker. A series with error bars is drawn as markers with bars of &#177; one error, joined by a thin line;
 * a series without is a line. Long series are drawn decimated to the plot's pixel columns (see
 * {@link Decimation}); the data kept here are never changed.
 *
 * @param name    legend text
 * @param x       abscissae
 * @param y       ordinates, same length as x
 * @param dashed  whether to draw the line dashed
 * @param yErr    one standard error per point (same length as y, non-negative; NaN or infinite: no bar at
 *                that point), or an empty array for none
 * @param markers whether each point gets a marker
 */
public record PlotSeries(String name, double[] x, double[] y, boolean dashed, double[] yErr, boolean markers) {

    /** Copies the arrays and checks their lengths and the errors. */
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        x = x.clone();
        y = y.clone();
        yErr = yErr == null ? new double[0] : yErr.clone();
        if (x.length != y.length || x.length == 0) {
            throw new InvalidInputException(SpectraMessage.PLOT_SERIES_LENGTH, name, x.length, y.length);
        }
        if (yErr.length != 0 && yErr.length != y.length) {
            throw new InvalidInputException(SpectraMessage.PLOT_SERIES_ERROR_COUNT, name, y.length, yErr.length);
        }
        for (double e : yErr) {
            if (e < 0) {
                throw new InvalidInputException(SpectraMessage.PLOT_SERIES_ERROR_NEGATIVE, name, Double.toString(e));
            }
        }
    }

    /**
     * @param name   legend text
     * @param x      abscissae
     * @param y      ordinates
     * @param dashed whether to draw the line dashed
     */
    public PlotSeries(String name, double[] x, double[] y, boolean dashed) {
        this(name, x, y, dashed, new double[0], false);
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

    /**
     * @param errors one standard error per point, in the unit of y (non-negative; NaN or infinite: no bar there)
     * @return a copy drawn as markers with vertical error bars of &#177; errors, joined by a thin line
     */
    public PlotSeries withErrors(double[] errors) {
        Objects.requireNonNull(errors, "errors");
        return new PlotSeries(name, x, y, dashed, errors, true);
    }

    /**
     * @param on whether each point gets a marker
     * @return a copy with or without markers
     */
    public PlotSeries withMarkers(boolean on) {
        return new PlotSeries(name, x, y, dashed, yErr, on);
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

    /** @return a copy of the errors (empty when the series has none) */
    @Override
    public double[] yErr() {
        return yErr.clone();
    }

    /** @return whether the series has error bars */
    public boolean hasErrors() {
        return yErr.length > 0;
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

    /** @return the error of point i, NaN when there is none */
    double errAt(int i) {
        return yErr.length == 0 ? Double.NaN : yErr[i];
    }
}
