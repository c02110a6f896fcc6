package org.metalnmr.core.synthesis;

import org.metalnmr.core.error.Checks;

/**
 * Seeded white Gaussian noise added independently to the real and imaginary parts of a spectrum.
 * Signal-to-noise ratio: SNR = (largest value of the real part of the noiseless spectrum) /
 * (noise standard deviation per point and per channel), so \( \sigma = \max_j \mathrm{Re}\,S_j / SNR \).
 *
 * @param snr  the signal-to-noise ratio, &gt; 0
 * @param seed seed of the generator (same seed, same noise)
 */
public record NoiseModel(double snr, long seed) {

    /** Validates. */
    public NoiseModel {
        Checks.positive("signal-to-noise ratio", "[1]", snr);
    }
}
