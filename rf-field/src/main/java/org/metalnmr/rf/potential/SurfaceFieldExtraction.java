package org.metalnmr.rf.potential;

import java.util.ArrayList;
import java.util.List;

/**
 * The total field H = H_a - grad psi' from a solved reduced potential: at the voxel centres (central differences of the
 * face derivatives; at a metal face the Neumann datum, at an outer face the prescribed boundary value) and on the metal
 * surface. A surface element is made for every air/metal voxel face; its outward normal n is estimated from the
 * gradient of the box-smoothed metal indicator, its area is weighted by h<sup>2</sup> / (|n_x| + |n_y| + |n_z|) (the
 * true element whose projections the staircase faces are), and its field is sampled at {@link #SAMPLE_1} and
 * {@link #SAMPLE_2} voxels out along n (trilinear interpolation of the cell-centred field over air cells) and
 * extrapolated linearly back to the surface; the tangential part is kept (B . n = 0 on a perfect diamagnet).
 */
final class SurfaceFieldExtraction {

    /**
     * Distances (in voxels) from a surface face, along the estimated normal, at which the field is
     * sampled (trilinear interpolation of the cell-centred field) and linearly extrapolated back to
     * the surface. Closer than about 1.5 voxels the staircase roughness depresses the field (the
     * sphere's mean |h_t|^2 comes out 20% low at 1 and 2 voxels); 1.5 and 3 gave the smallest
     * error on the sphere at 8 and 16 voxels per radius (docs/rf-solvers.md).
     */
    static final double SAMPLE_1 = 1.5;
    static final double SAMPLE_2 = 3.0;

    private final MaskFaces g;
    private final MetalMask mask;
    private final AppliedField3D field;
    private final OuterBoundary boundary;
    private final double[] phi;

    /**
     * @param faces    the grid
     * @param field    the applied field
     * @param boundary the outer boundary the potential was solved with
     * @param phi      the reduced potential at the voxel centres
     */
    SurfaceFieldExtraction(MaskFaces faces, AppliedField3D field, OuterBoundary boundary, double[] phi) {
        this.g = faces;
        this.mask = faces.mask;
        this.field = field;
        this.boundary = boundary;
        this.phi = phi;
    }

    /** d psi'/d(axis) at the face of cell (i, j, k) toward direction s along axis. */
    private double faceDerivative(int i, int j, int k, int axis, int s, double[] ha) {
        double h = g.h;
        int c = g.index(i, j, k);
        int q = g.neighbour(i, j, k, axis, s);
        if (q < 0) {
            double[] f = g.faceCentre(i, j, k, axis, s);
            double pb = boundary.potential(f[0], f[1], f[2]);
            return s * (pb - phi[c]) / (0.5 * h);
        }
        if (g.lab[q] == 0) {
            return s * (phi[q] - phi[c]) / h;
        }
        double[] f = g.faceCentre(i, j, k, axis, s);
        field.field(f[0], f[1], f[2], ha);
        return ha[axis];
    }

    /** @return the total field at the centre of air cell (i, j, k), in out */
    double[] cellField(int i, int j, int k, double[] out) {
        double[] ha = new double[3];
        field.field(mask.centerX(i), mask.centerY(j), mask.centerZ(k), out);
        for (int axis = 0; axis < 3; axis++) {
            double dp = faceDerivative(i, j, k, axis, 1, ha);
            double dm = faceDerivative(i, j, k, axis, -1, ha);
            out[axis] -= 0.5 * (dp + dm);
        }
        return out;
    }

    /** Trilinear interpolation of the cell-centred total field over the air cells among the 8 nearest. */
    double[] fieldAt(double x, double y, double z, double[] scratch) {
        double h = g.h;
        double u = (x - mask.originM()[0]) / h - 0.5;
        double v = (y - mask.originM()[1]) / h - 0.5;
        double w = (z - mask.originM()[2]) / h - 0.5;
        int i0 = (int) Math.floor(u);
        int j0 = (int) Math.floor(v);
        int k0 = (int) Math.floor(w);
        double[] out = new double[3];
        double wsum = 0;
        for (int di = 0; di < 2; di++) {
            for (int dj = 0; dj < 2; dj++) {
                for (int dk = 0; dk < 2; dk++) {
                    int a = i0 + di;
                    int b = j0 + dj;
                    int e = k0 + dk;
                    if (!g.isAir(a, b, e)) {
                        continue;
                    }
                    double wt = (di == 0 ? 1 - (u - i0) : u - i0) * (dj == 0 ? 1 - (v - j0) : v - j0)
                            * (dk == 0 ? 1 - (w - k0) : w - k0);
                    if (wt <= 0) {
                        continue;
                    }
                    cellField(a, b, e, scratch);
                    for (int m = 0; m < 3; m++) {
                        out[m] += wt * scratch[m];
                    }
                    wsum += wt;
                }
            }
        }
        if (wsum > 0) {
            for (int m = 0; m < 3; m++) {
                out[m] /= wsum;
            }
        }
        return out;
    }

    private double smoothedMetal(int i, int j, int k) {
        int count = 0;
        for (int a = i - 1; a <= i + 1; a++) {
            for (int b = j - 1; b <= j + 1; b++) {
                for (int e = k - 1; e <= k + 1; e++) {
                    if (a >= 0 && a < g.nx && b >= 0 && b < g.ny && e >= 0 && e < g.nz && g.lab[g.index(a, b, e)] != 0) {
                        count++;
                    }
                }
            }
        }
        return count / 27.0;
    }

    private double[] metalGradient(int i, int j, int k) {
        return new double[] {
            smoothedMetal(i + 1, j, k) - smoothedMetal(i - 1, j, k),
            smoothedMetal(i, j + 1, k) - smoothedMetal(i, j - 1, k),
            smoothedMetal(i, j, k + 1) - smoothedMetal(i, j, k - 1)};
    }

    /** @return one element per air/metal voxel face (class comment) */
    List<SurfaceElement> surfaceElements() {
        List<SurfaceElement> out = new ArrayList<>();
        double[] hc = new double[3];
        double h = g.h;
        for (int k = 0; k < g.nz; k++) {
            for (int j = 0; j < g.ny; j++) {
                for (int i = 0; i < g.nx; i++) {
                    int c = g.index(i, j, k);
                    if (g.lab[c] != 0) {
                        continue;
                    }
                    for (int dir = 0; dir < 6; dir++) {
                        int axis = dir >> 1;
                        int s = (dir & 1) == 0 ? 1 : -1;
                        int q = g.neighbour(i, j, k, axis, s);
                        if (q < 0 || g.lab[q] == 0) {
                            continue;
                        }
                        int[] mi = {i, j, k};
                        mi[axis] += s;
                        double[] g1 = metalGradient(i, j, k);
                        double[] g2 = metalGradient(mi[0], mi[1], mi[2]);
                        double[] nrm = {-(g1[0] + g2[0]), -(g1[1] + g2[1]), -(g1[2] + g2[2])};
                        double len = Math.sqrt(nrm[0] * nrm[0] + nrm[1] * nrm[1] + nrm[2] * nrm[2]);
                        // the normal must point from the metal into this air cell
                        if (len < 1e-12 || nrm[axis] * -s <= 0) {
                            nrm = new double[3];
                            nrm[axis] = -s;
                            len = 1;
                        }
                        for (int a = 0; a < 3; a++) {
                            nrm[a] /= len;
                        }
                        double area = h * h / (Math.abs(nrm[0]) + Math.abs(nrm[1]) + Math.abs(nrm[2]));
                        double[] f = g.faceCentre(i, j, k, axis, s);
                        // field at SAMPLE_1 and SAMPLE_2 voxels out along the normal, extrapolated to the surface
                        double[] h1 = fieldAt(f[0] + SAMPLE_1 * h * nrm[0], f[1] + SAMPLE_1 * h * nrm[1],
                                f[2] + SAMPLE_1 * h * nrm[2], hc);
                        double[] h2 = fieldAt(f[0] + SAMPLE_2 * h * nrm[0], f[1] + SAMPLE_2 * h * nrm[1],
                                f[2] + SAMPLE_2 * h * nrm[2], hc);
                        double[] hs = new double[3];
                        for (int a = 0; a < 3; a++) {
                            hs[a] = (SAMPLE_2 * h1[a] - SAMPLE_1 * h2[a]) / (SAMPLE_2 - SAMPLE_1);
                        }
                        double hn = hs[0] * nrm[0] + hs[1] * nrm[1] + hs[2] * nrm[2];
                        out.add(new SurfaceElement(g.lab[q], f[0], f[1], f[2], nrm[0], nrm[1], nrm[2], area,
                                hs[0] - hn * nrm[0], hs[1] - hn * nrm[1], hs[2] - hn * nrm[2]));
                    }
                }
            }
        }
        return out;
    }

    /** @return h per voxel centre as (hx, hy, hz) at 3 c, 3 c + 1, 3 c + 2 (zero inside metal) */
    float[] fieldVectors() {
        float[] m = new float[3 * phi.length];
        double[] hc = new double[3];
        for (int k = 0; k < g.nz; k++) {
            for (int j = 0; j < g.ny; j++) {
                for (int i = 0; i < g.nx; i++) {
                    int c = g.index(i, j, k);
                    if (g.lab[c] == 0) {
                        cellField(i, j, k, hc);
                        m[3 * c] = (float) hc[0];
                        m[3 * c + 1] = (float) hc[1];
                        m[3 * c + 2] = (float) hc[2];
                    }
                }
            }
        }
        return m;
    }
}
