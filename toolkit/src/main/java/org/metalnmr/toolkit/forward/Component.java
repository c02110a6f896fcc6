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
 * @param whiskers     for a whisker population, its sampled whiskers (one per packet, in packet order), else null
 */
public record Component(String name, ComponentKind kind, String material, double volumeM3, double nuclei,
                        SpinPackets packets, double fwhmPpm, WhiskerSample whiskers) {

    /**
     * A component without a whisker sample.
     *
     * @param name     part or deposit name
     * @param kind     what it is
     * @param material metal
     * @param volumeM3 metal volume [m^3]
     * @param nuclei   observed nuclei
     * @param packets  spin packets
     * @param fwhmPpm  homogeneous FWHM [ppm]
     */
    public Component(String name, ComponentKind kind, String material, double volumeM3, double nuclei, SpinPackets packets,
                     double fwhmPpm) {
        this(name, kind, material, volumeM3, nuclei, packets, fwhmPpm, null);
    }
}
