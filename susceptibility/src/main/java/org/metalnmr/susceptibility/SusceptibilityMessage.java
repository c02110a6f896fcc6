package org.metalnmr.susceptibility;

import org.metalnmr.core.error.MessageKey;

/** The messages of the susceptibility module (one enum per module, see {@link MessageKey}). */
public enum SusceptibilityMessage implements MessageKey {
    /** A transform length below 1. */
    BAD_FFT_LENGTH("FFT length must be >= 1, got %d"),
    /** Grid dimensions that do not match the data. */
    GRID_SIZE_MISMATCH("%s: grid %d x %d x %d needs %d values, got %d"),
    /** A grid dimension out of range. */
    BAD_GRID_DIMENSION("%s must be in [1, %d] voxels, got %d"),
    /** A grid too large for the memory. */
    GRID_TOO_LARGE("the field solve of a %d x %d x %d grid (FFT grid %d x %d x %d) needs about %.0f MiB but only %.0f MiB are available to the JVM; a grid of at most %d voxels per axis would fit (or raise -Xmx)"),
    /** A body that no voxel of the grid lies fully inside. */
    BODY_UNRESOLVED("no voxel lies fully inside the %s on a %d^3 grid (its thinnest extent spans %.2f voxels); use a grid of at least %d"),
    /** A thread count below 1. */
    BAD_THREADS("threads must be >= 1, got %d"),
    /** A vector that must not be zero. */
    ZERO_VECTOR("%s must be a non-zero vector, got (%s, %s, %s)"),
    /** Too few points for a fit. */
    TOO_FEW_POINTS("%s needs at least %d points with distinct angles, got %d"),
    /** Arrays of different lengths. */
    LENGTH_MISMATCH("%s and %s must have the same length, got %d and %d"),
    /** A fit whose design matrix is singular. */
    SINGULAR_FIT("%s: the orientation series does not determine both parameters (all cos^2 of the angles equal)"),
    /** A packing that cannot be placed. */
    PACKING_FAILED("could not place %d particles at packing fraction %s in %d attempts; lower the packing fraction"),
    /** A numerical routine that did not converge. */
    NOT_CONVERGED("%s did not converge: %s"),
    /** Direction components and weights of unequal lengths. */
    DIRECTION_LENGTHS("weighted directions need x, y, z and weight of equal length, got %d, %d, %d and %d"),
    /** An odd FFT length along the axis the even-kernel transform halves. */
    FFT_LENGTH_ODD("%s needs an even FFT length along x, got mx = %d"),
    /** FFT sizes the JTransforms real 3D transform does not take. */
    FFT_NOT_POWER_OF_TWO("JTransforms' 3D real transform needs power-of-two sizes, got %d x %d x %d"),
    /** An input grid larger than the FFT grid (or arrays shorter than the grid). */
    INPUT_EXCEEDS_FFT_GRID("%s: the input grid %d x %d x %d (arrays of %d and %d values) does not fit the FFT grid %d x %d x %d"),
    /** A kernel spectrum computed for another FFT grid. */
    KERNEL_GRID_MISMATCH("%s: the kernel spectrum is for the FFT grid %d x %d x %d, this convolution's grid is %d x %d x %d"),
    /** A voxel block with a negative corner or an empty size. */
    VOXEL_BLOCK("a voxel block needs a corner >= 0 and sizes >= 1, got corner (%d, %d, %d) and size %d x %d x %d");

    private final String template;

    SusceptibilityMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
