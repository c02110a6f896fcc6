package org.metalnmr.microstructure.spectrum;

/**
 * One part of a microstructure's line (the bulk slab or the deposit above it).
 *
 * @param voxels          metal voxels in the part
 * @param weightRe        sum of the real parts of the complex weights [voxel units]
 * @param weightIm        sum of the imaginary parts of the complex weights [voxel units]
 * @param meanShiftPpm    mean of Knight + BMS shift weighted by |w| [ppm]
 * @param peakPpm         position of the maximum of the part's magnitude spectrum [ppm] (NaN-free; the axis
 *                        start when the part is empty)
 * @param real            the part's spectrum, real part (absorption)
 * @param imag            the part's spectrum, imaginary part
 */
public record LinePart(long voxels, double weightRe, double weightIm, double meanShiftPpm, double peakPpm,
                       double[] real, double[] imag) {

    /** Copies. */
    public LinePart {
        real = real.clone();
        imag = imag.clone();
    }

    @Override
    public double[] real() {
        return real.clone();
    }

    @Override
    public double[] imag() {
        return imag.clone();
    }
}
