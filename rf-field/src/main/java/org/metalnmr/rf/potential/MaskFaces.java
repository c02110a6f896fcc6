package org.metalnmr.rf.potential;

/**
 * The voxel faces of a {@link MetalMask}: linear index of a voxel, its neighbour across a face, and the
 * face's centre. Directions are numbered {@code dir = 2 axis + (s < 0 ? 1 : 0)}, s = +1 or -1 along the axis.
 */
final class MaskFaces {

    final MetalMask mask;
    final int nx;
    final int ny;
    final int nz;
    final double h;
    final byte[] lab;

    MaskFaces(MetalMask mask) {
        this.mask = mask;
        this.nx = mask.nx();
        this.ny = mask.ny();
        this.nz = mask.nz();
        this.h = mask.voxelSizeM();
        this.lab = mask.labels();
    }

    /** @return the linear index i + nx (j + ny k) of voxel (i, j, k) (x fastest, as {@link MetalMask#index}) */
    int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** @return whether voxel (i, j, k) lies in the grid and is air (label 0) */
    boolean isAir(int i, int j, int k) {
        return i >= 0 && i < nx && j >= 0 && j < ny && k >= 0 && k < nz && lab[index(i, j, k)] == 0;
    }

    /**
     * @return the index of the neighbour of (i, j, k) one step s (+1 or -1) along axis, or -1 outside the grid
     */
    int neighbour(int i, int j, int k, int axis, int s) {
        int a = i;
        int b = j;
        int e = k;
        if (axis == 0) {
            a += s;
        } else if (axis == 1) {
            b += s;
        } else {
            e += s;
        }
        if (a < 0 || a >= nx || b < 0 || b >= ny || e < 0 || e >= nz) {
            return -1;
        }
        return a + nx * (b + ny * e);
    }

    /** @return the centre of the face of voxel (i, j, k) toward s along axis [m] */
    double[] faceCentre(int i, int j, int k, int axis, int s) {
        double[] f = {mask.centerX(i), mask.centerY(j), mask.centerZ(k)};
        f[axis] += 0.5 * s * h;
        return f;
    }

    /** @return the centroid of the metal voxels [m] */
    double[] metalCentroid() {
        double[] c = new double[3];
        long count = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (lab[index(i, j, k)] != 0) {
                        c[0] += mask.centerX(i);
                        c[1] += mask.centerY(j);
                        c[2] += mask.centerZ(k);
                        count++;
                    }
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            c[a] /= count;
        }
        return c;
    }
}
