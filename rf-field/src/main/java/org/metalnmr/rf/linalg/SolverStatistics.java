package org.metalnmr.rf.linalg;

import org.metalnmr.core.error.Checks;

/**
 * How an iterative solve ended.
 *
 * @param unknowns          number of unknowns
 * @param iterations        iterations used
 * @param relativeResidual  ||b - A x|| / ||b|| at the end (2-norm of the recursively updated residual)
 */
public record SolverStatistics(int unknowns, int iterations, double relativeResidual) {

    /** Validates the fields. */
    public SolverStatistics {
        Checks.nonNegative("unknowns", "[1]", unknowns);
        Checks.nonNegative("iterations", "[1]", iterations);
        Checks.nonNegative("relativeResidual", "[1]", relativeResidual);
    }
}
