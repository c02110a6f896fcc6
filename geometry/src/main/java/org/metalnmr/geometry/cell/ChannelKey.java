package org.metalnmr.geometry.cell;

/** How a scene's bodies are grouped into voxel channels. */
public enum ChannelKey {
    /** One channel per material (what a susceptibility map needs). */
    MATERIAL,
    /** One channel per part and per deposit (what a per-component spectrum needs). */
    PART,
    /** One channel per role. */
    ROLE
}
