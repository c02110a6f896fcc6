package org.metalnmr.toolkit.forward;

import org.metalnmr.core.synthesis.SpinPackets;

/**
 * One spectral component of a forward simulation, before synthesis.
 *
 * @param name         part or deposit name
 * @param kind         what it is
 * @param material     metal (or the line's name for non-metal lines)
 * @param volumeM3     metal volume [m^3] (0 for non-metal lines)
 * @param nuclei       number of observed nuclei in it
 * @param packets      spin packets; weights in nuclei-equivalents (a thin body at the coil centre after a
 *                     90 degree pulse contributes its number of nuclei)
 * @param fwhmPpm      homogeneous Lorentzian FWHM of every packet [ppm]
 */
public record Component(String name, ComponentKind kind, String material, double volumeM3, double nuclei,
                        SpinPackets packets, double fwhmPpm) {
}
