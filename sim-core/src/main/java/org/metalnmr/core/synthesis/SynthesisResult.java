package org.metalnmr.core.synthesis;

import java.util.Map;
import java.util.Objects;

import org.metalnmr.core.spectrum.Spectrum;

/**
 * A synthesised spectrum with its noiseless components.
 *
 * @param spectrum      the complex spectrum (with noise, when asked), density per ppm
 * @param components    each population's noiseless spectrum (after line broadening and phase),
 *                      by population name, in the order given
 * @param noiseSigma    standard deviation of the added noise per point and channel (0 without noise)
 */
public record SynthesisResult(Spectrum spectrum, Map<String, Spectrum> components, double noiseSigma) {

    /** Validates and copies. */
    public SynthesisResult {
        Objects.requireNonNull(spectrum, "spectrum");
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    }
}
