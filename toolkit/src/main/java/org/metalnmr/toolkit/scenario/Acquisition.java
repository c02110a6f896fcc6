package org.metalnmr.toolkit.scenario;

import org.metalnmr.core.error.Checks;

/**
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
 */
public record Acquisition(double flipAngleDeg, double spectralWidthHz, int points, double lineBroadeningHz,
                          double carrierPpm, double phase0Deg, double phase1Deg) {

    /** Validates. */
    public Acquisition {
        Checks.inRange("flipAngleDeg", "[deg]", 1e-6, 360, flipAngleDeg);
        Checks.positive("spectralWidthHz", "[Hz]", spectralWidthHz);
        Checks.inRange("points", "[1]", 16, 1 << 24, points);
        Checks.nonNegative("lineBroadeningHz", "[Hz]", lineBroadeningHz);
        Checks.finite("carrierPpm", carrierPpm);
        Checks.finite("phase0Deg", phase0Deg);
        Checks.finite("phase1Deg", phase1Deg);
    }

    /** @return the defaults of the class comment */
    public static Acquisition defaults() {
        return new Acquisition(90, 200e3, 8192, 0, 130, 0, 0);
    }
}
