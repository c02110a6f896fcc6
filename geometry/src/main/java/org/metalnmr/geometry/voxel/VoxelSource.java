package org.metalnmr.geometry.voxel;

import java.util.Objects;

import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;

/**
 * One body to voxelise: the channel (output array) it fills, and its priority. Where bodies of
 * different priority share a voxel, the higher priority keeps its fraction and the lower one is
 * clipped to what is left (e.g. a deposit displaces the pellet it grows into; the stack displaces
 * the solid housing that surrounds it).
 *
 * @param channel  output channel name (a material name, a part name, a role: the caller's choice)
 * @param material material name carried by the channel
 * @param body     the body (a union is voxelised part by part into the same channel)
 * @param priority larger wins where bodies share a voxel
 */
public record VoxelSource(String channel, String material, Body body, int priority) {

    /** Validates. */
    public VoxelSource {
        GeometryChecks.name("voxel channel", channel);
        GeometryChecks.name("voxel material", material);
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param body a body
     * @return a source filling the channel named after the body's material, priority 0
     */
    public static VoxelSource byMaterial(Body body) {
        return new VoxelSource(body.material(), body.material(), body, 0);
    }
}
