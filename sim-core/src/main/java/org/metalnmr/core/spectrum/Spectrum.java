package org.metalnmr.core.spectrum;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A complex frequency-domain spectrum on a uniform ppm axis. Arrays are copied in and out.
 *
 * @param axis                   the ppm axis
 * @param real                   real (absorption) part, one value per axis point
 * @param imag                   imaginary (dispersion) part, same length (zeros when unknown)
 * @param acquisitionTimeSeconds acquisition start as seconds since the Unix epoch, when known
 * @param metadata               free-form provenance (source file, nucleus, title, ...), read-only
 */
public record Spectrum(SpectralAxis axis, double[] real, double[] imag, OptionalDouble acquisitionTimeSeconds,
                       Map<String, String> metadata) {

    /** Validates and copies. */
    public Spectrum {
        if (real.length != axis.size()) {
            throw new InvalidInputException(CoreMessage.ARRAY_LENGTHS, "spectrum", "the real part", real.length, "the axis",
                    axis.size());
        }
        if (imag.length != axis.size()) {
            throw new InvalidInputException(CoreMessage.ARRAY_LENGTHS, "spectrum", "the imaginary part", imag.length, "the axis",
                    axis.size());
        }
        real = real.clone();
        imag = imag.clone();
        metadata = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(metadata)));
    }

    /**
     * A spectrum without imaginary part, time or metadata.
     *
     * @param axis the axis
     * @param real the real part
     * @return the spectrum
     */
    public static Spectrum ofReal(SpectralAxis axis, double[] real) {
        return new Spectrum(axis, real, new double[real.length], OptionalDouble.empty(), Map.of());
    }

    @Override
    public double[] real() {
        return real.clone();
    }

    @Override
    public double[] imag() {
        return imag.clone();
    }

    /**
     * @param i point index
     * @return the real value at i, without copying the array
     */
    public double realAt(int i) {
        return real[i];
    }

    /**
     * @param i point index
     * @return the imaginary value at i, without copying the array
     */
    public double imagAt(int i) {
        return imag[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spectrum s && axis.equals(s.axis) && Arrays.equals(real, s.real)
                && Arrays.equals(imag, s.imag) && acquisitionTimeSeconds.equals(s.acquisitionTimeSeconds)
                && metadata.equals(s.metadata);
    }

    @Override
    public int hashCode() {
        return 31 * axis.hashCode() + Arrays.hashCode(real);
    }

    @Override
    public String toString() {
        return "Spectrum[" + axis + ", " + metadata + "]";
    }
}
