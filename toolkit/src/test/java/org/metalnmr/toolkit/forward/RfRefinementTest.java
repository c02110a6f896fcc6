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
 * B1, the cell-A geometry in which the field wraps round the rim: refined by r inside a whole-cell grid of voxel h, it
 * gives the surface field of a uniform grid of voxel h / r.
 */
class RfRefinementTest {

    private static final double THICKNESS = 100e-6;
    private static final Part DISK = new Part("foil", PartRole.ELECTRODE,
            new Disk("Li", 1e-3, THICKNESS, Pose.alignZ(new Vector3d(0.13e-3, -0.07e-3, 0.05e-3), new Vector3d(1, 0, 0))));
    private static final Vector3d B1 = new Vector3d(1, 0, 0);

    /** sum of |h_t|^2 dA over the foil: its skin-layer signal over d (1 - i) / 4 */
    private static double signal(CellRfField f) {
        double s = 0;
        for (SurfaceElement e : f.surface("foil")) {
            s += e.tangentialSquared() * e.areaM2();
        }
        return s;
    }

    private static double area(CellRfField f) {
        return f.surface("foil").stream().mapToDouble(SurfaceElement::areaM2).sum();
    }

    @Test
    void refinedSubGridReproducesTheUniformFineGrid() {
        ForwardModelOptions base = ForwardModelOptions.defaults().withRfVoxelsAcrossLayer(1).withRfRefinement(1);
        CellRfField coarse = CellRfField.solve(List.of(DISK), B1, "Li", base);
        CellRfField nested = CellRfField.solve(List.of(DISK), B1, "Li", base.withRfRefinement(2));
        CellRfField uniform = CellRfField.solve(List.of(DISK), B1, "Li", base.withRfVoxelsAcrossLayer(2));
        assertEquals(THICKNESS / 2, nested.voxelSize(), 1e-12, "the sub-grid's voxel is h / r");
        double sc = signal(coarse);
        double sn = signal(nested);
        double su = signal(uniform);
        // the sub-grid's boundary values come from the coarse solve; the surface field is the fine grid's: the nested
        // result is much closer to the uniform fine grid than the coarse one is (within a quarter of that difference)
        assertTrue(Math.abs(sn - su) < 0.25 * Math.abs(sc - su), "coarse " + sc + " nested " + sn + " uniform fine " + su);
        // every face of the disk is in the sub-grid: the same staircase area as the uniform fine grid
        assertEquals(area(uniform), area(nested), 1e-9 * area(uniform));
        // the field between the parts is sampled from the sub-grid near the disk (same as the fine grid's there)
        Vector3d rim = new Vector3d(0.13e-3, 1.1e-3, 0.05e-3);
        assertEquals(uniform.transverseMagnitude(rim), nested.transverseMagnitude(rim), 0.05 * uniform.transverseMagnitude(rim));
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
