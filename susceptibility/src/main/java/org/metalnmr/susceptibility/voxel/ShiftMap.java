package org.metalnmr.susceptibility.voxel;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * The BMS shift dBz/B0 at every voxel of a {@link ChiGrid}, in ppm, for a nucleus at the voxel
 * (inside matter the Lorentz-sphere term chi/3 is included). Same indexing as the grid:
 * {@code i + nx (j + ny k)}.
 *
 * @param nx       voxels along x
 * @param ny       voxels along y
 * @param nz       voxels along z
 * @param dx       voxel size along x [m]
 * @param dy       voxel size along y [m]
 * @param dz       voxel size along z [m]
 * @param shiftPpm the shifts [ppm] (copied on entry; {@link #shiftPpm()} returns a copy)
 */
public record ShiftMap(int nx, int ny, int nz, double dx, double dy, double dz, double[] shiftPpm) {

    /** Checks the size and copies. */
    public ShiftMap {
        if (shiftPpm.length != (long) nx * ny * nz) {
            throw new InvalidInputException(SusceptibilityMessage.GRID_SIZE_MISMATCH, "shift map", nx, ny, nz, (long) nx * ny * nz, shiftPpm.length);
        }
        shiftPpm = shiftPpm.clone();
    }

    /** @return a copy of the shifts [ppm] */
    @Override
    public double[] shiftPpm() {
        return shiftPpm.clone();
    }

    /**
     * @param i index along x
     * @param j index along y
     * @param k index along z
     * @return the shift at that voxel [ppm]
     */
    public double shiftPpmAt(int i, int j, int k) {
        return shiftPpm[i + nx * (j + ny * k)];
    }
}
