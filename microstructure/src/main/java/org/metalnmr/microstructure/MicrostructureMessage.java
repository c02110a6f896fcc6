package org.metalnmr.microstructure;

import org.metalnmr.core.error.MessageKey;

/** The messages of the microstructure module (one enum per module, see {@link MessageKey}). */
public enum MicrostructureMessage implements MessageKey {
    /** A grid dimension out of range. */
    BAD_DIMENSION("%s must be in [1, %d] voxels, got %d"),
    /** A grid with more voxels than one Java array can index. */
    TOO_MANY_VOXELS("a %d x %d x %d grid has %d voxels; at most %d are allowed"),
    /** A file that is not what it claims to be. */
    BAD_FILE("%s is not a valid %s file: %s"),
    /** A file format variant that is refused. */
    UNSUPPORTED_VARIANT("%s: %s is not supported (supported: %s)"),
    /** Occupancy data that does not match the grid. */
    SIZE_MISMATCH("%s: a %d x %d x %d grid needs %d voxels, got %d"),
    /** A pipeline that would not fit in memory. */
    TOO_LARGE("the %s of a %d x %d x %d grid (FFT grid %d x %d x %d) needs about %.0f MiB but only %.0f MiB are available to the JVM; a grid of at most %d^3 voxels would fit (or raise -Xmx)"),
    /** A generator whose geometry does not fit the box. */
    BAD_GEOMETRY("%s: %s"),
    /** A grid with no metal voxel. */
    NO_METAL("%s has no metal voxel"),
    /** A grid too small along a periodic axis for the FFT. */
    NOT_FFT_FRIENDLY("%s has %d voxels along a periodic axis; periodic axes need a length whose prime factors are 2, 3, 5, 7 (x also even), e.g. %d");

    private final String template;

    MicrostructureMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
