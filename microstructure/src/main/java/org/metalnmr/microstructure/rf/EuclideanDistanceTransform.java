package org.metalnmr.microstructure.rf;

import java.util.stream.IntStream;

import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * The exact squared Euclidean distance, in voxel units, from every voxel to the centre of the nearest
 * non-metal voxel (0 for non-metal voxels).
 *
 * <p>Algorithm: Felzenszwalb and Huttenlocher, "Distance transforms of sampled functions", Theory of
 * Computing 8, 415 (2012), sect. 2-3: the squared distance is separable,
 * \( D(\mathbf p) = \min_{\mathbf q} \sum_a (p_a - q_a)^2 + f(\mathbf q) \) with f = 0 on non-metal voxels and
 * infinite elsewhere, and each 1D pass \( d(p) = \min_q (p-q)^2 + f(q) \) is the lower envelope of parabolas,
 * O(n) per line; three passes (x, y, z) make O(N) in all. A periodic axis is transformed on the line
 * repeated three times (the middle copy kept), which is exact when the nearest surface lies less than one
 * period away. Outside the grid along a non-periodic axis is not a surface (the metal's cut there is no face:
 * the slab's bottom rests on the current collector; an imported stack's edge is not metal/vacuum).
 * Voxels with no non-metal voxel anywhere get {@link #UNREACHED}.</p>
 *
 * <p>Memory: one int per voxel (the result) and per-thread line buffers. The lines of a pass run in parallel on
 * the common fork-join pool.</p>
 */
public final class EuclideanDistanceTransform {

    /** Squared distance given to voxels that no non-metal voxel reaches. */
    public static final int UNREACHED = Integer.MAX_VALUE;

    private static final double INF = 1e20;

    private EuclideanDistanceTransform() {
    }

    /**
     * @param s        the structure
     * @param periodic which axes (x, y, z) wrap around
     * @return squared distances [voxel^2], index {@code i + nx (j + ny k)}
     */
    public static int[] squaredDistances(VoxelMicrostructure s, boolean[] periodic) {
        int nx = s.nx();
        int ny = s.ny();
        int nz = s.nz();
        int[] d = new int[s.voxelCount()];
        for (int idx = 0; idx < d.length; idx++) {
            d[idx] = s.isMetal(idx) ? UNREACHED : 0;
        }
        int maxLen = 3 * Math.max(nx, Math.max(ny, nz));
        ThreadLocal<Line> lines = ThreadLocal.withInitial(() -> new Line(maxLen));
        // the lines of one pass are independent: planes (x and y passes) and rows of columns (z pass) in parallel
        IntStream.range(0, nz).parallel().forEach(k -> {
            Line line = lines.get();
            for (int j = 0; j < ny; j++) {
                line.run(d, nx * (j + ny * k), 1, nx, periodic[0]);
            }
            for (int i = 0; i < nx; i++) {
                line.run(d, i + nx * ny * k, nx, ny, periodic[1]);
            }
        });
        IntStream.range(0, ny).parallel().forEach(j -> {
            Line line = lines.get();
            for (int i = 0; i < nx; i++) {
                line.run(d, i + nx * j, nx * ny, nz, periodic[2]);
            }
        });
        return d;
    }

    /** The 1D transform with its buffers. */
    private static final class Line {
        private final double[] f;
        private final double[] out;
        private final int[] v;
        private final double[] z;

        Line(int maxLen) {
            f = new double[maxLen];
            out = new double[maxLen];
            v = new int[maxLen];
            z = new double[maxLen + 1];
        }

        void run(int[] d, int start, int stride, int n, boolean periodic) {
            int copies = periodic ? 3 : 1;
            int len = copies * n;
            boolean any = false;
            for (int q = 0; q < n; q++) {
                int val = d[start + q * stride];
                double fv = val == UNREACHED ? INF : val;
                any |= val != UNREACHED;
                for (int c = 0; c < copies; c++) {
                    f[q + c * n] = fv;
                }
            }
            if (!any) {
                return;
            }
            transform(len);
            int offset = periodic ? n : 0;
            for (int q = 0; q < n; q++) {
                double r = out[q + offset];
                d[start + q * stride] = r >= INF / 2 ? UNREACHED : (int) Math.round(r);
            }
        }

        /** Lower envelope of the parabolas (q - p)^2 + f(p) (Felzenszwalb and Huttenlocher, Algorithm 1). */
        void transform(int n) {
            int k = 0;
            int first = 0;
            while (first < n && f[first] >= INF) {
                first++;
            }
            v[0] = first;
            z[0] = Double.NEGATIVE_INFINITY;
            z[1] = Double.POSITIVE_INFINITY;
            for (int q = first + 1; q < n; q++) {
                if (f[q] >= INF) {
                    continue;
                }
                double s = intersection(q, v[k]);
                while (s <= z[k]) {
                    k--;
                    s = intersection(q, v[k]);
                }
                k++;
                v[k] = q;
                z[k] = s;
                z[k + 1] = Double.POSITIVE_INFINITY;
            }
            k = 0;
            for (int q = 0; q < n; q++) {
                while (z[k + 1] < q) {
                    k++;
                }
                double dq = q - v[k];
                out[q] = dq * dq + f[v[k]];
            }
        }

        private double intersection(int q, int p) {
            return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
        }
    }
}
