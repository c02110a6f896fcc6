package org.metalnmr.susceptibility.fft;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * The DFT of a real kernel that is even in each axis, on an {@code mx x my x mz} grid: real, and
 * determined by its octant {@code [0, mx/2] x [0, my/2] x [0, mz/2]}. Value for wave index
 * (kx, ky, kz) (0-based, unshifted) is {@code values[kx' + hx (ky' + hy kz')]} with
 * {@code k' = min(k, m - k)}.
 *
 * @param mx     grid size along x
 * @param my     grid size along y
 * @param mz     grid size along z
 * @param values the octant of the spectrum (held, not copied: package-level type for the solver)
 */
public record ReducedSpectrum(int mx, int my, int mz, double[] values) {

    /** Checks the size. */
    public ReducedSpectrum {
        if (values.length != (mx / 2 + 1) * (my / 2 + 1) * (mz / 2 + 1)) {
            throw new InvalidInputException(SusceptibilityMessage.GRID_SIZE_MISMATCH, "reduced spectrum (octant of the FFT grid)", mx / 2 + 1,
                    my / 2 + 1, mz / 2 + 1, (mx / 2 + 1) * (my / 2 + 1) * (mz / 2 + 1), values.length);
        }
    }

    /** @return octant extent along x, mx/2 + 1 */
    public int hx() {
        return mx / 2 + 1;
    }

    /** @return octant extent along y, my/2 + 1 */
    public int hy() {
        return my / 2 + 1;
    }

    /** @return octant extent along z, mz/2 + 1 */
    public int hz() {
        return mz / 2 + 1;
    }

    /**
     * @param kx wave index along x, 0..mx-1
     * @param ky wave index along y
     * @param kz wave index along z
     * @return the spectrum value there
     */
    public double at(int kx, int ky, int kz) {
        int a = Math.min(kx, mx - kx);
        int b = Math.min(ky, my - ky);
        int c = Math.min(kz, mz - kz);
        return values[a + hx() * (b + hy() * c)];
    }

    /**
     * Multiplies every value by a factor, in place (used once to fold the 1/(mx my mz) of the
     * inverse transform into the kernel).
     *
     * @param factor the factor
     * @return this spectrum
     */
    public ReducedSpectrum scaleInPlace(double factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
        return this;
    }
}
