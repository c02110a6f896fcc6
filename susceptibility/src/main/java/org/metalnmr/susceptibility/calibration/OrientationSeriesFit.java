package org.metalnmr.susceptibility.calibration;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Fits the isotropic Knight shift K and the volume susceptibility chi to line positions measured at
 * several orientations of one metal body, by linear least squares on
 * \[ \delta_i = K + 10^6 \chi\,(1/3 - N_{zz,i}), \]
 * N_zz,i the body's demagnetising factor along B0 at orientation i (docs/physics.md sect. 4).
 *
 * <p>Thin plate or strip (Trease et al., Solid State Nucl. Magn. Reson. 42, 62 (2012)): N_zz = cos^2 theta,
 * theta the angle between B0 and the plate normal. When the series is given as the angle alpha
 * between the plate's <i>plane</i> and B0 (as in that paper: 0 deg = strip along B0, 90 deg = strip
 * perpendicular to B0), theta = 90 deg - alpha, so N_zz = sin^2 alpha ({@link #fitPlateByPlaneAngle}).</p>
 *
 * <p>Statistics: ordinary least squares with x_i = 1/3 - N_zz,i; the standard errors are
 * s sqrt(diag((X^T X)^-1)) with s^2 = RSS/(n - 2), i.e. they assume equal, independent errors and take
 * their size from the scatter. With n = 2 the fit is exact and the standard errors are 0 (undetermined);
 * the caller sees {@code degreesOfFreedom = 0}. The plate model ignores the finite width of the strip,
 * which in practice broadens the lines away from 0 deg (noted by Trease et al.).</p>
 */
public final class OrientationSeriesFit {

    private OrientationSeriesFit() {
    }

    /**
     * @param nzzLab   demagnetising factor along B0 for each measurement
     * @param shiftPpm measured line positions [ppm]
     * @return the fit
     * @throws InvalidInputException on fewer than 2 points, length mismatch, or all N_zz equal
     */
    public static KnightChiFit fit(double[] nzzLab, double[] shiftPpm) {
        if (nzzLab.length != shiftPpm.length) {
            throw new InvalidInputException(SusceptibilityMessage.LENGTH_MISMATCH, "N_zz values", "shifts", nzzLab.length, shiftPpm.length);
        }
        int n = nzzLab.length;
        if (n < 2) {
            throw new InvalidInputException(SusceptibilityMessage.TOO_FEW_POINTS, "orientation-series fit", 2, n);
        }
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            Checks.finite("N_zz", nzzLab[i]);
            Checks.finite("shift [ppm]", shiftPpm[i]);
            sx += 1.0 / 3 - nzzLab[i];
            sy += shiftPpm[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = 1.0 / 3 - nzzLab[i] - mx;
            sxx += dx * dx;
            sxy += dx * (shiftPpm[i] - my);
        }
        if (sxx <= 1e-14 * n) {
            throw new InvalidInputException(SusceptibilityMessage.SINGULAR_FIT, "orientation-series fit");
        }
        double slope = sxy / sxx;
        double k = my - slope * mx;
        double[] res = new double[n];
        double rss = 0;
        for (int i = 0; i < n; i++) {
            res[i] = shiftPpm[i] - (k + slope * (1.0 / 3 - nzzLab[i]));
            rss += res[i] * res[i];
        }
        int dof = n - 2;
        double s2 = dof > 0 ? rss / dof : 0;
        double seSlope = Math.sqrt(s2 / sxx);
        double seK = Math.sqrt(s2 * (1.0 / n + mx * mx / sxx));
        double corr = (seK > 0 && seSlope > 0) ? -mx * s2 / sxx / (seK * seSlope) : 0;
        return new KnightChiFit(k, seK, slope * 1e-6, seSlope * 1e-6, corr, res, Math.sqrt(s2), dof);
    }

    /**
     * Weighted least squares on the same model, each shift with its standard error sigma_i: minimises
     * \( \sum_i (\delta_i - K - 10^6 \chi x_i)^2 / \sigma_i^2 \), x_i = 1/3 - N_zz,i. The covariance of (K, chi)
     * is \( (X^T W X)^{-1} \), W = diag(1/sigma_i^2), taken as given by the sigmas (not rescaled by the scatter);
     * {@code rmsResidualPpm} is then sqrt(chi^2/(n - 2)), the reduced chi-square's root, which should be near 1
     * when the sigmas are right (Press et al., Numerical Recipes, 3rd ed., sect. 15.2).
     *
     * @param nzzLab       demagnetising factor along B0 for each measurement
     * @param shiftPpm     measured line positions [ppm]
     * @param stdErrPpm    standard error of each position [ppm], &gt; 0
     * @return the fit
     */
    public static KnightChiFit fitWeighted(double[] nzzLab, double[] shiftPpm, double[] stdErrPpm) {
        if (nzzLab.length != shiftPpm.length) {
            throw new InvalidInputException(SusceptibilityMessage.LENGTH_MISMATCH, "N_zz values", "shifts", nzzLab.length, shiftPpm.length);
        }
        if (stdErrPpm.length != shiftPpm.length) {
            throw new InvalidInputException(SusceptibilityMessage.LENGTH_MISMATCH, "standard errors", "shifts", stdErrPpm.length,
                    shiftPpm.length);
        }
        int n = nzzLab.length;
        if (n < 2) {
            throw new InvalidInputException(SusceptibilityMessage.TOO_FEW_POINTS, "orientation-series fit", 2, n);
        }
        double s = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double w = 1 / Math.pow(Checks.positive("shift standard error", "[ppm]", stdErrPpm[i]), 2);
            double x = 1.0 / 3 - Checks.finite("N_zz", nzzLab[i]);
            double y = Checks.finite("shift [ppm]", shiftPpm[i]);
            s += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }
        double det = s * sxx - sx * sx;
        if (det <= 1e-14 * s * s) {
            throw new InvalidInputException(SusceptibilityMessage.SINGULAR_FIT, "orientation-series fit");
        }
        double slope = (s * sxy - sx * sy) / det;
        double k = (sxx * sy - sx * sxy) / det;
        double[] res = new double[n];
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            res[i] = shiftPpm[i] - (k + slope * (1.0 / 3 - nzzLab[i]));
            chi2 += res[i] * res[i] / (stdErrPpm[i] * stdErrPpm[i]);
        }
        int dof = n - 2;
        double seK = Math.sqrt(sxx / det);
        double seSlope = Math.sqrt(s / det);
        double corr = -sx / det / (seK * seSlope);
        return new KnightChiFit(k, seK, slope * 1e-6, seSlope * 1e-6, corr, res, dof > 0 ? Math.sqrt(chi2 / dof) : 0, dof);
    }

    /**
     * Thin plate, orientation given by the angle between the plate normal and B0.
     *
     * @param normalTiltRad angle between normal and B0 for each measurement [rad]
     * @param shiftPpm      measured line positions [ppm]
     * @return the fit
     */
    public static KnightChiFit fitPlateByNormalTilt(double[] normalTiltRad, double[] shiftPpm) {
        double[] nzz = new double[normalTiltRad.length];
        for (int i = 0; i < nzz.length; i++) {
            double c = Math.cos(Checks.finite("normal tilt [rad]", normalTiltRad[i]));
            nzz[i] = c * c;
        }
        return fit(nzz, shiftPpm);
    }

    /**
     * Thin plate or strip, orientation given by the angle between its plane and B0 (Trease et al. 2012):
     * normal tilt = 90 deg - plane angle, N_zz = sin^2(plane angle).
     *
     * @param planeAngleRad angle between the plane and B0 for each measurement [rad]
     * @param shiftPpm      measured line positions [ppm]
     * @return the fit
     */
    public static KnightChiFit fitPlateByPlaneAngle(double[] planeAngleRad, double[] shiftPpm) {
        double[] tilt = new double[planeAngleRad.length];
        for (int i = 0; i < tilt.length; i++) {
            tilt[i] = Math.PI / 2 - Checks.finite("plane angle [rad]", planeAngleRad[i]);
        }
        return fitPlateByNormalTilt(tilt, shiftPpm);
    }
}
