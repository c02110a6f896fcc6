package org.metalnmr.toolkit.scenario;

import org.metalnmr.core.error.Checks;

/**
 * Where a voxel patch sits on its electrode face and how it is turned (docs/scenario-format.md, {@code deposits[]} of
 * type {@code voxel}). The patch's z axis is the face's outward normal (the deposit grows into the pellet); its x axis
 * lies in the face at {@code rotationDeg} about the normal from the face's reference direction: the projection of B0
 * (lab z) onto the face, or the coil axis (lab x) when B0 is along the normal.
 *
 * @param electrodePlanes the bottom planes of the patch that are the electrode itself (below the face), or -1 for
 *                        the patch's whole metal planes at the bottom
 * @param rotationDeg     the patch's x axis about the face normal from the reference direction [deg]
 * @param offsetU        in-plane position of an isolated patch's centre from the face centre along the reference
 *                        direction [m]
 * @param offsetV        the same along normal x reference [m]
 * @param coverage        for a laterally periodic patch: the fraction of the face its repetition covers, in (0, 1]
 * @param copies          for an isolated patch: how many copies sit at its position, at least 1
 */
public record VoxelPlacement(int electrodePlanes, double rotationDeg, double offsetU, double offsetV, double coverage,
                             long copies) {

    /** The default: electrode planes from the patch, no rotation, centred, the whole face or one copy. */
    public static final VoxelPlacement DEFAULT = new VoxelPlacement(-1, 0, 0, 0, 1, 1);

    /** Validates. */
    public VoxelPlacement {
        Checks.inRange("electrodePlanes", "[planes] (-1: the patch's full bottom planes)", -1, 1 << 14, electrodePlanes);
        Checks.inRange("rotationDeg", "[deg]", -360, 360, rotationDeg);
        Checks.finite("offset u [m]", offsetU);
        Checks.finite("offset v [m]", offsetV);
        Checks.inRange("coverage", "[1] (fraction of the face)", Double.MIN_VALUE, 1, coverage);
        Checks.inRange("copies", "[1]", 1, 1_000_000_000L, copies);
    }
}
