package org.metalnmr.core.synthesis;

import java.util.Objects;

import org.metalnmr.core.lineshape.Lineshape;

/**
 * A named population of spin packets that share one lineshape (e.g. "foil", "whiskers",
 * "electrolyte").
 *
 * @param name        component name (for plots and quantification)
 * @param packets     the packets
 * @param lineshapeHz the lineshape of each packet, offsets and widths in hertz (for example
 *                    {@code Lorentzian.fromT2(t2)})
 */
public record SpinPopulation(String name, SpinPackets packets, Lineshape lineshapeHz) {

    /** Validates. */
    public SpinPopulation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packets, "packets");
        Objects.requireNonNull(lineshapeHz, "lineshapeHz");
    }
}
