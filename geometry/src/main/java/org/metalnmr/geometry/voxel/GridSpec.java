package org.metalnmr.geometry.voxel;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.GeometryMessage;
import org.metalnmr.geometry.body.BoundingBox;

/**
 * A regular voxel grid in the lab frame. Voxel (i, j, k) spans
 * [origin + (i, j, k) * voxel size, origin + (i+1, j+1, k+1) * voxel size]; its centre is at
 * origin + (i + 1/2, j + 1/2, k + 1/2) * voxel size. Flat index {@code i + nx * (j + ny * k)}
 * (x fastest), the layout of every array of {@link MaterialGrid}.
 *
 * @param origin lower corner of voxel (0, 0, 0) [m] (copied)
 * @param voxelX voxel size along x [m], &gt; 0
 * @param voxelY voxel size along y [m], &gt; 0
 * @param voxelZ voxel size along z [m], &gt; 0
 * @param nx     voxels along x, &gt;= 1
 * @param ny     voxels along y, &gt;= 1
 * @param nz     voxels along z, &gt;= 1 (nx ny nz at most {@link #MAX_VOXELS})
 */
public record GridSpec(Vector3dc origin, double voxelX, double voxelY, double voxelZ, int nx, int ny, int nz) {

    /** Largest number of voxels of one grid: the length limit of a Java array. */
    public static final long MAX_VOXELS = Integer.MAX_VALUE - 8L;

    /** Validates and copies. */
    public GridSpec {
        origin = GeometryChecks.finiteCopy("grid origin", origin);
        Checks.positive("voxel size x", "[m]", voxelX);
        Checks.positive("voxel size y", "[m]", voxelY);
        Checks.positive("voxel size z", "[m]", voxelZ);
        if (nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz > MAX_VOXELS) {
            throw new InvalidInputException(GeometryMessage.GRID_DIMENSIONS, MAX_VOXELS, nx, ny, nz);
        }
    }

    /**
     * A grid of cubic voxels centred on a box, padded on every side.
     *
     * @param box       what the grid must hold
     * @param voxelSize edge of the cubic voxel (the target resolution) [m], &gt; 0
     * @param padding   extra space on every side [m], &gt;= 0
     * @return the grid: n_a = max(1, ceil((size_a + 2 padding) / voxelSize)) voxels along each axis,
     *         centred on the box
     */
    public static GridSpec covering(BoundingBox box, double voxelSize, double padding) {
        Checks.positive("voxel size", "[m]", voxelSize);
        Checks.nonNegative("grid padding", "[m]", padding);
        long[] n = new long[3];
        double[] size = {box.sizeX(), box.sizeY(), box.sizeZ()};
        for (int a = 0; a < 3; a++) {
            // the 1e-9 relative slack keeps a box of exactly m voxels at m, not m + 1
            n[a] = Math.max(1, (long) Math.ceil((size[a] + 2 * padding) / voxelSize * (1 - 1e-9)));
        }
        if (n[0] > Integer.MAX_VALUE || n[1] > Integer.MAX_VALUE || n[2] > Integer.MAX_VALUE) {
            throw new InvalidInputException(GeometryMessage.GRID_DIMENSIONS, MAX_VOXELS, n[0], n[1], n[2]);
        }
        Vector3d c = box.centre();
        Vector3d o = new Vector3d(c.x - n[0] * voxelSize / 2, c.y - n[1] * voxelSize / 2, c.z - n[2] * voxelSize / 2);
        return new GridSpec(o, voxelSize, voxelSize, voxelSize, (int) n[0], (int) n[1], (int) n[2]);
    }

    /**
     * @param box     what the grid must hold
     * @param across  voxels across the largest size of the box, &gt;= 1
     * @param padding extra space on every side [m], &gt;= 0
     * @return a grid of cubic voxels of edge box.maxSize() / across, centred on the box
     */
    public static GridSpec withVoxelsAcross(BoundingBox box, int across, double padding) {
        Checks.positive("voxels across", "[1]", across);
        return covering(box, box.maxSize() / across, padding);
    }

    /** @return nx * ny * nz */
    public long voxelCount() {
        return (long) nx * ny * nz;
    }

    /** @return the volume of one voxel [m^3] */
    public double voxelVolume() {
        return voxelX * voxelY * voxelZ;
    }

    /**
     * @param i x index
     * @param j y index
     * @param k z index
     * @return the flat index i + nx (j + ny k)
     */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /**
     * @param i x index
     * @return x of the voxel centre [m]
     */
    public double centreX(int i) {
        return origin.x() + (i + 0.5) * voxelX;
    }

    /**
     * @param j y index
     * @return y of the voxel centre [m]
     */
    public double centreY(int j) {
        return origin.y() + (j + 0.5) * voxelY;
    }

    /**
     * @param k z index
     * @return z of the voxel centre [m]
     */
    public double centreZ(int k) {
        return origin.z() + (k + 0.5) * voxelZ;
    }

    /** @return the box the grid covers */
    public BoundingBox boundingBox() {
        return new BoundingBox(origin.x(), origin.y(), origin.z(),
                origin.x() + nx * voxelX, origin.y() + ny * voxelY, origin.z() + nz * voxelZ);
    }
}
