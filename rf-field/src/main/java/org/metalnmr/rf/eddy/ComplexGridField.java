package org.metalnmr.rf.eddy;

import org.hipparchus.complex.Complex;
import org.metalnmr.rf.RfMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A complex scalar per cell of a 2D grid (cell (i, j) at index i * ny + j). Immutable.
 */
public final class ComplexGridField {

    private final int nx;
    private final int ny;
    private final double[] re;
    private final double[] im;

    /**
     * @param nx cells along x
     * @param ny cells along y
     * @param re real parts (copied, length nx * ny)
     * @param im imaginary parts (copied, length nx * ny)
     */
    public ComplexGridField(int nx, int ny, double[] re, double[] im) {
        if (re.length != nx * ny) {
            throw new InvalidInputException(RfMessage.LENGTH_MISMATCH, "re", nx * ny, re.length);
        }
        if (im.length != nx * ny) {
            throw new InvalidInputException(RfMessage.LENGTH_MISMATCH, "im", nx * ny, im.length);
        }
        this.nx = nx;
        this.ny = ny;
        this.re = re.clone();
        this.im = im.clone();
    }

    /** @return cells along x */
    public int nx() {
        return nx;
    }

    /** @return cells along y */
    public int ny() {
        return ny;
    }

    /**
     * @param i cell index along x
     * @param j cell index along y
     * @return the value in cell (i, j)
     */
    public Complex value(int i, int j) {
        int k = i * ny + j;
        return new Complex(re[k], im[k]);
    }

    /**
     * @param i cell index along x
     * @param j cell index along y
     * @return the modulus in cell (i, j)
     */
    public double abs(int i, int j) {
        int k = i * ny + j;
        return Math.hypot(re[k], im[k]);
    }

    /** @return a copy of the real parts */
    public double[] realParts() {
        return re.clone();
    }

    /** @return a copy of the imaginary parts */
    public double[] imaginaryParts() {
        return im.clone();
    }
}
