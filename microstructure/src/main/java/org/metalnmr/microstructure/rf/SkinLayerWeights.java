package org.metalnmr.microstructure.rf;

import org.metalnmr.core.error.Checks;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * The complex NMR signal weight of each metal voxel from the skin layer, by reciprocity.
 *
 * <p>Formula (docs/physics.md sect. 3): in a good conductor the RF amplitude at depth x below the surface
 * is \( h(x) = b_t\, e^{-(1+i)x/\delta} \) (J. D. Jackson, Classical Electrodynamics, 3rd ed., sect. 8.1;
 * time dependence \( e^{+i\omega t} \), as rf-field's {@code SkinDepth}), and for small flip angles the
 * signal of a volume element goes as \( h^2 \), once for excitation and once for reception (Bloembergen,
 * J. Appl. Phys. 23, 1383, 1952):
 * \[ w = b_{t\perp}^2\, e^{-2(1+i)x/\delta} \]
 * so that a metal much thicker than delta gives equal absorption and dispersion (a 45 degree twist).
 * Symbols: x the depth [m], taken as the Euclidean distance from the voxel centre to the centre of the
 * nearest non-metal voxel minus half a voxel (the surface lies halfway; exact for the first layer under a
 * flat face); delta the skin depth [m]; \( b_{t\perp} \) the part perpendicular to B0 of the tangential
 * applied field at the nearest surface, relative to the applied B1.</p>
 *
 * <p>Approximations (stated, to be replaced by the cell's RF solve and the 3D eddy-current solver): the
 * applied B1 is uniform and transverse, of unit amplitude along a grid axis; at the surface only its part
 * tangential to the surface enters (the normal component vanishes at a good conductor's surface,
 * docs/physics.md sect. 3: surface-impedance approach), \( \mathbf b_t = \hat{\mathbf b}_1 - (\hat{\mathbf b}_1
 * \cdot\hat{\mathbf n})\hat{\mathbf n} \), without the field's enhancement at convex edges or its screening
 * between neighbouring bodies; the outward normal \( \hat{\mathbf n} \) is minus the normalised gradient of
 * the distance field (central differences); where that gradient vanishes (ridges at the centre of a body)
 * \( b_{t\perp}^2 \) takes its mean over random normals, 2/3; the field inside follows the planar decay from
 * the nearest surface (valid where the local radius of curvature exceeds delta).</p>
 */
public final class SkinLayerWeights {

    private final VoxelMicrostructure structure;
    private final boolean[] periodic;
    private final int[] squaredDistance;
    private final double skinDepthM;
    private final int b0Axis;
    private final int b1Axis;

    /**
     * @param structure       the structure
     * @param periodic        which axes (x, y, z) wrap around
     * @param squaredDistance the result of {@link EuclideanDistanceTransform#squaredDistances} (held, not copied)
     * @param skinDepthM      the skin depth delta [m]
     * @param b0Axis          the B0 axis (0 x, 1 y, 2 z)
     * @param b1Axis          the axis of the applied B1 (0 x, 1 y, 2 z), not the B0 axis
     */
    public SkinLayerWeights(VoxelMicrostructure structure, boolean[] periodic, int[] squaredDistance, double skinDepthM,
                            int b0Axis, int b1Axis) {
        Checks.positive("skin depth", "[m]", skinDepthM);
        Checks.inRange("B0 axis", "[0 x, 1 y, 2 z]", 0, 2, b0Axis);
        Checks.inRange("B1 axis", "[0 x, 1 y, 2 z]", 0, 2, b1Axis);
        if (b0Axis == b1Axis) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                    "B1 axis", "an axis perpendicular to B0", "the B0 axis " + b0Axis);
        }
        this.structure = structure;
        this.periodic = periodic.clone();
        this.squaredDistance = squaredDistance;
        this.skinDepthM = skinDepthM;
        this.b0Axis = b0Axis;
        this.b1Axis = b1Axis;
    }

    /**
     * @param index a metal voxel
     * @return its depth below the surface [m]
     */
    public double depthM(int index) {
        return (Math.sqrt(squaredDistance[index]) - 0.5) * structure.voxelSizeM();
    }

    /**
     * The squared transverse tangential field factor \( b_{t\perp}^2 \) at a metal voxel.
     *
     * @param i index along x
     * @param j index along y
     * @param k index along z
     * @return the factor, in [0, 1]
     */
    public double transverseFactor(int i, int j, int k) {
        // scalar arithmetic in the order of the vector form (no arrays: this runs once per metal voxel)
        double gx = distance(i + 1, j, k) - distance(i - 1, j, k);
        double gy = distance(i, j + 1, k) - distance(i, j - 1, k);
        double gz = distance(i, j, k + 1) - distance(i, j, k - 1);
        double norm = Math.sqrt(gx * gx + gy * gy + gz * gz);
        if (norm == 0) {
            return 2.0 / 3;
        }
        double nx = -gx / norm;
        double ny = -gy / norm;
        double nz = -gz / norm;
        double nb1 = b1Axis == 0 ? nx : b1Axis == 1 ? ny : nz;
        double tx = -nb1 * nx;
        double ty = -nb1 * ny;
        double tz = -nb1 * nz;
        if (b1Axis == 0) {
            tx += 1;
        } else if (b1Axis == 1) {
            ty += 1;
        } else {
            tz += 1;
        }
        if (b0Axis == 0) {
            tx = 0;
        } else if (b0Axis == 1) {
            ty = 0;
        } else {
            tz = 0;
        }
        return tx * tx + ty * ty + tz * tz;
    }

    /**
     * The complex weight of one metal voxel.
     *
     * @param i   index along x
     * @param j   index along y
     * @param k   index along z
     * @param out receives {real, imaginary}
     */
    public void weight(int i, int j, int k, double[] out) {
        int idx = i + structure.nx() * (j + structure.ny() * k);
        double x = depthM(idx) / skinDepthM;
        double a2 = transverseFactor(i, j, k);
        double m = a2 * Math.exp(-2 * x);
        out[0] = m * Math.cos(2 * x);
        out[1] = -m * Math.sin(2 * x);
    }

    private double distance(int i, int j, int k) {
        int d2 = squaredDistance[wrapped(i, structure.nx(), periodic[0])
                + structure.nx() * (wrapped(j, structure.ny(), periodic[1]) + structure.ny() * wrapped(k, structure.nz(), periodic[2]))];
        return d2 == EuclideanDistanceTransform.UNREACHED ? 1e9 : Math.sqrt(d2);
    }

    /** An index inside [0, n): wrapped on a periodic axis, else clamped (the distance field continues flat: no surface there). */
    private static int wrapped(int c, int n, boolean periodicAxis) {
        if (c >= 0 && c < n) {
            return c;
        }
        return periodicAxis ? Math.floorMod(c, n) : Math.max(0, Math.min(n - 1, c));
    }
}
