package org.metalnmr.rf.potential;

/**
 * One voxel face on a metal surface, with the tangential RF field just outside it.
 *
 * @param part     the label of the metal part (1-based, see {@link MetalMask#partNames()})
 * @param x        face centre x [m]
 * @param y        face centre y [m]
 * @param z        face centre z [m]
 * @param normalX  estimated outward unit normal of the true surface, x
 * @param normalY  estimated outward unit normal, y
 * @param normalZ  estimated outward unit normal, z
 * @param areaM2   the true surface area this face stands for [m^2] (h^2 / (|nx| + |ny| + |nz|))
 * @param hx       field just outside, x component (unit of the applied field)
 * @param hy       field just outside, y component
 * @param hz       field just outside, z component
 */
public record SurfaceElement(int part, double x, double y, double z, double normalX, double normalY, double normalZ,
                             double areaM2, double hx, double hy, double hz) {

    /** @return |h_t|^2 = |h|^2 (the normal component vanishes on a perfect diamagnet) */
    public double tangentialSquared() {
        return hx * hx + hy * hy + hz * hz;
    }

    /**
     * @param b0 unit vector of the static field B0
     * @return |h_t|^2 - (h_t . b0)^2: the part of |h_t|^2 transverse to B0, which a linearly polarised
     *         coil excites and receives
     */
    public double transverseSquared(double[] b0) {
        double p = hx * b0[0] + hy * b0[1] + hz * b0[2];
        return tangentialSquared() - p * p;
    }
}
