package org.metalnmr.core.lineshape;

/**
 * Dawson's integral \( F(x) = e^{-x^2}\int_0^x e^{t^2}\,dt \), odd in x, with
 * \( F'(x) = 1 - 2xF(x) \). It is the dispersion part of the Gaussian lineshape:
 * \( F(x) = \frac{\sqrt\pi}{2}\,\mathrm{Im}\,w(x) \) on the real axis (Abramowitz &amp; Stegun
 * 7.1.3 and 7.1.17).
 *
 * <p>Fast evaluation for fitting loops: a cubic Hermite table on [0, 50] with step 1/256 built once
 * from {@link Faddeeva} (values) and the differential equation (slopes); the Hermite remainder is
 * \( h^4 \max|F^{(4)}|/384 \approx 2\cdot10^{-12} \) with \( \max|F^{(4)}| \approx 18 \). Beyond
 * 50 the asymptotic series \( F \approx \frac{1}{2x}(1 + \frac{1}{2x^2} + \frac{3}{4x^4} +
 * \frac{15}{8x^6} + \frac{105}{16x^8}) \) (A&amp;S 7.1.23) has a truncation error below 1e-16
 * relative. Measured absolute error against {@link Faddeeva} below 1e-11 (test {@code DawsonTest}).
 *
 * <p>The same grid holds \( e^{-x^2} \) (the Gaussian absorption, needed at the same argument in
 * every fitting loop), and the four tables are interleaved (value, step x slope, Gaussian,
 * step x Gaussian slope at each node), so that one interpolation reads one 64-byte stretch of
 * memory for both functions ({@link #valuesAndGaussians}, the inner loop of the {@code peaks:N}
 * fits). Storing step x slope is exact (the step is a power of two), so the results are the same
 * as with separate tables.
 */
public final class Dawson {

    private static final double STEP = 1.0 / 256;
    private static final double INV_STEP = 256;
    private static final double X_MAX = 50.0;
    private static final int SIZE = (int) Math.round(X_MAX / STEP) + 2;
    /** Per node i: F, h F', exp(-x^2), h d exp(-x^2)/dx at TABLE[4i .. 4i + 3]. */
    private static final double[] TABLE = new double[4 * SIZE];

    static {
        double[] w = new double[2];
        double halfSqrtPi = 0.5 * Math.sqrt(Math.PI);
        for (int i = 0; i < SIZE; i++) {
            double x = i * STEP;
            Faddeeva.w(x, 0, w);
            double value = halfSqrtPi * w[1];
            double gauss = Math.exp(-x * x);
            TABLE[4 * i] = value;
            TABLE[4 * i + 1] = STEP * (1 - 2 * x * value);
            TABLE[4 * i + 2] = gauss;
            TABLE[4 * i + 3] = STEP * (-2 * x * gauss);
        }
    }

    private Dawson() {
    }

    /**
     * @param x argument (dimensionless)
     * @return F(x)
     */
    public static double value(double x) {
        double ax = Math.abs(x);
        double f;
        if (ax >= X_MAX) {
            f = asymptotic(ax);
        } else {
            double u = ax * INV_STEP;
            int i = (int) u;
            double s = u - i;
            double s2 = s * s;
            double s3 = s2 * s;
            int t = 4 * i;
            f = (2 * s3 - 3 * s2 + 1) * TABLE[t] + (s3 - 2 * s2 + s) * TABLE[t + 1] + (-2 * s3 + 3 * s2) * TABLE[t + 4]
                    + (s3 - s2) * TABLE[t + 5];
        }
        return x < 0 ? -f : f;
    }

    /**
     * \( e^{-x^2} \) from a cubic Hermite table on the same grid (absolute error below
     * \( h^4 \cdot 12/384 \approx 7\cdot10^{-12} \); exactly 0 beyond |x| = 50): cheaper than
     * {@link Math#exp} in the fitting loop, where it is needed at the same argument as F.
     *
     * @param x argument (dimensionless)
     * @return exp(-x^2)
     */
    public static double gaussian(double x) {
        double ax = Math.abs(x);
        if (ax >= X_MAX) {
            return 0;
        }
        double u = ax * INV_STEP;
        int i = (int) u;
        double s = u - i;
        double s2 = s * s;
        double s3 = s2 * s;
        int t = 4 * i;
        return (2 * s3 - 3 * s2 + 1) * TABLE[t + 2] + (s3 - 2 * s2 + s) * TABLE[t + 3] + (-2 * s3 + 3 * s2) * TABLE[t + 6]
                + (s3 - s2) * TABLE[t + 7];
    }

    /**
     * F and \( e^{-x^2} \) at \( x_i = \mathrm{scale}\,(\delta_i - \mathrm{center}) \) for
     * i &lt; count, with one table interpolation per point: the same values as {@link #value} and
     * {@link #gaussian}.
     *
     * @param delta    the abscissae (e.g. shifts [ppm])
     * @param count    number of points to compute
     * @param center   subtracted from each abscissa (same unit)
     * @param scale    multiplies the difference [1 / unit of delta]
     * @param dawson   receives F(x_i)
     * @param gaussian receives exp(-x_i^2)
     */
    public static void valuesAndGaussians(double[] delta, int count, double center, double scale, double[] dawson, double[] gaussian) {
        for (int k = 0; k < count; k++) {
            double x = scale * (delta[k] - center);
            double ax = Math.abs(x);
            if (ax >= X_MAX) {
                double f = asymptotic(ax);
                dawson[k] = x < 0 ? -f : f;
                gaussian[k] = 0;
                continue;
            }
            double u = ax * INV_STEP;
            int i = (int) u;
            double s = u - i;
            double s2 = s * s;
            double s3 = s2 * s;
            double h00 = 2 * s3 - 3 * s2 + 1;
            double h10 = s3 - 2 * s2 + s;
            double h01 = -2 * s3 + 3 * s2;
            double h11 = s3 - s2;
            int t = 4 * i;
            double f = h00 * TABLE[t] + h10 * TABLE[t + 1] + h01 * TABLE[t + 4] + h11 * TABLE[t + 5];
            dawson[k] = x < 0 ? -f : f;
            gaussian[k] = h00 * TABLE[t + 2] + h10 * TABLE[t + 3] + h01 * TABLE[t + 6] + h11 * TABLE[t + 7];
        }
    }

    /** A&amp;S 7.1.23 for |x| &gt;= 50. */
    private static double asymptotic(double ax) {
        double r = 1 / (2 * ax * ax);
        return (1 + r * (1 + r * (3 + r * (15 + r * 105)))) / (2 * ax);
    }
}
