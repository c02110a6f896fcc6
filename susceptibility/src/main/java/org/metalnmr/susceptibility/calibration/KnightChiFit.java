package org.metalnmr.susceptibility.calibration;

/**
 * Result of fitting the Knight shift and the susceptibility to an orientation series.
 *
 * @param knightShiftPpm       fitted isotropic Knight shift K [ppm]
 * @param knightShiftStdErrPpm its standard error [ppm] (NaN-free; 0 when the fit is exact with no residual freedom)
 * @param chi                  fitted volume susceptibility (SI)
 * @param chiStdErr            its standard error
 * @param correlation          correlation coefficient of the two estimates
 * @param residualsPpm         measured minus fitted shift for each point [ppm] (copied)
 * @param rmsResidualPpm       sqrt(sum r^2 / (n - 2)) [ppm], the estimated noise (0 when n = 2)
 * @param degreesOfFreedom     n - 2
 */
public record KnightChiFit(double knightShiftPpm, double knightShiftStdErrPpm, double chi, double chiStdErr,
                           double correlation, double[] residualsPpm, double rmsResidualPpm, int degreesOfFreedom) {

    /** Copies the residuals. */
    public KnightChiFit {
        residualsPpm = residualsPpm.clone();
    }

    /** @return a copy of the residuals [ppm] */
    @Override
    public double[] residualsPpm() {
        return residualsPpm.clone();
    }
}
