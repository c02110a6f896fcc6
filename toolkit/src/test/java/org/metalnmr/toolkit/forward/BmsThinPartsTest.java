package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;

/**
 * The BMS grid and metal parts that are not layers of the stack: a flap of the Li foil bent up into the pellet
 * (examples/scenarios/bent-foil.json), a disk 100 um thick with its normal in the stack plane.
 */
class BmsThinPartsTest {

    private static final Part PELLET = new Part("pellet", PartRole.PELLET,
            new Disk("sulfide-electrolyte", 1.5e-3, 0.7e-3, Pose.at(0, 0, 0)));
    private static final Part FLAP = new Part("flap", PartRole.DEPOSIT,
            new Disk("Li", 0.3e-3, 100e-6, Pose.alignZ(new Vector3d(0, 0.5e-3, 0), new Vector3d(0, 1, 0))));

    /** The flap lies inside the pellet's volume; as a deposit part it displaces it, so the chi map holds Li there. */
    @Test
    void aPartInsideThePelletIsInTheSusceptibilityMap() {
        CellBmsField f = CellBmsField.solve(List.of(PELLET, FLAP), new Vector3d(0, 0, 1), 100e-6,
                ForwardModelOptions.defaults().withBmsVoxelSize(60e-6), 8);
        double chiLi = Materials.byName("Li").chi();
        double chiPellet = Materials.byName("sulfide-electrolyte").chi();
        assertEquals(chiLi, f.hostChi(new Vector3d(0, 0.5e-3, 0)), 1e-3 * Math.abs(chiLi), "inside the flap");
        assertEquals(chiPellet, f.hostChi(new Vector3d(0, -0.5e-3, 0)), 1e-3 * Math.abs(chiPellet), "in the pellet");
    }

    /** A metal part thin along an in-plane axis gets a quarter of its thickness along that axis (the stack's rule). */
    @Test
    void gridIsRefinedAcrossAPartThinAlongAnInPlaneAxis() {
        double[] size = {60e-6, 60e-6, 25e-6};
        CellBmsField.refineAcrossThinParts(List.of(PELLET, FLAP), 2, size);
        assertEquals(60e-6, size[0], 1e-15);
        assertEquals(25e-6, size[1], 1e-12, "a quarter of the flap's 100 um");
        assertEquals(25e-6, size[2], 1e-15);
        double[] unchanged = {60e-6, 60e-6, 25e-6};
        CellBmsField.refineAcrossThinParts(List.of(PELLET), 2, unchanged);
        assertEquals(60e-6, unchanged[1], 1e-15, "a non-metal part does not refine the grid");
    }
}
