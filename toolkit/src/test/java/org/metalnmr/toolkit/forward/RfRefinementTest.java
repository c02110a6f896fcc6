package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.rf.potential.SurfaceElement;

/**
 * The nested RF sub-grid (CellRfField.Refinement) on a small Li disk (1 mm radius, 100 um thick) with its normal along
 * B1, the cell-A geometry in which the field wraps round the rim, refined by r inside a whole-cell grid of voxel h.
 */
class RfRefinementTest {

    private static final double THICKNESS = 100e-6;
    private static final Part DISK = new Part("foil", PartRole.ELECTRODE,
            new Disk("Li", 1e-3, THICKNESS, Pose.alignZ(new Vector3d(0.13e-3, -0.07e-3, 0.05e-3), new Vector3d(1, 0, 0))));
    private static final Vector3d B1 = new Vector3d(1, 0, 0);

    private static double area(CellRfField f) {
        return f.surface("foil").stream().mapToDouble(SurfaceElement::areaM2).sum();
    }

    /**
     * The sub-grid's surface is the uniform fine grid's: the same voxel, the same number of faces and the same
     * corrected area (the fine staircase replaces the coarse one wherever the sub-grid reaches). The signal itself is
     * not compared: one-way nesting keeps the whole-cell grid's error in the boundary values, and on this free,
     * sharp-edged disk the surface-field sampling resolves the rim's corner singularity further with every refinement
     * (docs/rf-solvers.md, "Nested sub-grid"); the solver's convergence is tested on the smooth sphere
     * (rf-field NestedPotentialSolveTest).
     */
    @Test
    void refinedSubGridHasTheUniformFineStaircase() {
        ForwardModelOptions base = ForwardModelOptions.defaults().withRfVoxelsAcrossLayer(1).withRfRefinement(1);
        CellRfField nested = CellRfField.solve(List.of(DISK), B1, "Li", base.withRfRefinement(2));
        CellRfField uniform = CellRfField.solve(List.of(DISK), B1, "Li", base.withRfVoxelsAcrossLayer(2));
        assertEquals(THICKNESS / 2, nested.voxelSize(), 1e-12, "the sub-grid's voxel is h / r");
        assertEquals(uniform.surface("foil").size(), nested.surface("foil").size(), "surface faces");
        assertEquals(area(uniform), area(nested), 1e-9 * area(uniform));
    }

    @Test
    void subGridCoversThePartsWithAMarginOnCoarseVoxelBoundaries() {
        GridSpec coarse = new GridSpec(new Vector3d(-3e-3, -3e-3, -3e-3), 100e-6, 100e-6, 100e-6, 60, 60, 60);
        GridSpec sub = CellRfField.Refinement.subGrid(List.of(DISK), "Li", coarse, 4);
        assertEquals(25e-6, sub.voxelX(), 1e-15);
        double[] lo = {sub.origin().x(), sub.origin().y(), sub.origin().z()};
        double[] n = {sub.nx(), sub.ny(), sub.nz()};
        double[] partLo = {0.13e-3 - THICKNESS / 2, -0.07e-3 - 1e-3, 0.05e-3 - 1e-3};
        double[] partHi = {0.13e-3 + THICKNESS / 2, -0.07e-3 + 1e-3, 0.05e-3 + 1e-3};
        for (int a = 0; a < 3; a++) {
            double hi = lo[a] + n[a] * sub.voxelX();
            // on coarse voxel boundaries
            double cells = (lo[a] + 3e-3) / 100e-6;
            assertEquals(Math.rint(cells), cells, 1e-6, "origin on a coarse boundary, axis " + a);
            assertEquals(0, n[a] % 4, "whole coarse voxels, axis " + a);
            // at least the margin (0.3 mm) around the part
            assertTrue(lo[a] <= partLo[a] - CellRfField.Refinement.MARGIN_M + 1e-12, "low side, axis " + a);
            assertTrue(hi >= partHi[a] + CellRfField.Refinement.MARGIN_M - 1e-12, "high side, axis " + a);
        }
    }
}
