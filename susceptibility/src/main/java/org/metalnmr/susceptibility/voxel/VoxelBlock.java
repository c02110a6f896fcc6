package org.metalnmr.susceptibility.voxel;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * A box-aligned block of voxels {@code [x0, x0+nx) x [y0, y0+ny) x [z0, z0+nz)} of a grid: the support
 * of a map (the smallest block holding its non-zero values), cut out of the grid for the pruned solve
 * ({@link VoxelFieldSolver#planInBox}).
 *
 * @param x0 first voxel along x
 * @param y0 first voxel along y
 * @param z0 first voxel along z
 * @param nx voxels along x, at least 1
 * @param ny voxels along y, at least 1
 * @param nz voxels along z, at least 1
 */
record VoxelBlock(int x0, int y0, int z0, int nx, int ny, int nz) {

    VoxelBlock {
        if (x0 < 0 || y0 < 0 || z0 < 0 || nx < 1 || ny < 1 || nz < 1) {
            throw new InvalidInputException(SusceptibilityMessage.VOXEL_BLOCK, x0, y0, z0, nx, ny, nz);
        }
    }

    /**
     * @param v  values on a grid, index {@code i + gx (j + gy k)}
     * @param gx grid voxels along x
     * @param gy grid voxels along y
     * @param gz grid voxels along z
     * @return the smallest block holding every non-zero value (the first voxel when all are zero)
     */
    static VoxelBlock supportOf(double[] v, int gx, int gy, int gz) {
        int xl = gx;
        int yl = gy;
        int zl = gz;
        int xh = -1;
        int yh = -1;
        int zh = -1;
        for (int k = 0; k < gz; k++) {
            for (int j = 0; j < gy; j++) {
                int row = gx * (j + gy * k);
                for (int i = 0; i < gx; i++) {
                    if (v[row + i] != 0) {
                        xl = Math.min(xl, i);
                        xh = Math.max(xh, i);
                        yl = Math.min(yl, j);
                        yh = Math.max(yh, j);
                        zl = Math.min(zl, k);
                        zh = Math.max(zh, k);
                    }
                }
            }
        }
        if (xh < 0) {
            return new VoxelBlock(0, 0, 0, 1, 1, 1);
        }
        return new VoxelBlock(xl, yl, zl, xh - xl + 1, yh - yl + 1, zh - zl + 1);
    }

    /** @return voxels in the block */
    int size() {
        return nx * ny * nz;
    }

    /**
     * @param v  values on the grid
     * @param gx grid voxels along x
     * @param gy grid voxels along y
     * @return the block's values, index {@code i + nx (j + ny k)} relative to the block
     */
    double[] extract(double[] v, int gx, int gy) {
        double[] b = new double[size()];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                System.arraycopy(v, x0 + gx * (y0 + j + gy * (z0 + k)), b, nx * (j + ny * k), nx);
            }
        }
        return b;
    }

    /**
     * @param i grid index along x
     * @param j grid index along y
     * @param k grid index along z
     * @return the index in the block's array, or -1 outside the block
     */
    int indexOf(int i, int j, int k) {
        int a = i - x0;
        int b = j - y0;
        int c = k - z0;
        if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) {
            return -1;
        }
        return a + nx * (b + ny * c);
    }
}
