package org.metalnmr.microstructure.generate;

import org.metalnmr.microstructure.grid.OccupancyBits;

/**
 * Voxelises ellipsoids into a laterally periodic occupancy: a voxel is metal when its centre r satisfies
 * \( (\mathbf r - \mathbf c)^T A (\mathbf r - \mathbf c) \le 1 \) with \( A = \sum_i s_i^{-2} \mathbf u_i \mathbf u_i^T \)
 * (semi-axes s_i along the unit vectors u_i), wrapped across x and y, cut at the bottom and top of the box.
 */
final class VoxelBodies {

    private VoxelBodies() {
    }

    /**
     * The quadric of an ellipsoid: A (row major, 9 values) and the half-extents of its lab bounding box,
     * \( e_a = \sqrt{\sum_i s_i^2 u_{i,a}^2} \).
     *
     * @param semiAxes s_1, s_2, s_3 [m]
     * @param axes     u_1, u_2, u_3 as rows of a 3 x 3 matrix (row major, orthonormal)
     * @return {A00, A01, A02, A10, ..., A22, ex, ey, ez}
     */
    static double[] ellipsoid(double[] semiAxes, double[] axes) {
        double[] q = new double[12];
        for (int i = 0; i < 3; i++) {
            double w = 1 / (semiAxes[i] * semiAxes[i]);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    q[3 * a + b] += w * axes[3 * i + a] * axes[3 * i + b];
                }
                q[9 + a] += semiAxes[i] * semiAxes[i] * axes[3 * i + a] * axes[3 * i + a];
            }
        }
        for (int a = 0; a < 3; a++) {
            q[9 + a] = Math.sqrt(q[9 + a]);
        }
        return q;
    }

    /**
     * @param r radius [m]
     * @return the quadric of a sphere
     */
    static double[] sphere(double r) {
        return ellipsoid(new double[] {r, r, r}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    /**
     * Marks the voxels whose centres are inside the ellipsoid.
     *
     * @param bits   the occupancy (n x n x nz, x and y periodic)
     * @param h      voxel edge [m]
     * @param cx     centre x [m]
     * @param cy     centre y [m]
     * @param cz     centre z [m]
     * @param quadric from {@link #ellipsoid} or {@link #sphere}
     */
    static void drawEllipsoid(OccupancyBits bits, double h, double cx, double cy, double cz, double[] quadric) {
        int n = bits.nx();
        int nz = bits.nz();
        int i0 = (int) Math.floor((cx - quadric[9]) / h - 0.5);
        int i1 = (int) Math.ceil((cx + quadric[9]) / h - 0.5);
        int j0 = (int) Math.floor((cy - quadric[10]) / h - 0.5);
        int j1 = (int) Math.ceil((cy + quadric[10]) / h - 0.5);
        int k0 = Math.max(0, (int) Math.floor((cz - quadric[11]) / h - 0.5));
        int k1 = Math.min(nz - 1, (int) Math.ceil((cz + quadric[11]) / h - 0.5));
        for (int k = k0; k <= k1; k++) {
            double z = (k + 0.5) * h - cz;
            for (int j = j0; j <= j1; j++) {
                double y = (j + 0.5) * h - cy;
                for (int i = i0; i <= i1; i++) {
                    double x = (i + 0.5) * h - cx;
                    double f = quadric[0] * x * x + quadric[4] * y * y + quadric[8] * z * z
                            + 2 * (quadric[1] * x * y + quadric[2] * x * z + quadric[5] * y * z);
                    if (f <= 1) {
                        bits.set(Math.floorMod(i, n) + n * (Math.floorMod(j, bits.ny()) + bits.ny() * k), true);
                    }
                }
            }
        }
    }
}
