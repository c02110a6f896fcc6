package org.metalnmr.toolkit.forward;

/**
 * Trilinear interpolation of a cell-centred scalar field on a rectilinear voxel grid, with index
 * i + nx (j + ny k) and voxel centres at origin + (i + 1/2) dx. Points outside the grid take the
 * value of the nearest boundary voxel (clamped).
 *
 * @param nx     voxels along x
 * @param ny     voxels along y
 * @param nz     voxels along z
 * @param x0     x of the lower corner of voxel 0 [m]
 * @param y0     y of the lower corner [m]
 * @param z0     z of the lower corner [m]
 * @param dx     voxel size along x [m]
 * @param dy     voxel size along y [m]
 * @param dz     voxel size along z [m]
 * @param values one value per voxel (not copied: the sampler is internal to the forward model)
 */
record GridSampler(int nx, int ny, int nz, double x0, double y0, double z0, double dx, double dy, double dz,
                   double[] values) {

    /**
     * @param x point x [m]
     * @param y point y [m]
     * @param z point z [m]
     * @return the interpolated value
     */
    double sample(double x, double y, double z) {
        double fx = clamp((x - x0) / dx - 0.5, nx);
        double fy = clamp((y - y0) / dy - 0.5, ny);
        double fz = clamp((z - z0) / dz - 0.5, nz);
        int i = Math.min((int) fx, Math.max(nx - 2, 0));
        int j = Math.min((int) fy, Math.max(ny - 2, 0));
        int k = Math.min((int) fz, Math.max(nz - 2, 0));
        double tx = nx > 1 ? fx - i : 0;
        double ty = ny > 1 ? fy - j : 0;
        double tz = nz > 1 ? fz - k : 0;
        int i1 = Math.min(i + 1, nx - 1);
        int j1 = Math.min(j + 1, ny - 1);
        int k1 = Math.min(k + 1, nz - 1);
        double c00 = lerp(v(i, j, k), v(i1, j, k), tx);
        double c10 = lerp(v(i, j1, k), v(i1, j1, k), tx);
        double c01 = lerp(v(i, j, k1), v(i1, j, k1), tx);
        double c11 = lerp(v(i, j1, k1), v(i1, j1, k1), tx);
        return lerp(lerp(c00, c10, ty), lerp(c01, c11, ty), tz);
    }

    private double v(int i, int j, int k) {
        return values[i + nx * (j + ny * k)];
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double clamp(double f, int n) {
        return Math.max(0, Math.min(n - 1, f));
    }
}
