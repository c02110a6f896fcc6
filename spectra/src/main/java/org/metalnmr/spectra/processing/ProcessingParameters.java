package org.metalnmr.spectra.processing;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The choices of time-domain processing: how many time points to keep, the apodisation, the
 * zero filling, the phase correction and the DC-offset removal. Configure with the {@code with*}
 * methods starting from {@link #DEFAULT}.
 *
 * @param lineBroadeningHz     exponential line broadening LB, the Lorentzian FWHM added [Hz], &gt;= 0
 * @param gaussianBroadeningHz Gaussian broadening, the FWHM of the Gaussian line it adds [Hz], &gt;= 0
 * @param zeroFillPoints       complex points after zero filling, a power of two, or 0 for automatic
 *                             (the smallest power of two &gt;= twice the points kept: one zero fill)
 * @param maxTimePoints        complex time points kept from the start of the FID, or 0 for all
 * @param phc0Deg              zero-order phase applied [deg]
 * @param phc1Deg              first-order phase applied across the spectral width, pivot at the
 *                             carrier [deg] (see {@link FidProcessor})
 * @param removeDcOffset       subtract the mean of the last quarter of the FID (real and imaginary
 *                             separately) before apodisation, as TopSpin's {@code BC_mod = quad}
 */
public record ProcessingParameters(double lineBroadeningHz, double gaussianBroadeningHz, int zeroFillPoints,
                                   int maxTimePoints, double phc0Deg, double phc1Deg, boolean removeDcOffset) {

    /** No apodisation, automatic zero filling, no phase, DC offset removed. */
    public static final ProcessingParameters DEFAULT = new ProcessingParameters(0, 0, 0, 0, 0, 0, true);

    /** Largest zero-filled size accepted [complex points] (2^26, 1 GiB of doubles). */
    public static final int MAX_POINTS = 1 << 26;

    /** Validates. */
    public ProcessingParameters {
        Checks.nonNegative("line broadening LB", "[Hz]", lineBroadeningHz);
        Checks.nonNegative("Gaussian broadening", "[Hz]", gaussianBroadeningHz);
        if (zeroFillPoints != 0 && (zeroFillPoints < 2 || Integer.bitCount(zeroFillPoints) != 1
                || zeroFillPoints > MAX_POINTS)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "zero-fill size [complex points]",
                    "0 (automatic) or a power of two in [2, " + MAX_POINTS + "]", zeroFillPoints);
        }
        if (maxTimePoints < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "time points kept", "[complex points]",
                    maxTimePoints);
        }
        Checks.finite("zero-order phase PHC0 [deg]", phc0Deg);
        Checks.finite("first-order phase PHC1 [deg]", phc1Deg);
    }

    /**
     * @param lbHz exponential line broadening [Hz]
     * @return a copy with that line broadening
     */
    public ProcessingParameters withLineBroadeningHz(double lbHz) {
        return new ProcessingParameters(lbHz, gaussianBroadeningHz, zeroFillPoints, maxTimePoints, phc0Deg,
                phc1Deg, removeDcOffset);
    }

    /**
     * @param gbHz Gaussian broadening (FWHM) [Hz]
     * @return a copy with that Gaussian broadening
     */
    public ProcessingParameters withGaussianBroadeningHz(double gbHz) {
        return new ProcessingParameters(lineBroadeningHz, gbHz, zeroFillPoints, maxTimePoints, phc0Deg, phc1Deg,
                removeDcOffset);
    }

    /**
     * @param points complex points after zero filling (power of two) or 0 for automatic
     * @return a copy with that zero filling
     */
    public ProcessingParameters withZeroFillPoints(int points) {
        return new ProcessingParameters(lineBroadeningHz, gaussianBroadeningHz, points, maxTimePoints, phc0Deg,
                phc1Deg, removeDcOffset);
    }

    /**
     * @param points complex time points kept (0 for all)
     * @return a copy keeping that many points
     */
    public ProcessingParameters withMaxTimePoints(int points) {
        return new ProcessingParameters(lineBroadeningHz, gaussianBroadeningHz, zeroFillPoints, points, phc0Deg,
                phc1Deg, removeDcOffset);
    }

    /**
     * @param zeroOrderDeg  zero-order phase [deg]
     * @param firstOrderDeg first-order phase across the spectral width [deg]
     * @return a copy with that phase correction
     */
    public ProcessingParameters withPhaseDeg(double zeroOrderDeg, double firstOrderDeg) {
        return new ProcessingParameters(lineBroadeningHz, gaussianBroadeningHz, zeroFillPoints, maxTimePoints,
                zeroOrderDeg, firstOrderDeg, removeDcOffset);
    }

    /**
     * @param remove whether to subtract the DC offset of the FID
     * @return a copy with that choice
     */
    public ProcessingParameters withRemoveDcOffset(boolean remove) {
        return new ProcessingParameters(lineBroadeningHz, gaussianBroadeningHz, zeroFillPoints, maxTimePoints,
                phc0Deg, phc1Deg, remove);
    }

    /**
     * The zero-filled size for a FID of {@code timePoints} complex points after truncation.
     *
     * @param timePoints complex points kept
     * @return the explicit size, or the smallest power of two &gt;= 2 * timePoints
     * @throws InvalidInputException when the explicit size is smaller than the points kept, or the
     *         automatic size would exceed {@link #MAX_POINTS}
     */
    public int fftSize(int timePoints) {
        if (zeroFillPoints != 0) {
            if (zeroFillPoints < timePoints) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "zero-fill size (--zero-fill)", timePoints,
                        MAX_POINTS, "[complex points] (at least the " + timePoints
                                + " time points kept; keep fewer with maxTimePoints, --time-points, to truncate)", zeroFillPoints);
            }
            return zeroFillPoints;
        }
        long n = Long.highestOneBit(Math.max(1, timePoints));
        if (n < timePoints) {
            n <<= 1;
        }
        n <<= 1;
        if (n > MAX_POINTS) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "automatic zero-fill size", 2, MAX_POINTS,
                    "[complex points]", n);
        }
        return (int) n;
    }
}
