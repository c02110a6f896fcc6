package org.metalnmr.microstructure.grid;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;

/**
 * A mutable voxel occupancy, one bit per voxel (index {@code i + nx (j + ny k)}), the builder of a
 * {@link VoxelMicrostructure}. Not thread-safe; {@link #build} hands the bits over without a copy and
 * retires the builder.
 */
public final class OccupancyBits {

    /** Largest number of voxels along one axis. */
    public static final int MAX_DIMENSION = 1 << 14;
    /** Largest number of voxels (the field solve indexes one Java array). */
    public static final long MAX_VOXELS = Integer.MAX_VALUE - 16L;

    private final int nx;
    private final int ny;
    private final int nz;
    private long[] bits;

    /**
     * An empty grid.
     *
     * @param nx voxels along x
     * @param ny voxels along y
     * @param nz voxels along z (the electrode normal)
     * @throws InvalidInputException when a size is out of [1, {@link #MAX_DIMENSION}] or the grid has more than
     *                               {@link #MAX_VOXELS} voxels (checked before allocating)
     */
    public OccupancyBits(int nx, int ny, int nz) {
        checkSizes(nx, ny, nz);
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.bits = new long[(int) ((voxels(nx, ny, nz) + 63) >>> 6)];
    }

    /**
     * Checks grid sizes without allocating.
     *
     * @param nx voxels along x
     * @param ny voxels along y
     * @param nz voxels along z
     * @throws InvalidInputException when a size is out of range or the grid is too large
     */
    public static void checkSizes(long nx, long ny, long nz) {
        checkDimension("nx", nx);
        checkDimension("ny", ny);
        checkDimension("nz", nz);
        long n = nx * ny * nz;
        if (n > MAX_VOXELS) {
            throw new InvalidInputException(MicrostructureMessage.TOO_MANY_VOXELS, nx, ny, nz, n, MAX_VOXELS);
        }
    }

    private static void checkDimension(String name, long n) {
        if (n < 1 || n > MAX_DIMENSION) {
            throw new InvalidInputException(MicrostructureMessage.BAD_DIMENSION, name, MAX_DIMENSION, n);
        }
    }

    static long voxels(int nx, int ny, int nz) {
        return (long) nx * ny * nz;
    }

    /** @return voxels along x */
    public int nx() {
        return nx;
    }

    /** @return voxels along y */
    public int ny() {
        return ny;
    }

    /** @return voxels along z */
    public int nz() {
        return nz;
    }

    /**
     * @param index voxel index {@code i + nx (j + ny k)}
     * @param metal whether the voxel is metal
     */
    public void set(int index, boolean metal) {
        long mask = 1L << index;
        if (metal) {
            bits[index >>> 6] |= mask;
        } else {
            bits[index >>> 6] &= ~mask;
        }
    }

    /**
     * @param i index along x
     * @param j index along y
     * @param k index along z
     */
    public void set(int i, int j, int k) {
        set(i + nx * (j + ny * k), true);
    }

    /**
     * @param index voxel index
     * @return whether the voxel is metal
     */
    public boolean get(int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /**
     * Marks the whole planes {@code k0 <= k < k1} as metal (a slab).
     *
     * @param k0 first plane
     * @param k1 plane after the last
     */
    public void fillPlanes(int k0, int k1) {
        for (long idx = (long) k0 * nx * ny; idx < (long) k1 * nx * ny; idx++) {
            set((int) idx, true);
        }
    }

    /**
     * @param voxelSizeM        cubic voxel edge [m]
     * @param laterallyPeriodic whether the grid is one period of a laterally infinite patch (x and y periodic)
     * @return the microstructure (this builder can no longer be used)
     */
    public VoxelMicrostructure build(double voxelSizeM, boolean laterallyPeriodic) {
        long[] b = bits;
        bits = null;
        return new VoxelMicrostructure(nx, ny, nz, voxelSizeM, laterallyPeriodic, b);
    }
}
