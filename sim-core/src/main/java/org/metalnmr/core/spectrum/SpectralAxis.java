package org.metalnmr.core.spectrum;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A uniform chemical-shift axis of {@code size} points, from {@code firstPpm} (index 0) to
 * {@code lastPpm} (index size-1). Bruker and NMR convention puts the highest ppm first
 * (firstPpm &gt; lastPpm); both directions are allowed.
 *
 * <p><b>Axes known in ppm only.</b> A spectrum exported on a ppm axis without its spectrometer
 * frequency (the most common text export) has a valid ppm axis but no Hz scale. Such an axis is
 * made with {@link #ppmOnly}; it stores {@code NaN} as its reference frequency, and
 * {@link #referenceFrequencyHz()} (and everything that converts to Hz) then throws an
 * {@link InvalidInputException} asking for the frequency, instead of returning a number. Use
 * {@link #hasReferenceFrequency()} to ask first and {@link #withReferenceFrequencyHz} to supply it.
 *
 * @param size                  number of points, &gt;= 2
 * @param firstPpm              shift of point 0 [ppm]
 * @param lastPpm               shift of point size-1 [ppm], different from firstPpm
 * @param referenceFrequencyHz  spectrometer frequency that defines 0 ppm for this nucleus [Hz]
 *                              (ppm = (f - f_ref) / f_ref * 1e6), &gt; 0; {@code NaN} for an axis
 *                              known in ppm only
 */
public record SpectralAxis(int size, double firstPpm, double lastPpm, double referenceFrequencyHz) {

    /** Validates. */
    public SpectralAxis {
        if (size < 2) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE,
                    "spectral axis size", 2, Integer.MAX_VALUE, "[points]", size);
        }
        Checks.finite("first ppm", firstPpm);
        Checks.finite("last ppm", lastPpm);
        if (firstPpm == lastPpm) {
            throw new InvalidInputException(CoreMessage.NOT_FINITE,
                    "spectral width (first ppm - last ppm)", 0.0);
        }
        if (!Double.isNaN(referenceFrequencyHz)) {
            Checks.positive("reference frequency", "[Hz]", referenceFrequencyHz);
        }
    }

    /**
     * An axis known in ppm only (no spectrometer frequency): everything in ppm works, conversions
     * to Hz throw.
     *
     * @param size     number of points, &gt;= 2
     * @param firstPpm shift of point 0 [ppm]
     * @param lastPpm  shift of point size-1 [ppm]
     * @return the axis
     */
    public static SpectralAxis ppmOnly(int size, double firstPpm, double lastPpm) {
        return new SpectralAxis(size, firstPpm, lastPpm, Double.NaN);
    }

    /** @return whether the frequency of 0 ppm is known (false for a {@link #ppmOnly} axis) */
    public boolean hasReferenceFrequency() {
        return !Double.isNaN(referenceFrequencyHz);
    }

    /**
     * @return the spectrometer frequency that defines 0 ppm [Hz]
     * @throws InvalidInputException for an axis known in ppm only, with a message asking for it
     */
    @Override
    public double referenceFrequencyHz() {
        if (!hasReferenceFrequency()) {
            throw new InvalidInputException(CoreMessage.REFERENCE_FREQUENCY_UNKNOWN, "a quantity in Hz");
        }
        return referenceFrequencyHz;
    }

    /**
     * @param hz the frequency of 0 ppm [Hz], &gt; 0
     * @return the same ppm axis with that reference frequency
     */
    public SpectralAxis withReferenceFrequencyHz(double hz) {
        Checks.positive("reference frequency", "[Hz]", hz);
        return new SpectralAxis(size, firstPpm, lastPpm, hz);
    }

    /**
     * @param offsetPpm added to every shift [ppm]
     * @return the axis moved by that offset (same size, step and reference frequency)
     */
    public SpectralAxis shiftedBy(double offsetPpm) {
        Checks.finite("axis offset [ppm]", offsetPpm);
        return new SpectralAxis(size, firstPpm + offsetPpm, lastPpm + offsetPpm, referenceFrequencyHz);
    }

    /** @return signed step between consecutive points [ppm] */
    public double stepPpm() {
        return (lastPpm - firstPpm) / (size - 1);
    }

    /**
     * @param index point index (may be fractional)
     * @return its shift [ppm]
     */
    public double ppm(double index) {
        return firstPpm + index * stepPpm();
    }

    /**
     * @param ppm a shift [ppm]
     * @return the fractional index of that shift (not clamped)
     */
    public double index(double ppm) {
        return (ppm - firstPpm) / stepPpm();
    }

    /** @return all shifts of the axis [ppm] */
    public double[] ppmValues() {
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] = ppm(i);
        }
        return p;
    }

    /**
     * @return spectral width [Hz] spanned by the axis, |first - last| in Hz times size/(size-1)
     * @throws InvalidInputException for an axis known in ppm only
     */
    public double spectralWidthHz() {
        return Math.abs(lastPpm - firstPpm) * 1e-6 * referenceFrequencyHz() * size / (size - 1);
    }
}
