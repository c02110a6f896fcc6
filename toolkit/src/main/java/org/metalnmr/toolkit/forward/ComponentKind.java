package org.metalnmr.toolkit.forward;

/** What a spectral component of the forward model is. */
public enum ComponentKind {
    /** A mm-scale metal part (foil electrode) seen through its skin layer. */
    BULK_METAL,
    /** A dense plated layer on an electrode face. */
    DENSE_LAYER,
    /** Whiskers / dendrites standing on a face. */
    WHISKERS,
    /**
     * A mossy layer (porous metal strands; one name for that deposit across the scenario, the outputs and the code since
     * 0.1.0: {@code result.json} and {@code explanation.txt} wrote "porous" before).
     */
    MOSSY,
    /** Dead metal fragments detached from the electrode. */
    DEAD_METAL,
    /** A deposit given voxel by voxel (imported or generated), its field solved by FFT in the cell's. */
    VOXEL_MICROSTRUCTURE,
    /** A non-metal line (electrolyte, SEI, ...). */
    NON_METAL
}
