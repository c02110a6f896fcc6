package org.metalnmr.toolkit.scenario;

import java.util.Objects;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.cell.CellSite;

/**
 * A deposit of a scenario given voxel by voxel (issue 16): a patch read from a file or generated, placed on an electrode
 * face. The forward model solves its own BMS field by FFT inside the cell's field and weights each voxel by the cell's
 * RF field at the patch (docs/scenario-format.md, {@code deposits[]} of type {@code voxel}).
 *
 * @param name      unique name (results are reported by it)
 * @param site      the electrode face it stands on
 * @param material  the metal of the patch
 * @param source    where its voxels come from
 * @param placement where it sits on the face and how it is turned
 */
public record VoxelDepositEntry(String name, CellSite site, String material, VoxelSource source, VoxelPlacement placement) {

    /** Validates. */
    public VoxelDepositEntry {
        GeometryChecks.name("deposit name", name);
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(placement, "placement");
        if (!Materials.byName(material).metal()) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "material of a voxel deposit", "a metal", material);
        }
    }
}
