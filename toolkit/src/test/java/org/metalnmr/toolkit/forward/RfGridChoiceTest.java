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
import org.metalnmr.rf.potential.SurfaceElement;

/**
 * The RF grid tied to the thinnest observed layer (CellRfField.GridChoice), on a small Li disk (1 mm radius, 100 um
 * thick) with its normal along B1, the cell-A geometry in which the rim carries the signal.
 */
class RfGridChoiceTest {

    private static final double THICKNESS = 100e-6;
    private static final Part DISK = new Part("foil", PartRole.ELECTRODE,
            new Disk("Li", 1e-3, THICKNESS, Pose.alignZ(new Vector3d(0.13e-3, -0.07e-3, 0.05e-3), new Vector3d(1, 0, 0))));

    /**
     * The layer's faces lie on voxel boundaries: every surface element facing along the disk normal sits on one of the
     * disk's true faces (x = x0 -+ t/2), for n = 1 and 2 voxels across, so the staircase disk is exactly t thick and its
     * rim (2 pi R t, where the field of this geometry wraps round) has its true height.
     */
    @Test
    void layerFacesLieOnVoxelBoundaries() {
        for (double n : new double[] {1, 2}) {
            ForwardModelOptions o = ForwardModelOptions.defaults().withRfVoxelsAcrossLayer(n).withRfRefinement(1);
            CellRfField f = CellRfField.solve(List.of(DISK), new Vector3d(1, 0, 0), "Li", o);
            assertEquals(THICKNESS / n, f.voxelSize(), 1e-12, "voxel = t / n");
            int faces = 0;
            for (SurfaceElement e : f.surface("foil")) {
                if (Math.abs(e.normalX()) > 0.5) {
                    double expected = 0.13e-3 + Math.signum(e.normalX()) * THICKNESS / 2;
                    assertEquals(expected, e.x(), 1e-9, "face element at x = " + e.x());
                    faces++;
                }
            }
            assertTrue(faces > 100, "face elements: " + faces);
        }
    }

    /** Without a layer rule the given voxel is used, and a tilted layer (no lab axis) keeps it too. */
    @Test
    void givenVoxelWhenTheRuleIsOffOrTheLayerTilted() {
        assertEquals(150e-6, CellRfField.GridChoice.of(List.of(DISK), "Li", 150e-6, 0).voxelSizeM(), 0);
        Part tilted = new Part("t", PartRole.ELECTRODE, new Disk("Li", 1e-3, THICKNESS,
                Pose.alignZ(new Vector3d(), new Vector3d(1, 0.2, 0).normalize())));
        CellRfField.GridChoice c = CellRfField.GridChoice.of(List.of(tilted), "Li", 150e-6, 1);
        assertEquals(150e-6, c.voxelSizeM(), 0);
        assertEquals(-1, c.axis());
        // the thinnest of two aligned observed layers sets the voxel; other metals do not
        Part thin = new Part("thin", PartRole.ELECTRODE, new Disk("Li", 1e-3, 40e-6, Pose.alignZ(new Vector3d(0, 0, 1e-3),
                new Vector3d(0, 0, 1))));
        Part cu = new Part("cu", PartRole.CURRENT_COLLECTOR, new Disk("Cu", 1e-3, 10e-6, Pose.alignZ(new Vector3d(0, 0, 2e-3),
                new Vector3d(0, 0, 1))));
        CellRfField.GridChoice two = CellRfField.GridChoice.of(List.of(DISK, thin, cu), "Li", 150e-6, 2);
        assertEquals(20e-6, two.voxelSizeM(), 1e-15);
        assertEquals(2, two.axis());
    }
}
