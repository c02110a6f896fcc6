package org.metalnmr.susceptibility.shift;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;

/**
 * Shift distributions of body populations: particles (plates, needles, whiskers, spheroids) whose
 * symmetry axes follow an {@link AxisDistribution}, either isolated or packed in a deposit
 * ({@link PackedDeposit}). Each quadrature direction becomes a packet at K + BMS(direction) with its
 * weight. For axially symmetric particles the BMS shift is linear in n_z^2, so the packet mean is
 * exact for any quadrature that integrates n_z^2 exactly (the defaults do).
 */
public final class PopulationShift {

    /** Default Gauss-Legendre nodes in the polar variable. */
    public static final int DEFAULT_POLAR_NODES = 48;
    /** Default azimuths about the mean direction. */
    public static final int DEFAULT_AZIMUTH_NODES = 12;

    private PopulationShift() {
    }

    /**
     * Isolated particles with a distribution of axes.
     *
     * @param metal    Knight shift and chi
     * @param particle particle factors (axis = body z; N_t = (nxx + nyy)/2)
     * @param axes     axis distribution
     * @return the packets
     */
    public static ShiftDistribution isolated(MetalShiftParameters metal, DemagnetizingFactors particle, AxisDistribution axes) {
        return packed(metal, new PackedDeposit(0, particle, DemagnetizingFactors.SPHERE, new org.joml.Quaterniond()), axes);
    }

    /**
     * Particles in a packed deposit with a distribution of axes (mean field, per particle).
     *
     * @param metal   Knight shift and chi
     * @param deposit packing fraction, particle and region shapes
     * @param axes    axis distribution
     * @return the packets
     */
    public static ShiftDistribution packed(MetalShiftParameters metal, PackedDeposit deposit, AxisDistribution axes) {
        return packed(metal, deposit, axes, DEFAULT_POLAR_NODES, DEFAULT_AZIMUTH_NODES);
    }

    /**
     * @param metal        Knight shift and chi
     * @param deposit      packing fraction, particle and region shapes
     * @param axes         axis distribution
     * @param polarNodes   quadrature nodes in the polar variable
     * @param azimuthNodes azimuths about the mean direction
     * @return the packets
     */
    public static ShiftDistribution packed(MetalShiftParameters metal, PackedDeposit deposit, AxisDistribution axes,
                                           int polarNodes, int azimuthNodes) {
        Checks.inRange("azimuth nodes", "[count]", 1, 1e6, azimuthNodes);
        WeightedDirections d = axes.directions(polarNodes, azimuthNodes);
        double[] s = new double[d.size()];
        double[] w = new double[d.size()];
        Vector3d v = new Vector3d();
        for (int i = 0; i < d.size(); i++) {
            v.set(d.x()[i], d.y()[i], d.z()[i]);
            s[i] = metal.knightShiftPpm() + deposit.bmsShiftPpm(metal.chi(), v);
            w[i] = d.weightAt(i);
        }
        return new ShiftDistribution(s, w);
    }
}
