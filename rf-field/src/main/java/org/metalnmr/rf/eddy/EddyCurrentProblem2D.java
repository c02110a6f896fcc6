package org.metalnmr.rf.eddy;

import java.util.Objects;
import org.metalnmr.core.error.Checks;

/**
 * A 2D quasi-static eddy-current problem: conductors invariant along z on a rectilinear grid in a
 * uniform applied RF field of frequency f.
 *
 * @param layout      the conductors
 * @param grid        the grid (must cover the conductors; see {@link RectilinearGrid2D#graded})
 * @param frequencyHz the frequency f [Hz], &gt; 0
 * @param field       the applied field direction
 */
public record EddyCurrentProblem2D(ConductorLayout layout, RectilinearGrid2D grid, double frequencyHz,
                                   AppliedField2D field) {

    /** Validates the fields. */
    public EddyCurrentProblem2D {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(field, "field");
        Checks.positive("frequency", "[Hz]", frequencyHz);
    }

    /** @return omega = 2 pi f [rad/s] */
    public double omega() {
        return 2 * Math.PI * frequencyHz;
    }

    /**
     * @param g another grid
     * @return the same problem on that grid
     */
    public EddyCurrentProblem2D withGrid(RectilinearGrid2D g) {
        return new EddyCurrentProblem2D(layout, g, frequencyHz, field);
    }
}
