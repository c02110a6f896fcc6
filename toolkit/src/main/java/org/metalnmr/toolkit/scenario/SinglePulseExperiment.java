package org.metalnmr.toolkit.scenario;

import org.metalnmr.core.error.Checks;

/**
 * The {@code acquisition} block of a scenario file, the experiment the forward model simulates (not to be confused with
 * {@link org.metalnmr.core.synthesis.Acquisition}, the spectral window and processing it is turned into).
 * How the spectrum is acquired and processed: a single pulse of the given flip angle, a spectral
 * window of {@code points} complex points over {@code spectralWidthHz} centred at
 * {@code carrierPpm}, exponential line broadening, and zero- and first-order phases (degrees, as
 * spectrometers give them; first order per full spectral width).
 *
 * <p>Defaults ({@link #defaults()}): 90 deg, 200 kHz (about 1030 ppm of 7Li at 500 MHz, covering
 * electrolyte and metal), 8192 points, no broadening, carrier at 130 ppm (halfway between the
 * electrolyte near 0 ppm and the metal near 260 ppm), phases 0. docs/physics.md section 2 gives the
 * sequence (single pulse, 5 s recycle delay, 120 scans) but not these processing values.</p>
 *
 * @param flipAngleDeg     nominal flip angle [deg], in (0, 360]
 * @param spectralWidthHz  spectral width [Hz], &gt; 0
 * @param points           complex points, &gt;= 16
 * @param lineBroadeningHz exponential line broadening [Hz], &gt;= 0
 * @param carrierPpm       centre of the spectral window [ppm]
 * @param phase0Deg        zero-order phase [deg]
 * @param phase1Deg        first-order phase [deg] across the spectral width
 * @param snr              signal-to-noise ratio of the recorded spectrum: the tallest point of the real part over the
 *                         standard deviation of the white Gaussian noise added to each part
 *                         ({@code SpectrumSynthesizer}); 0 records no noise
 * @param noiseSeed        seed of the noise (the same seed gives the same noise)
 */
public record SinglePulseExperiment(double flipAngleDeg, double spectralWidthHz, int points, double lineBroadeningHz,
                          double carrierPpm, double phase0Deg, double phase1Deg, double snr, long noiseSeed) {

    /** Validates. */
    public SinglePulseExperiment {
        Checks.inRange("flipAngleDeg", "[deg]", 1e-6, 360, flipAngleDeg);
        Checks.positive("spectralWidthHz", "[Hz]", spectralWidthHz);
        Checks.inRange("points", "[1]", 16, 1 << 24, points);
        Checks.nonNegative("lineBroadeningHz", "[Hz]", lineBroadeningHz);
        Checks.finite("carrierPpm", carrierPpm);
        Checks.finite("phase0Deg", phase0Deg);
        Checks.finite("phase1Deg", phase1Deg);
        Checks.nonNegative("snr", "[1] (0: no noise)", snr);
    }

    /**
     * A noiseless acquisition.
     *
     * @param flipAngleDeg     nominal flip angle [deg]
     * @param spectralWidthHz  spectral width [Hz]
     * @param points           complex points
     * @param lineBroadeningHz exponential line broadening [Hz]
     * @param carrierPpm       centre of the spectral window [ppm]
     * @param phase0Deg        zero-order phase [deg]
     * @param phase1Deg        first-order phase [deg]
     */
    public SinglePulseExperiment(double flipAngleDeg, double spectralWidthHz, int points, double lineBroadeningHz,
                       double carrierPpm, double phase0Deg, double phase1Deg) {
        this(flipAngleDeg, spectralWidthHz, points, lineBroadeningHz, carrierPpm, phase0Deg, phase1Deg, 0, 1);
    }

    /** @return the noise the spectrometer adds, empty when {@link #snr()} is 0 */
    public java.util.Optional<org.metalnmr.core.synthesis.NoiseModel> noise() {
        return snr > 0 ? java.util.Optional.of(new org.metalnmr.core.synthesis.NoiseModel(snr, noiseSeed)) : java.util.Optional.empty();
    }

    /** @return the defaults of the class comment */
    public static SinglePulseExperiment defaults() {
        return new SinglePulseExperiment(90, 200e3, 8192, 0, 130, 0, 0, 0, 1);
    }
}
