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
 * \( b_{t\perp}^2 \) takes its mean over random normals (3/5 for a unit field perpendicular to B0); the field inside follows the planar decay from
 * the nearest surface (valid where the local radius of curvature exceeds delta).</p>
 */
public final class SkinLayerWeights {

    private final VoxelMicrostructure structure;
    private final boolean[] periodic;
    private final int[] squaredDistance;
    private final double skinDepthM;
    private final int b0Axis;
    private final double[] b1;

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
        this.b1 = new double[3];
        this.b1[b1Axis] = 1;
    }

    /**
     * Weights for an applied field of any direction and amplitude (e.g. the cell's RF field at the patch, in grid axes,
     * relative to the coil's field): the factor becomes \( |P_\perp(\mathbf b_1 - (\mathbf b_1\cdot\hat{\mathbf n})
     * \hat{\mathbf n})|^2 \), \( P_\perp \) the projection perpendicular to B0; a component along B0 is allowed (it
     * enters through the walls it is tangential to only as far as it has a part perpendicular to B0).
     *
     * @param structure       the structure
     * @param periodic        which axes (x, y, z) wrap around
     * @param squaredDistance the result of {@link EuclideanDistanceTransform#squaredDistances} (held, not copied)
     * @param skinDepthM      the skin depth delta [m]
     * @param b0Axis          the B0 axis (0 x, 1 y, 2 z)
     * @param b1Vector        the applied RF field in grid axes (x, y, z), relative units (copied)
     */
    public SkinLayerWeights(VoxelMicrostructure structure, boolean[] periodic, int[] squaredDistance, double skinDepthM,
                            int b0Axis, double[] b1Vector) {
        Checks.positive("skin depth", "[m]", skinDepthM);
        Checks.inRange("B0 axis", "[0 x, 1 y, 2 z]", 0, 2, b0Axis);
        if (b1Vector.length != 3) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                    "B1 vector", "three components (x, y, z)", b1Vector.length + " components");
        }
        for (double c : b1Vector) {
            Checks.finite("B1 vector component [1]", c);
        }
        this.structure = structure;
        this.periodic = periodic.clone();
        this.squaredDistance = squaredDistance;
        this.skinDepthM = skinDepthM;
        this.b0Axis = b0Axis;
        this.b1 = b1Vector.clone();
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
            return ridgeMean();
        }
        double nx = -gx / norm;
        double ny = -gy / norm;
        double nz = -gz / norm;
        double bn = b1[0] * nx + b1[1] * ny + b1[2] * nz;
        double tx = b0Axis == 0 ? 0 : b1[0] - bn * nx;
        double ty = b0Axis == 1 ? 0 : b1[1] - bn * ny;
        double tz = b0Axis == 2 ? 0 : b1[2] - bn * nz;
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

    /**
     * The mean of \( |t_\perp|^2 \), \( \mathbf t = \mathbf b_1 - (\mathbf b_1\cdot\hat{\mathbf n})\hat{\mathbf n} \),
     * over isotropic normals, used where the distance gradient vanishes (ridges). With \( \langle n_a n_b\rangle =
     * \delta_{ab}/3 \) and \( \langle n_a n_b n_c n_d\rangle = (\delta_{ab}\delta_{cd} + \delta_{ac}\delta_{bd} +
     * \delta_{ad}\delta_{bc})/15 \): \( \langle|\mathbf t|^2\rangle = \tfrac23 b^2 \) and
     * \( \langle t_0^2\rangle = \tfrac13 b_0^2 + \tfrac1{15}(b^2 + 2 b_0^2) \), b_0 the component along B0; so 3/5 for a
     * unit field perpendicular to B0.
     */
    private double ridgeMean() {
        double b2 = b1[0] * b1[0] + b1[1] * b1[1] + b1[2] * b1[2];
        double b0 = b1[b0Axis];
        return Math.max(0, 2 * b2 / 3 - b0 * b0 / 3 - (b2 + 2 * b0 * b0) / 15);
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
