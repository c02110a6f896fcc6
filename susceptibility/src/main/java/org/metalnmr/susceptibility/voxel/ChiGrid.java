package org.metalnmr.susceptibility.voxel;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * A voxel map of volume susceptibility (SI, dimensionless): voxel (i, j, k) is the cuboid of size
 * dx x dy x dz whose centre is at ((i + 1/2) dx, (j + 1/2) dy, (k + 1/2) dz) in the grid's frame, which is
 * the lab frame (B0 along +z). Index {@code i + nx (j + ny k)}. Several materials are simply
 * different values; a partly filled voxel carries the volume-weighted mean.
 *
 * @param nx  voxels along x
 * @param ny  voxels along y
 * @param nz  voxels along z
 * @param dx  voxel size along x [m]
 * @param dy  voxel size along y [m]
 * @param dz  voxel size along z [m]
 * @param chi the susceptibilities (copied on entry; {@link #chi()} returns a copy)
 */
public record ChiGrid(int nx, int ny, int nz, double dx, double dy, double dz, double[] chi) {

    /** Largest number of voxels along one axis. */
    public static final int MAX_DIMENSION = 1 << 14;

    /** Validates and copies. */
    public ChiGrid {
        checkDimension("nx", nx);
        checkDimension("ny", ny);
        checkDimension("nz", nz);
        Checks.positive("voxel size dx", "[m]", dx);
        Checks.positive("voxel size dy", "[m]", dy);
        Checks.positive("voxel size dz", "[m]", dz);
        long n = (long) nx * ny * nz;
        if (chi == null || chi.length != n) {
            throw new InvalidInputException(SusceptibilityMessage.GRID_SIZE_MISMATCH, "chi", nx, ny, nz, n, chi == null ? 0 : chi.length);
        }
        chi = chi.clone();
        for (int i = 0; i < chi.length; i++) {
            Checks.inRange("chi of voxel " + i, "[1, SI volume]", -1, 1e3, chi[i]);
        }
    }

    static void checkDimension(String name, int n) {
        if (n < 1 || n > MAX_DIMENSION) {
            throw new InvalidInputException(SusceptibilityMessage.BAD_GRID_DIMENSION, name, MAX_DIMENSION, n);
        }
    }

    /** @return a copy of the susceptibilities */
    @Override
    public double[] chi() {
        return chi.clone();
    }

    /** @return the array itself, for the solver (package use only) */
    double[] values() {
        return chi;
    }

    /**
     * @param i index along x
     * @param j index along y
     * @param k index along z
     * @return chi of that voxel
     */
    public double chiAt(int i, int j, int k) {
        return chi[i + nx * (j + ny * k)];
    }

    /** @return the number of voxels */
    public int size() {
        return chi.length;
    }
}
