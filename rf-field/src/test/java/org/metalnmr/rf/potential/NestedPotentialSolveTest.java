package org.metalnmr.rf.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The refined sub-grid solve (one-way nesting) against the perfectly diamagnetic sphere in a uniform field, whose
 * surface field is exact: h_t = (3/2) sin(theta), mean |h_t|^2 over the surface 3/2 (J. D. Jackson, Classical
 * Electrodynamics, 3rd ed., sect. 5.11 with mu = 0; Landau and Lifshitz, Electrodynamics of Continuous Media, sect. 59).
 */
class NestedPotentialSolveTest {

    private static final double A = 1e-3;
    private static final double[] X = {1, 0, 0};

    private static MetalMask sphereMask(int voxelsPerRadius, double halfWidth) {
        double h = A / voxelsPerRadius;
        int n = (int) Math.round(2 * halfWidth / h);
        return new MetalMask.Builder(n, n, n, h, new double[] {0, 0, 0}).add("sphere", MetalMask.Solid.sphere(0, 0, 0, A)).build();
    }

    private static double error(PotentialSolution3D s) {
        return Math.abs(s.meanTangentialSquared("sphere") - 1.5);
    }

    @Test
    void refinedSubGridConvergesAtFirstOrderAndMatchesTheUniformFineGrid() {
        PotentialSolver3D solver = new PotentialSolver3D();
        PotentialSolution3D coarse = solver.solve(sphereMask(6, 2 * A), AppliedField3D.uniform(X));
        // sub-grid of half-width 1.5 a (three coarse voxels of air beyond the sphere), 2x and 4x finer
        PotentialSolution3D nested12 = solver.solveInside(sphereMask(12, 1.5 * A), AppliedField3D.uniform(X), coarse);
        PotentialSolution3D nested24 = solver.solveInside(sphereMask(24, 1.5 * A), AppliedField3D.uniform(X), coarse);
        PotentialSolution3D uniform12 = solver.solve(sphereMask(12, 2 * A), AppliedField3D.uniform(X));
        double e6 = error(coarse);
        double e12 = error(nested12);
        double e24 = error(nested24);
        // staircase surfaces: first order, the error halves with h (at least a factor 1.6 per halving, as the uniform test)
        assertTrue(e12 < e6 / 1.6, e6 + " -> " + e12);
        assertTrue(e24 < e12 / 1.6, e12 + " -> " + e24);
        // the boundary values from the coarse solve cost little: within 30 % of the error of a uniform fine grid
        assertTrue(e12 < 1.3 * error(uniform12), e12 + " vs uniform " + error(uniform12));
        // the nested surface is the fine one: corrected area within 2 %
        assertEquals(1, nested24.surfaceArea("sphere") / (4 * Math.PI * A * A), 0.02);
    }
}
