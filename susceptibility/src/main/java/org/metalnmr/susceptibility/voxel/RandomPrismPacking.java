package org.metalnmr.susceptibility.voxel;

import java.util.Random;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Random sequential addition of identical, grid-aligned, non-overlapping rectangular particles
 * (px x py x pz voxels) inside a rectangular region of a voxel grid, until a target packing fraction
 * is reached. Grid-aligned prisms are represented exactly on the voxels, so a cell-kernel solve of
 * the packing has no discretisation error: the test bed of the packed-deposit mean-field model
 * ({@link org.metalnmr.susceptibility.shift.PackedDeposit}). Fixed seed, reproducible.
 *
 * @param nx      grid voxels along x
 * @param ny      grid voxels along y
 * @param nz      grid voxels along z
 * @param region0 region start corner {x, y, z} [voxels] (copied)
 * @param region  region size {x, y, z} [voxels] (copied)
 * @param particle particle size {x, y, z} [voxels] (copied)
 */
public record RandomPrismPacking(int nx, int ny, int nz, int[] region0, int[] region, int[] particle) {

    /** Validates and copies. */
    public RandomPrismPacking {
        region0 = region0.clone();
        region = region.clone();
        particle = particle.clone();
        int[] n = {nx, ny, nz};
        for (int a = 0; a < 3; a++) {
            ChiGrid.checkDimension("grid size", n[a]);
            Checks.inRange("region start", "[voxels]", 0, n[a] - 1, region0[a]);
            Checks.inRange("region size", "[voxels]", 1, n[a] - region0[a], region[a]);
            Checks.inRange("particle size", "[voxels]", 1, region[a], particle[a]);
        }
    }

    /**
     * Places particles until the fraction of the region they fill reaches the target.
     *
     * @param packingFraction target fraction of the region volume, in (0, 0.5]
     * @param seed            random seed
     * @return occupancy (1 inside a particle, else 0), index {@code i + nx (j + ny k)}
     */
    public double[] place(double packingFraction, long seed) {
        Checks.inRange("packing fraction", "[1]", 1e-6, 0.5, packingFraction);
        double[] occ = new double[Math.multiplyExact(Math.multiplyExact(nx, ny), nz)];
        long regionVolume = (long) region[0] * region[1] * region[2];
        long particleVolume = (long) particle[0] * particle[1] * particle[2];
        int target = (int) Math.round(packingFraction * regionVolume / particleVolume);
        Random rnd = new Random(seed);
        int placed = 0;
        long attempts = 0;
        long maxAttempts = 2000L * Math.max(1, target);
        while (placed < target) {
            if (++attempts > maxAttempts) {
                throw new InvalidInputException(SusceptibilityMessage.PACKING_FAILED, target, packingFraction, maxAttempts);
            }
            int x0 = region0[0] + rnd.nextInt(region[0] - particle[0] + 1);
            int y0 = region0[1] + rnd.nextInt(region[1] - particle[1] + 1);
            int z0 = region0[2] + rnd.nextInt(region[2] - particle[2] + 1);
            if (free(occ, x0, y0, z0)) {
                fill(occ, x0, y0, z0);
                placed++;
            }
        }
        return occ;
    }

    /**
     * @param occupancy result of {@link #place}
     * @return the achieved packing fraction of the region
     */
    public double fraction(double[] occupancy) {
        double s = 0;
        for (double v : occupancy) {
            s += v;
        }
        return s / ((double) region[0] * region[1] * region[2]);
    }

    private boolean free(double[] occ, int x0, int y0, int z0) {
        for (int k = z0; k < z0 + particle[2]; k++) {
            for (int j = y0; j < y0 + particle[1]; j++) {
                for (int i = x0; i < x0 + particle[0]; i++) {
                    if (occ[i + nx * (j + ny * k)] != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void fill(double[] occ, int x0, int y0, int z0) {
        for (int k = z0; k < z0 + particle[2]; k++) {
            for (int j = y0; j < y0 + particle[1]; j++) {
                for (int i = x0; i < x0 + particle[0]; i++) {
                    occ[i + nx * (j + ny * k)] = 1;
                }
            }
        }
    }
}
