package org.metalnmr.core.synthesis;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.spectrum.SpectralAxis;

/**
 * What the spectrometer records and how the spectrum is processed.
 *
 * <p>The frequency axis has {@code points} bins of width \( \Delta f = SW/N \), centred on the
 * carrier, highest ppm first (Bruker convention): bin j sits at
 * \( \delta_j = \delta_c + (SW/2 - j\,\Delta f)/f_{ref}\cdot 10^6 \). This is the axis of the
 * discrete Fourier transform of N complex FID points taken at the dwell time
 * \( \Delta t = 1/SW \) (acquisition time \( N\Delta t \)).
 *
 * <p>Processing: exponential line broadening multiplies the FID by \( e^{-\pi\,LB\,t} \), i.e.
 * convolves the spectrum with a unit-area Lorentzian of FWHM LB; the phase correction multiplies
 * the complex spectrum by \( e^{i\varphi(\delta)} \) with
 * \( \varphi = \varphi_0 + \varphi_1 (\delta - \delta_c)/SW_{ppm} \): \( \varphi_1 \) is the phase
 * change across the full width, zero at the carrier. A receiver dead time or digital-filter delay
 * \( \tau \) before the first point appears as \( \varphi_1 = -360^\circ\,\tau\,SW \)
 * (sign: FID \( e^{+i2\pi ft} \)) and can be modelled that way.
 *
 * @param spectralWidthHz       SW [Hz], &gt; 0
 * @param points                N complex points, in [16, 2^24]
 * @param referenceFrequencyHz  frequency of 0 ppm [Hz], &gt; 0
 * @param carrierPpm            centre of the window [ppm]
 * @param lineBroadeningHz      exponential line broadening LB [Hz], &gt;= 0
 * @param phase0Deg             zero-order phase [deg]
 * @param phase1Deg             first-order phase across the full width [deg]
 */
public record Acquisition(double spectralWidthHz, int points, double referenceFrequencyHz, double carrierPpm,
                          double lineBroadeningHz, double phase0Deg, double phase1Deg) {

    /** Largest number of points accepted. */
    public static final int MAX_POINTS = 1 << 24;

    /** Validates. */
    public Acquisition {
        Checks.positive("spectral width", "[Hz]", spectralWidthHz);
        Checks.inRange("number of points", "[points]", 16, MAX_POINTS, points);
        Checks.positive("reference frequency", "[Hz]", referenceFrequencyHz);
        Checks.finite("carrier [ppm]", carrierPpm);
        Checks.nonNegative("line broadening", "[Hz]", lineBroadeningHz);
        Checks.finite("zero-order phase [deg]", phase0Deg);
        Checks.finite("first-order phase [deg]", phase1Deg);
    }

    /**
     * An acquisition without line broadening or phase correction.
     *
     * @param spectralWidthHz      SW [Hz]
     * @param points               N
     * @param referenceFrequencyHz 0 ppm [Hz]
     * @param carrierPpm           window centre [ppm]
     * @return the acquisition
     */
    public static Acquisition of(double spectralWidthHz, int points, double referenceFrequencyHz, double carrierPpm) {
        return new Acquisition(spectralWidthHz, points, referenceFrequencyHz, carrierPpm, 0, 0, 0);
    }

    /** @return the dwell time 1/SW [s] */
    public double dwellSeconds() {
        return 1 / spectralWidthHz;
    }

    /** @return bin width SW/N [Hz] */
    public double binWidthHz() {
        return spectralWidthHz / points;
    }

    /** @return the spectral width in ppm */
    public double spectralWidthPpm() {
        return spectralWidthHz / referenceFrequencyHz * 1e6;
    }

    /** @return the ppm axis, highest ppm first */
    public SpectralAxis axis() {
        double first = carrierPpm + 0.5 * spectralWidthPpm();
        double last = first - (points - 1) * binWidthHz() / referenceFrequencyHz * 1e6;
        return new SpectralAxis(points, first, last, referenceFrequencyHz);
    }

    /**
     * @param lineBroadening LB [Hz]
     * @return a copy with this line broadening
     */
    public Acquisition withLineBroadeningHz(double lineBroadening) {
        return new Acquisition(spectralWidthHz, points, referenceFrequencyHz, carrierPpm, lineBroadening, phase0Deg, phase1Deg);
    }

    /**
     * @param p0Deg zero-order phase [deg]
     * @param p1Deg first-order phase [deg]
     * @return a copy with this phase correction
     */
    public Acquisition withPhaseDeg(double p0Deg, double p1Deg) {
        return new Acquisition(spectralWidthHz, points, referenceFrequencyHz, carrierPpm, lineBroadeningHz, p0Deg, p1Deg);
    }
}
