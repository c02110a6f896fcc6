package org.metalnmr.rf.potential;

/**
 * A symmetric positive (semi-)definite 7-point operator on a voxel grid, the finite-volume Laplacian
 * of the scalar potential in the air voxels:
 * \[ (A x)_c = d_c x_c - \sum_q g_{cq} x_q, \qquad d_c = \sum_q g_{cq} + b_c, \]
 * the sums over the six neighbours q of voxel c,
 * g_cq the conductance of the face between voxels c and q (0 when either is metal: the Neumann
 * condition of a perfect diamagnet, no flux through metal faces), b_c the Dirichlet term of the
 * outer faces of the grid (2 per outer face: the prescribed value sits half a voxel away). Metal
 * voxels have d_c = 0 and are not unknowns (their rows and columns are zero).
 *
 * <p>Coarse operators ({@link #coarsened()}) are the Galerkin products P<sup>T</sup> A P of the
 * piecewise-constant prolongation P over 2 x 2 x 2 blocks, scaled by 1/2: a coarse face conducts the
 * sum of the fine faces it covers (only faces between two air voxels: the metal mask is respected,
 * and a coarse voxel is metal only when all its children are), and the factor 1/2 makes the result
 * the rediscretised Laplacian on the coarse grid for smooth fields (a face of area (2h)^2 at
 * distance 2h conducts 2h, four fine faces conduct 4h). Without it the coarse correction of
 * piecewise-constant aggregation is half as large as it should be (Braess, Computing 54, 1995;
 * Vanek et al., Computing 56, 1996, on unsmoothed aggregation).
 *
 * <p>Voxel (i, j, k) is at index i + nx (j + ny k) (x fastest, as {@link MetalMask#index}); the loops run
 * along x innermost and the planes of the {@link PlaneLoop} are the planes of constant k. Conductances are
 * stored per voxel towards its +x, +y, +z neighbour (float: they are small integers times powers of 1/2, exact).
 */
final class VoxelOperator {

    final int nx;
    final int ny;
    final int nz;
    private final float[] gx;
    private final float[] gy;
    private final float[] gz;
    private final float[] d;

    private VoxelOperator(int nx, int ny, int nz, float[] gx, float[] gy, float[] gz, float[] d) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.gx = gx;
        this.gy = gy;
        this.gz = gz;
        this.d = d;
    }

    /**
     * The fine-grid operator: conductance 1 between face neighbours that are both air, Dirichlet
     * term 2 per outer grid face of an air voxel.
     *
     * @param lab labels (0 = air) at index i + nx (j + ny k)
     * @param nx  voxels along x
     * @param ny  voxels along y
     * @param nz  voxels along z
     * @return the operator
     */
    static VoxelOperator fromMask(byte[] lab, int nx, int ny, int nz) {
        int n = lab.length;
        float[] gx = new float[n];
        float[] gy = new float[n];
        float[] gz = new float[n];
        float[] d = new float[n];
        int sj = nx;
        int sk = nx * ny;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int c = i + nx * (j + ny * k);
                    if (lab[c] != 0) {
                        continue;
                    }
                    gx[c] = i < nx - 1 && lab[c + 1] == 0 ? 1 : 0;
                    gy[c] = j < ny - 1 && lab[c + sj] == 0 ? 1 : 0;
                    gz[c] = k < nz - 1 && lab[c + sk] == 0 ? 1 : 0;
                    float s = 0;
                    s += i == 0 ? 2 : lab[c - 1] == 0 ? 1 : 0;
                    s += i == nx - 1 ? 2 : lab[c + 1] == 0 ? 1 : 0;
                    s += j == 0 ? 2 : lab[c - sj] == 0 ? 1 : 0;
                    s += j == ny - 1 ? 2 : lab[c + sj] == 0 ? 1 : 0;
                    s += k == 0 ? 2 : lab[c - sk] == 0 ? 1 : 0;
                    s += k == nz - 1 ? 2 : lab[c + sk] == 0 ? 1 : 0;
                    d[c] = s;
                }
            }
        }
        return new VoxelOperator(nx, ny, nz, gx, gy, gz, d);
    }

    /** @return the number of voxels */
    int size() {
        return d.length;
    }

    /**
     * @param c a voxel index
     * @return true when the voxel is an unknown (air)
     */
    boolean active(int c) {
        return d[c] > 0;
    }

    /** @return the number of planes of constant k (the planes of the {@link PlaneLoop}) */
    int planes() {
        return nz;
    }

    /** @return the number of voxels in a plane of constant k */
    long planeSize() {
        return (long) nx * ny;
    }

    /**
     * y = A x on the planes k of one loop.
     *
     * @param x    input (any values in metal voxels; they are multiplied by zero conductances)
     * @param y    output, 0 in metal voxels
     * @param loop the plane loop
     */
    void apply(double[] x, double[] y, PlaneLoop loop) {
        loop.forEach(nz, planeSize(), k -> applyPlane(k, x, y, null));
    }

    /**
     * y = A x and the product x . y, formed plane by plane in order.
     *
     * @param x    input
     * @param y    output, 0 in metal voxels
     * @param loop the plane loop
     * @return x . A x
     */
    double applyDot(double[] x, double[] y, PlaneLoop loop) {
        long plane = planeSize();
        return loop.sum(nz, plane, k -> {
            applyPlane(k, x, y, null);
            double s = 0;
            for (int c = (int) (k * plane), e = (int) (c + plane); c < e; c++) {
                s += x[c] * y[c];
            }
            return s;
        });
    }

    /**
     * r = b - A x.
     *
     * @param b    right-hand side
     * @param x    current iterate
     * @param r    output
     * @param loop the plane loop
     */
    void residual(double[] b, double[] x, double[] r, PlaneLoop loop) {
        loop.forEach(nz, planeSize(), k -> applyPlane(k, x, r, b));
    }

    /** y = A x, or y = b - A x when b is given, on plane k. */
    private void applyPlane(int k, double[] x, double[] y, double[] b) {
        int sj = nx;
        int sk = nx * ny;
        if (k > 0 && k < nz - 1) {
            // inner plane: every neighbour index is inside the arrays, and a neighbour across a row or
            // plane end (i = -1 read as the previous row's last voxel, ...) has conductance 0, so no
            // bounds tests are needed; the sum is the same term for term (0 * finite = 0)
            for (int c = k * sk, e = c + sk; c < e; c++) {
                if (d[c] == 0) {
                    y[c] = 0;
                    continue;
                }
                double s = d[c] * x[c] - gx[c - 1] * x[c - 1] - gx[c] * x[c + 1] - gy[c - sj] * x[c - sj]
                        - gy[c] * x[c + sj] - gz[c - sk] * x[c - sk] - gz[c] * x[c + sk];
                y[c] = b == null ? s : b[c] - s;
            }
            return;
        }
        for (int j = 0; j < ny; j++) {
            int base = nx * (j + ny * k);
            for (int i = 0; i < nx; i++) {
                int c = base + i;
                if (d[c] == 0) {
                    y[c] = 0;
                    continue;
                }
                double s = d[c] * x[c];
                if (i > 0) {
                    s -= gx[c - 1] * x[c - 1];
                }
                if (i < nx - 1) {
                    s -= gx[c] * x[c + 1];
                }
                if (j > 0) {
                    s -= gy[c - sj] * x[c - sj];
                }
                if (j < ny - 1) {
                    s -= gy[c] * x[c + sj];
                }
                if (k > 0) {
                    s -= gz[c - sk] * x[c - sk];
                }
                if (k < nz - 1) {
                    s -= gz[c] * x[c + sk];
                }
                y[c] = b == null ? s : b[c] - s;
            }
        }
    }

    /**
     * One red-black Gauss-Seidel sweep: first every voxel of colour {@code first} ((i + j + k) mod 2),
     * then every voxel of the other colour, each set so that its equation holds with the current
     * values of its neighbours (all of the other colour). The two half-sweeps are fused plane by
     * plane (the second colour of plane k - 1 right after the first colour of plane k, which is all
     * it needs), so the grid streams through the cache once per sweep instead of twice; the planes
     * are cut into one contiguous chunk per thread, the second colour of the planes at the chunk
     * ends is done after all chunks have finished. The result is the same, bit for bit, as the two
     * plain half-sweeps, for any number of chunks.
     *
     * @param b     right-hand side
     * @param x     iterate, updated
     * @param first colour swept first, 0 (red) or 1 (black)
     * @param loop  the plane loop
     */
    void redBlackSweep(double[] b, double[] x, int first, PlaneLoop loop) {
        int second = 1 - first;
        int chunks = Math.max(1, Math.min(loop.chunks((long) nz * planeSize()), nz / 4));
        loop.forEach(chunks, (long) nz * planeSize() / chunks, t -> {
            int s = (int) ((long) nz * t / chunks);
            int e = (int) ((long) nz * (t + 1) / chunks);
            for (int k = s; k < e; k++) {
                colourPlane(k, b, x, first);
                if (k - 1 > s) {
                    colourPlane(k - 1, b, x, second);
                }
            }
        });
        loop.forEach(chunks, 2 * planeSize(), t -> {
            int s = (int) ((long) nz * t / chunks);
            int e = (int) ((long) nz * (t + 1) / chunks);
            colourPlane(s, b, x, second);
            if (e - 1 > s) {
                colourPlane(e - 1, b, x, second);
            }
        });
    }

    /** The Gauss-Seidel update of the voxels of one colour in plane k. */
    private void colourPlane(int k, double[] b, double[] x, int colour) {
        int sj = nx;
        int sk = nx * ny;
        if (k > 0 && k < nz - 1) {
            // inner plane: no bounds tests needed (see applyPlane)
            for (int j = 0; j < ny; j++) {
                int base = nx * (j + ny * k);
                for (int c = base + ((j + k + colour) & 1), e = base + nx; c < e; c += 2) {
                    if (d[c] == 0) {
                        continue;
                    }
                    x[c] = (b[c] + gx[c - 1] * x[c - 1] + gx[c] * x[c + 1] + gy[c - sj] * x[c - sj]
                            + gy[c] * x[c + sj] + gz[c - sk] * x[c - sk] + gz[c] * x[c + sk]) / d[c];
                }
            }
            return;
        }
        for (int j = 0; j < ny; j++) {
            int base = nx * (j + ny * k);
            for (int i = (j + k + colour) & 1; i < nx; i += 2) {
                int c = base + i;
                if (d[c] == 0) {
                    continue;
                }
                x[c] = (b[c] + neighbourSum(c, i, j, k, x)) / d[c];
            }
        }
    }

    /**
     * z = D<sup>-1</sup> r (Jacobi preconditioner).
     *
     * @param r residual
     * @param z output
     */
    void jacobi(double[] r, double[] z) {
        for (int c = 0; c < d.length; c++) {
            z[c] = d[c] > 0 ? r[c] / d[c] : 0;
        }
    }

    /**
     * z = (D + U)<sup>-1</sup> D (D + L)<sup>-1</sup> r: one lexicographic forward and one backward
     * Gauss-Seidel sweep from zero (SSOR with omega = 1, symmetric). Sequential by nature.
     *
     * @param r residual
     * @param z output
     */
    void symmetricGaussSeidel(double[] r, double[] z) {
        int sj = nx;
        int sk = nx * ny;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int base = nx * (j + ny * k);
                for (int i = 0; i < nx; i++) {
                    int c = base + i;
                    if (d[c] == 0) {
                        z[c] = 0;
                        continue;
                    }
                    double s = r[c];
                    if (i > 0) {
                        s += gx[c - 1] * z[c - 1];
                    }
                    if (j > 0) {
                        s += gy[c - sj] * z[c - sj];
                    }
                    if (k > 0) {
                        s += gz[c - sk] * z[c - sk];
                    }
                    z[c] = s / d[c];
                }
            }
        }
        for (int k = nz - 1; k >= 0; k--) {
            for (int j = ny - 1; j >= 0; j--) {
                int base = nx * (j + ny * k);
                for (int i = nx - 1; i >= 0; i--) {
                    int c = base + i;
                    if (d[c] == 0) {
                        continue;
                    }
                    double s = 0;
                    if (i < nx - 1) {
                        s += gx[c] * z[c + 1];
                    }
                    if (j < ny - 1) {
                        s += gy[c] * z[c + sj];
                    }
                    if (k < nz - 1) {
                        s += gz[c] * z[c + sk];
                    }
                    z[c] += s / d[c];
                }
            }
        }
    }

    /**
     * The coarse operator (1/2) P<sup>T</sup> A P on the grid of 2 x 2 x 2 blocks (a last odd
     * layer makes blocks of one voxel in that direction).
     *
     * @return the coarse operator
     */
    VoxelOperator coarsened() {
        int cx = (nx + 1) / 2;
        int cy = (ny + 1) / 2;
        int cz = (nz + 1) / 2;
        int n = cx * cy * cz;
        float[] cgx = new float[n];
        float[] cgy = new float[n];
        float[] cgz = new float[n];
        float[] cd = new float[n];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int c = i + nx * (j + ny * k);
                    if (d[c] == 0) {
                        continue;
                    }
                    int cc = (i >> 1) + cx * ((j >> 1) + cy * (k >> 1));
                    float s = d[c];
                    // a face inside the block: its coupling appears twice (c to q and q to c) in the block's sum
                    if ((i & 1) == 0) {
                        s -= 2 * gx[c];
                    } else {
                        cgx[cc] += gx[c];
                    }
                    if ((j & 1) == 0) {
                        s -= 2 * gy[c];
                    } else {
                        cgy[cc] += gy[c];
                    }
                    if ((k & 1) == 0) {
                        s -= 2 * gz[c];
                    } else {
                        cgz[cc] += gz[c];
                    }
                    cd[cc] += s;
                }
            }
        }
        for (int c = 0; c < n; c++) {
            cgx[c] *= 0.5f;
            cgy[c] *= 0.5f;
            cgz[c] *= 0.5f;
            cd[c] *= 0.5f;
        }
        return new VoxelOperator(cx, cy, cz, cgx, cgy, cgz, cd);
    }

    /**
     * Restriction P<sup>T</sup> of the residual b - A x, computed on the fly: the coarse right-hand
     * side is the sum of the fine residuals of each block. Only voxels of colour {@code colour} are
     * summed: after a red-black sweep that ended with the other colour, the residual of that other
     * colour is zero (its equations were just solved exactly).
     *
     * @param b      fine right-hand side
     * @param x      fine iterate
     * @param colour the colour whose residual is not zero
     * @param coarse coarse operator (its dimensions)
     * @param out    coarse values, overwritten
     * @param loop   the plane loop (over coarse planes)
     */
    void restrictResidual(double[] b, double[] x, int colour, VoxelOperator coarse, double[] out, PlaneLoop loop) {
        int cx = coarse.nx;
        int cy = coarse.ny;
        loop.forEach(coarse.nz, coarse.planeSize() * 8, ck -> {
            java.util.Arrays.fill(out, ck * cx * cy, (ck + 1) * cx * cy, 0);
            for (int k = 2 * ck; k < Math.min(nz, 2 * ck + 2); k++) {
                for (int j = 0; j < ny; j++) {
                    int base = nx * (j + ny * k);
                    int cbase = cx * ((j >> 1) + cy * ck);
                    for (int i = (j + k + colour) & 1; i < nx; i += 2) {
                        int c = base + i;
                        if (d[c] != 0) {
                            out[cbase + (i >> 1)] += residualAt(c, i, j, k, b, x);
                        }
                    }
                }
            }
        });
    }

    /** (b - A x) at air voxel c = (i, j, k). */
    private double residualAt(int c, int i, int j, int k, double[] b, double[] x) {
        int sj = nx;
        int sk = nx * ny;
        if (k > 0 && k < nz - 1) {
            // inner plane: no bounds tests needed (see applyPlane)
            return b[c] - d[c] * x[c] + gx[c - 1] * x[c - 1] + gx[c] * x[c + 1] + gy[c - sj] * x[c - sj]
                    + gy[c] * x[c + sj] + gz[c - sk] * x[c - sk] + gz[c] * x[c + sk];
        }
        return b[c] - d[c] * x[c] + neighbourSum(c, i, j, k, x);
    }

    /** Sum over the face neighbours of voxel c = (i, j, k) that lie inside the grid of g_face x[neighbour]. */
    private double neighbourSum(int c, int i, int j, int k, double[] x) {
        int sj = nx;
        int sk = nx * ny;
        double s = 0;
        if (i > 0) {
            s += gx[c - 1] * x[c - 1];
        }
        if (i < nx - 1) {
            s += gx[c] * x[c + 1];
        }
        if (j > 0) {
            s += gy[c - sj] * x[c - sj];
        }
        if (j < ny - 1) {
            s += gy[c] * x[c + sj];
        }
        if (k > 0) {
            s += gz[c - sk] * x[c - sk];
        }
        if (k < nz - 1) {
            s += gz[c] * x[c + sk];
        }
        return s;
    }

    /**
     * Prolongation P: adds each coarse value to the air voxels of its block.
     *
     * @param coarseX coarse values
     * @param coarse  coarse operator (its dimensions)
     * @param x       fine values, updated
     * @param loop    the plane loop (over fine planes)
     */
    void prolongAdd(double[] coarseX, VoxelOperator coarse, double[] x, PlaneLoop loop) {
        int cx = coarse.nx;
        int cy = coarse.ny;
        loop.forEach(nz, planeSize(), k -> {
            for (int j = 0; j < ny; j++) {
                int base = nx * (j + ny * k);
                int cbase = cx * ((j >> 1) + cy * (k >> 1));
                for (int i = 0; i < nx; i++) {
                    int c = base + i;
                    if (d[c] > 0) {
                        x[c] += coarseX[cbase + (i >> 1)];
                    }
                }
            }
        });
    }
}
