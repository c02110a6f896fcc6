package org.metalnmr.core.spectrum;

import org.metalnmr.core.error.Checks;

/**
 * A uniform chemical-shift axis of {@code size} points, from {@code firstPpm} (index 0) to
 * {@code lastPpm} (index size-1). Bruker and NMR convention puts the highest ppm first
 * (firstPpm &gt; lastPpm); both directions are allowed.
 *
 * @param size                  number of points, &gt;= 2
 * @param firstPpm              shift of point 0 [ppm]
 * @param lastPpm               shift of point size-1 [ppm], different from firstPpm
 * @param referenceFrequencyHz  spectrometer frequency that defines 0 ppm for this nucleus [Hz]
 *                              (ppm = (f - f_ref) / f_ref * 1e6)
 */
public record SpectralAxis(int size, double firstPpm, double lastPpm, double referenceFrequencyHz) {

    /** Validates. */
    public SpectralAxis {
        if (size < 2) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.core.error.CoreMessage.OUT_OF_RANGE,
                    "spectral axis size", 2, Integer.MAX_VALUE, "[points]", size);
        }
        Checks.finite("first ppm", firstPpm);
        Checks.finite("last ppm", lastPpm);
        if (firstPpm == lastPpm) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_FINITE,
                    "spectral width (first ppm - last ppm)", 0.0);
        }
        Checks.positive("reference frequency", "[Hz]", referenceFrequencyHz);
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

    /** @return spectral width [Hz] spanned by the axis, |first - last| in Hz times size/(size-1) */
    public double spectralWidthHz() {
        return Math.abs(lastPpm - firstPpm) * 1e-6 * referenceFrequencyHz * size / (size - 1);
    }
}
