package org.metalnmr.rf.eddy;

import java.util.List;
import java.util.Objects;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.linalg.SolverStatistics;

/**
 * The solution of a 2D eddy-current problem for a unit applied field (H0 = 1): complex field maps
 * h = H/H0 per cell, the current density per unit applied field J/H0 [1/m] per cell (time
 * dependence exp(+i omega t)), and the reciprocity signal of each conductor.
 */
public final class EddyCurrentSolution2D {

    private final EddyCurrentProblem2D problem;
    private final ComplexGridField hx;
    private final ComplexGridField hy;
    private final ComplexGridField hz;
    private final ComplexGridField jx;
    private final ComplexGridField jy;
    private final ComplexGridField jz;
    private final List<ConductorSignal> signals;
    private final SolverStatistics statistics;

    EddyCurrentSolution2D(EddyCurrentProblem2D problem, ComplexGridField[] h, ComplexGridField[] j,
                          List<ConductorSignal> signals, SolverStatistics statistics) {
        this.problem = problem;
        this.hx = h[0];
        this.hy = h[1];
        this.hz = h[2];
        this.jx = j[0];
        this.jy = j[1];
        this.jz = j[2];
        this.signals = List.copyOf(signals);
        this.statistics = Objects.requireNonNull(statistics);
    }

    /** @return the problem solved */
    public EddyCurrentProblem2D problem() {
        return problem;
    }

    /** @return hx = Hx/H0 per cell (zero for an axial field) */
    public ComplexGridField hx() {
        return hx;
    }

    /** @return hy = Hy/H0 per cell (zero for an axial field) */
    public ComplexGridField hy() {
        return hy;
    }

    /** @return hz = Hz/H0 per cell (zero for an in-plane field) */
    public ComplexGridField hz() {
        return hz;
    }

    /** @return Jx/H0 [1/m] per cell (axial field only; zero otherwise) */
    public ComplexGridField currentDensityX() {
        return jx;
    }

    /** @return Jy/H0 [1/m] per cell (axial field only; zero otherwise) */
    public ComplexGridField currentDensityY() {
        return jy;
    }

    /** @return Jz/H0 [1/m] per cell (in-plane field only; zero otherwise) */
    public ComplexGridField currentDensityZ() {
        return jz;
    }

    /** @return the signal of each conductor region, in the order of the layout */
    public List<ConductorSignal> signals() {
        return signals;
    }

    /**
     * @param name a region name
     * @return its signal
     */
    public ConductorSignal signal(String name) {
        for (ConductorSignal s : signals) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "conductor name",
                signals.stream().map(ConductorSignal::name).toList(), name);
    }

    /** @return unknowns, iterations and final residual of the linear solve */
    public SolverStatistics statistics() {
        return statistics;
    }
}
