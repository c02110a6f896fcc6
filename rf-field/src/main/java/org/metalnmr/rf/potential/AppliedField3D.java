package org.metalnmr.rf.potential;

/**
 * The RF field that would exist without the metal, as a vector per point (any consistent unit:
 * H/H0, or B1 per unit coil current). It is evaluated only on the metal surfaces and within a few
 * voxels of them, where it must be free of sources (no coil winding there); the grid itself may
 * extend past the winding, because the reaction potential of the metal is harmonic everywhere
 * outside the metal whatever currents produce the applied field.
 */
@FunctionalInterface
public interface AppliedField3D {

    /**
     * @param x   [m]
     * @param y   [m]
     * @param z   [m]
     * @param out receives {hx, hy, hz}
     */
    void field(double x, double y, double z, double[] out);

    /**
     * @param direction the direction (normalised here)
     * @return a uniform field of unit amplitude
     */
    static AppliedField3D uniform(double[] direction) {
        double n = Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
        double ex = direction[0] / n;
        double ey = direction[1] / n;
        double ez = direction[2] / n;
        return (x, y, z, out) -> {
            out[0] = ex;
            out[1] = ey;
            out[2] = ez;
        };
    }
}
