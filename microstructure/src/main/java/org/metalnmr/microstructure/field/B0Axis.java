package org.metalnmr.microstructure.field;

/**
 * The grid axis along which B0 points (z is the electrode normal of a patch: {@link #Z} puts the normal
 * along B0, {@link #X} or {@link #Y} across it).
 */
public enum B0Axis {
    /** B0 along x (in the electrode plane). */
    X,
    /** B0 along y (in the electrode plane). */
    Y,
    /** B0 along z (the electrode normal). */
    Z
}
