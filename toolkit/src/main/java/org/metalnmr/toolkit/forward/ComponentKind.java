package org.metalnmr.toolkit.forward;

/** What a spectral component of the forward model is. */
public enum ComponentKind {
    /** A mm-scale metal part (foil electrode) seen through its skin layer. */
    BULK_METAL,
    /** A dense plated layer on an electrode face. */
    DENSE_LAYER,
    /** Whiskers / dendrites standing on a face. */
    WHISKERS,
    /** A mossy or porous layer. */
    POROUS,
    /** Dead metal fragments detached from the electrode. */
    DEAD_METAL,
    /** A deposit given voxel by voxel (imported or generated), its field solved by FFT in the cell's. */
    VOXEL_MICROSTRUCTURE,
    /** A non-metal line (electrolyte, SEI, ...). */
    NON_METAL
}
