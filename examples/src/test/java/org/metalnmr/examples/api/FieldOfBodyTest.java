package org.metalnmr.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.metalnmr.susceptibility.voxel.SingleBodyFieldSolve;

/** The field API example: the voxel solve converges to the closed form of the ellipsoid. */
class FieldOfBodyTest {

    @Test
    void closedFormIsOsbornsForAProlateSpheroid() {
        // prolate spheroid, aspect m = c/a = 3: N_zz = (1/(m^2-1)) [ m/sqrt(m^2-1) ln(m + sqrt(m^2-1)) - 1 ]
        // (Osborn 1945, eq. 4.1; Cullity & Graham, Introduction to Magnetic Materials, eq. 2.22)
        double m = FieldOfBody.C / FieldOfBody.A;
        double s = Math.sqrt(m * m - 1);
        double nzz = (m / s * Math.log(m + s) - 1) / (m * m - 1);
        assertEquals(FieldOfBody.CHI_LI * (1.0 / 3 - nzz) * 1e6, FieldOfBody.closedFormPpm(), 1e-9);
    }

    @Test
    void voxelSolveConvergesToTheClosedForm() {
        double exact = FieldOfBody.closedFormPpm();
        SingleBodyFieldSolve.Result coarse = FieldOfBody.solve(32);
        SingleBodyFieldSolve.Result fine = FieldOfBody.solve(64);
        double coarseError = Math.abs(coarse.insideMeanPpm() - exact);
        double fineError = Math.abs(fine.insideMeanPpm() - exact);
        // the staircase surface error shrinks with the voxel: the finer grid is closer, and within 2 % of chi
        assertTrue(fineError < coarseError, "errors " + coarseError + " (32^3) and " + fineError + " (64^3)");
        assertTrue(fineError < 0.02 * FieldOfBody.CHI_LI * 1e6, "error at 64^3: " + fineError + " ppm");
        assertEquals(exact, fine.analyticPpm().orElseThrow(), 1e-9);
    }

    @Test
    void describePrintsBoth() {
        List<String> lines = FieldOfBody.describe(32);
        assertTrue(lines.get(0).startsWith("closed form:") && lines.get(1).startsWith("voxel solve, 32^3 box:"), lines.toString());
    }
}
