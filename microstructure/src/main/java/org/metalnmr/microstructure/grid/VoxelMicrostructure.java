package org.metalnmr.microstructure.grid;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.voxel.GridSpec;

/**
 * A metal microstructure on a grid of cubic voxels: {@code nx x ny x nz} voxels of edge {@code voxelSizeM},
 * voxel (i, j, k) centred at ((i + 1/2) h, (j + 1/2) h, (k + 1/2) h); z is the electrode normal (the
 * deposit grows towards +z). Occupancy is one bit per voxel (metal or not), index {@code i + nx (j + ny k)}
 * (x fastest, the order of geometry's {@code GridSpec}). A laterally periodic structure is one period of a
 * laterally infinite patch (x and y wrap around); otherwise it is an isolated object in empty space.
 * Immutable; made by {@link OccupancyBits#build}.
 */
public final class VoxelMicrostructure {

    private final int nx;
    private final int ny;
    private final int nz;
    private final double voxelSizeM;
    private final boolean laterallyPeriodic;
    private final long[] bits;

    VoxelMicrostructure(int nx, int ny, int nz, double voxelSizeM, boolean laterallyPeriodic, long[] bits) {
        Checks.positive("voxel size", "[m]", voxelSizeM);
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.voxelSizeM = voxelSizeM;
        this.laterallyPeriodic = laterallyPeriodic;
        this.bits = bits;
    }

    /** @return voxels along x */
    public int nx() {
        return nx;
    }

    /** @return voxels along y */
    public int ny() {
        return ny;
    }

    /** @return voxels along z (the electrode normal) */
    public int nz() {
        return nz;
    }

    /** @return the voxel edge [m] */
    public double voxelSizeM() {
        return voxelSizeM;
    }

    /**
     * The grid as geometry's grid type (the project's one voxel grid, index {@code i + nx (j + ny k)}), origin at the
     * lower corner of voxel (0, 0, 0) = (0, 0, 0).
     *
     * @return the grid
     */
    public GridSpec gridSpec() {
        return new GridSpec(new Vector3d(), voxelSizeM, voxelSizeM, voxelSizeM, nx, ny, nz);
    }

    /** @return whether x and y are periodic (one period of a laterally infinite patch) */
    public boolean laterallyPeriodic() {
        return laterallyPeriodic;
    }

    /** @return the number of voxels */
    public int voxelCount() {
        return nx * ny * nz;
    }

    /**
     * @param index voxel index {@code i + nx (j + ny k)}
     * @return whether that voxel is metal
     */
    public boolean isMetal(int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /**
     * @param i index along x
     * @param j index along y
     * @param k index along z
     * @return whether that voxel is metal
     */
    public boolean isMetal(int i, int j, int k) {
        return isMetal(i + nx * (j + ny * k));
    }

    /** @return the number of metal voxels */
    public long metalCount() {
        long c = 0;
        for (long w : bits) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** @return the metal volume fraction of the grid */
    public double metalFraction() {
        return metalCount() / (double) voxelCount();
    }

    /** @return bytes held by the occupancy (one bit per voxel) */
    public long occupancyBytes() {
        return 8L * bits.length;
    }

    /**
     * The metal fraction of each plane k (the lateral mean occupancy, a profile along the normal).
     *
     * @return nz fractions
     */
    public double[] planeFractions() {
        double[] f = new double[nz];
        int plane = nx * ny;
        for (int k = 0; k < nz; k++) {
            long c = 0;
            for (int idx = k * plane; idx < (k + 1) * plane; idx++) {
                if (isMetal(idx)) {
                    c++;
                }
            }
            f[k] = c / (double) plane;
        }
        return f;
    }

    /**
     * @return the first plane (lowest k) that is entirely metal counted from k = 0 upwards, as the number
     *         of consecutive full planes from the bottom (the slab thickness in voxels; 0 when the bottom
     *         plane is not full)
     */
    public int fullPlanesFromBottom() {
        double[] f = planeFractions();
        int k = 0;
        while (k < nz && f[k] == 1.0) {
            k++;
        }
        return k;
    }
}
