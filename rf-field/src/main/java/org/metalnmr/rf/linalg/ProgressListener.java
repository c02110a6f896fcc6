package org.metalnmr.rf.linalg;

/**
 * Receives progress of a long computation. Library code never prints: a command-line front end
 * passes a listener that writes to standard error. Implementations must be cheap; they are called
 * at most every few iterations.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (stage, fraction) -> { };

    /**
     * @param stage    what is being done (e.g. "COCG iteration 120, residual 3.1e-07")
     * @param fraction an estimate of the fraction done in [0, 1], or a negative number when unknown
     */
    void progress(String stage, double fraction);
}
