/**
 * Spectrum synthesis from spin packets: {@link org.metalnmr.core.synthesis.SpinPackets} (shift,
 * complex weight) grouped in {@link org.metalnmr.core.synthesis.SpinPopulation}s with a lineshape,
 * rendered on the axis of an {@link org.metalnmr.core.synthesis.Acquisition} by
 * {@link org.metalnmr.core.synthesis.SpectrumSynthesizer#synthesize} (linear-interpolation deposit,
 * FFT convolution with the lineshape, line broadening, phase, seeded
 * {@link org.metalnmr.core.synthesis.NoiseModel noise}). The result is a density per ppm whose
 * integral equals the sum of the packet weights.
 */
package org.metalnmr.core.synthesis;
