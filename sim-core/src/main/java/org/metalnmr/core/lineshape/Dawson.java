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
 */
public final class Dawson {

    private static final double STEP = 1.0 / 256;
    private static final double INV_STEP = 256;
    private static final double X_MAX = 50.0;
    private static final int SIZE = (int) Math.round(X_MAX / STEP) + 2;
    private static final double[] VALUE = new double[SIZE];
    private static final double[] SLOPE = new double[SIZE];
    private static final double[] GAUSS = new double[SIZE];
    private static final double[] GAUSS_SLOPE = new double[SIZE];

    static {
        double[] w = new double[2];
        double halfSqrtPi = 0.5 * Math.sqrt(Math.PI);
        for (int i = 0; i < SIZE; i++) {
            double x = i * STEP;
            Faddeeva.w(x, 0, w);
            VALUE[i] = halfSqrtPi * w[1];
            SLOPE[i] = 1 - 2 * x * VALUE[i];
            GAUSS[i] = Math.exp(-x * x);
            GAUSS_SLOPE[i] = -2 * x * GAUSS[i];
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
            double r = 1 / (2 * ax * ax);
            f = (1 + r * (1 + r * (3 + r * (15 + r * 105)))) / (2 * ax);
        } else {
            double u = ax * INV_STEP;
            int i = (int) u;
            double s = u - i;
            double s2 = s * s;
            double s3 = s2 * s;
            double h00 = 2 * s3 - 3 * s2 + 1;
            double h10 = s3 - 2 * s2 + s;
            double h01 = -2 * s3 + 3 * s2;
            double h11 = s3 - s2;
            f = h00 * VALUE[i] + h10 * STEP * SLOPE[i] + h01 * VALUE[i + 1] + h11 * STEP * SLOPE[i + 1];
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
        return (2 * s3 - 3 * s2 + 1) * GAUSS[i] + (s3 - 2 * s2 + s) * STEP * GAUSS_SLOPE[i] + (-2 * s3 + 3 * s2) * GAUSS[i + 1]
                + (s3 - s2) * STEP * GAUSS_SLOPE[i + 1];
    }
}
