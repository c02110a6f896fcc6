package org.metalnmr.susceptibility.voxel;

import java.util.Random;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Random sequential addition of grid-aligned square columns (w x w voxels across, L_i voxels tall)
 * standing on the plane k = k0 of a voxel grid, with non-overlapping footprints inside a rectangular
 * base area: a voxel-exact stand-in for whiskers rooted on an electrode and standing along its normal
 * (grid z), the test bed of {@link org.metalnmr.susceptibility.shift.RootedLayerPacking}. Lengths are
 * log-normal with the given arithmetic mean and sd/mean, rounded to whole voxels and clamped to
 * [w, the grid's height above k0]. Fixed seed, reproducible.
 *
 * @param nx    grid voxels along x
 * @param ny    grid voxels along y
 * @param nz    grid voxels along z
 * @param i0    base area start along x [voxels]
 * @param j0    base area start along y [voxels]
 * @param k0    the plane the columns stand on [voxels]
 * @param baseX base area size along x [voxels]
 * @param baseY base area size along y [voxels]
 * @param width column width w [voxels]
 */
public record RootedColumnPacking(int nx, int ny, int nz, int i0, int j0, int k0, int baseX, int baseY, int width) {

    /** Validates. */
    public RootedColumnPacking {
        ChiGrid.checkDimension("grid size", nx);
        ChiGrid.checkDimension("grid size", ny);
        ChiGrid.checkDimension("grid size", nz);
        Checks.inRange("base start i0", "[voxels]", 0, nx - 1, i0);
        Checks.inRange("base start j0", "[voxels]", 0, ny - 1, j0);
        Checks.inRange("base plane k0", "[voxels]", 0, nz - 1, k0);
        Checks.inRange("base size x", "[voxels]", 1, nx - i0, baseX);
        Checks.inRange("base size y", "[voxels]", 1, ny - j0, baseY);
        Checks.inRange("column width", "[voxels]", 1, Math.min(Math.min(baseX, baseY), nz - k0), width);
    }

    /**
     * A placed packing.
     *
     * @param occupancy 1 inside a column, else 0; index i + nx (j + ny k)
     * @param lengths   each column's length [voxels]
     */
    public record Columns(double[] occupancy, int[] lengths) {

        /** Copies. */
        public Columns {
            occupancy = occupancy.clone();
            lengths = lengths.clone();
        }

        @Override
        public double[] occupancy() {
            return occupancy.clone();
        }

        @Override
        public int[] lengths() {
            return lengths.clone();
        }
    }

    /**
     * Places columns until their metal volume reaches p x base area x mean length.
     *
     * @param packingFraction target p, in (0, 0.5]
     * @param meanLength      arithmetic mean length [voxels], &gt;= width
     * @param relativeSpread  sd / mean of the log-normal lengths, &gt;= 0 (0: all equal)
     * @param seed            random seed
     * @return the columns
     */
    public Columns place(double packingFraction, double meanLength, double relativeSpread, long seed) {
        Checks.inRange("packing fraction", "[1]", 1e-6, 0.5, packingFraction);
        Checks.inRange("mean length", "[voxels]", width, nz - k0, meanLength);
        Checks.nonNegative("relative spread", "[1]", relativeSpread);
        double sigma = Math.sqrt(Math.log1p(relativeSpread * relativeSpread));
        double mu = Math.log(meanLength) - sigma * sigma / 2;
        double[] occ = new double[Math.multiplyExact(Math.multiplyExact(nx, ny), nz)];
        boolean[] taken = new boolean[nx * ny];
        double target = packingFraction * baseX * baseY * meanLength;
        Random rnd = new Random(seed);
        int[] lengths = new int[16];
        int count = 0;
        double volume = 0;
        long attempts = 0;
        long maxAttempts = 2000L * Math.max(1, (long) (target / (width * width * meanLength)) + 1);
        while (volume < target) {
            if (++attempts > maxAttempts) {
                throw new InvalidInputException(SusceptibilityMessage.PACKING_FAILED, count + 1, packingFraction, maxAttempts);
            }
            int x0 = i0 + rnd.nextInt(baseX - width + 1);
            int y0 = j0 + rnd.nextInt(baseY - width + 1);
            double draw = Math.exp(mu + sigma * rnd.nextGaussian());
            if (!free(taken, x0, y0)) {
                continue;
            }
            int len = (int) Math.max(width, Math.min(nz - k0, Math.round(draw)));
            for (int j = y0; j < y0 + width; j++) {
                for (int i = x0; i < x0 + width; i++) {
                    taken[i + nx * j] = true;
                    for (int k = k0; k < k0 + len; k++) {
                        occ[i + nx * (j + ny * k)] = 1;
                    }
                }
            }
            if (count == lengths.length) {
                lengths = java.util.Arrays.copyOf(lengths, 2 * count);
            }
            lengths[count++] = len;
            volume += (double) width * width * len;
        }
        return new Columns(occ, java.util.Arrays.copyOf(lengths, count));
    }

    /**
     * The mean shift over the metal of placed columns, in units of chi, from a voxel solve of this grid
     * (1 um voxels; the result is scale-free and linear in chi).
     *
     * @param columns columns placed on this grid
     * @param solver  the field solver (kernel, threads)
     * @return mean over the occupied voxels of dBz/B0 with the Lorentz sphere, / chi
     */
    public double meanShiftOverChi(Columns columns, VoxelFieldSolver solver) {
        double chi = 1e-5;
        double[] occ = columns.occupancy;
        if (occ.length != (long) nx * ny * nz) {
            throw new InvalidInputException(SusceptibilityMessage.GRID_SIZE_MISMATCH, "occupancy of the placed columns", nx, ny, nz,
                    (long) nx * ny * nz, occ.length);
        }
        double[] c = new double[occ.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = occ[i] * chi;
        }
        double[] s = solver.solve(new ChiGrid(nx, ny, nz, 1e-6, 1e-6, 1e-6, c)).shiftPpm();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (occ[i] > 0) {
                sum += s[i];
                n++;
            }
        }
        return sum / n / (1e6 * chi);
    }

    private boolean free(boolean[] taken, int x0, int y0) {
        for (int j = y0; j < y0 + width; j++) {
            for (int i = x0; i < x0 + width; i++) {
                if (taken[i + nx * j]) {
                    return false;
                }
            }
        }
        return true;
    }
}
