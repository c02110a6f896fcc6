package org.metalnmr.rf.signal;

import java.util.Objects;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/**
 * The complex NMR signal of a body per unit volume, relative to the same volume fully and uniformly
 * excited (h = 1 everywhere), for time dependence exp(+i omega t): a phase lag is a negative phase.
 *
 * @param perVolume S/V, complex (1 for a body far thinner than the skin depth)
 */
public record BodySignal(Complex perVolume) {

    /** Validates the value. */
    public BodySignal {
        Objects.requireNonNull(perVolume, "perVolume");
        if (!Double.isFinite(perVolume.getReal()) || !Double.isFinite(perVolume.getImaginary())) {
            throw new InvalidInputException(RfMessage.NOT_FINITE_COMPLEX, "signal per volume", perVolume);
        }
    }

    /** @return |S|/V */
    public double magnitude() {
        return perVolume.norm();
    }

    /** @return arg S [degrees], in (-180, 180]; -45 for a body much thicker than d */
    public double phaseDeg() {
        return Math.toDegrees(perVolume.getArgument());
    }

    /**
     * The phase lag of the metal signal behind that of a thin body, -arg S: +45 degrees for a body far
     * thicker than d, the equal absorption and dispersion of Bloembergen (J. Appl. Phys. 23, 1383,
     * 1952). This is the sign the command line reports as {@code phaseDeg}.
     *
     * @return -arg S [degrees], in [-180, 180)
     */
    public double phaseLagDeg() {
        return -phaseDeg();
    }

    /**
     * The visible fraction: the volume of fully and uniformly excited metal that gives the same signal
     * magnitude, over the real volume, |S|/V. For a slab driven on both faces and far thicker than d it
     * is d/(sqrt2 t) (per face |S|/A = d/(2 sqrt2)).
     *
     * @return |S|/V (the same number as {@link #magnitude()} in the small-flip limit)
     */
    public double visibleFraction() {
        return magnitude();
    }
}
