package org.metalnmr.toolkit.forward;

import org.metalnmr.spectra.plot.HeatMap;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.rf.potential.MetalMask;
import org.metalnmr.rf.potential.PotentialSolution3D;

/**
 * Cross-section maps of a simulated cell in the lab x-z plane through the stack centre (B1 along x,
 * horizontal; B0 along z, vertical): the RF amplitude |B1|/B1,applied around the metal (grey inside
 * metal, where the field is confined to the skin layer; sequential colour scale) and the BMS shift dBz/B0 of the stack
 * (signed: diverging colour scale centred on zero).
 */
public final class CellMaps {

    private CellMaps() {
    }

    /**
     * @param sim   a simulation
     * @param title title
     * @return the |B1| map
     */
    public static HeatMap b1(ForwardSimulation sim, String title) {
        PotentialSolution3D sol = sim.rfField().solution();
        MetalMask mask = sol.mask();
        int j = mask.ny() / 2;
        double[][] v = new double[mask.nx()][mask.nz()];
        for (int i = 0; i < mask.nx(); i++) {
            for (int k = 0; k < mask.nz(); k++) {
                v[i][k] = mask.label(i, j, k) != 0 ? Double.NaN : sol.fieldMagnitude(i, j, k);
            }
        }
        double h = mask.voxelSizeM();
        double[] o = mask.originM();
        return HeatMap.of(title, "|B1| / B1,applied [1]", v, o[0] * 1e3, (o[0] + mask.nx() * h) * 1e3,
                o[2] * 1e3, (o[2] + mask.nz() * h) * 1e3).withAxisLabels("x (along B1) [mm]", "z (along B0) [mm]").withRange(0, 2);
    }

    /**
     * @param sim   a simulation
     * @param title title
     * @return the BMS shift map
     */
    public static HeatMap shift(ForwardSimulation sim, String title) {
        CellBmsField f = sim.bmsField();
        GridSpec g = f.grid();
        double[] s = f.shiftValues();
        int j = g.ny() / 2;
        double[][] v = new double[g.nx()][g.nz()];
        for (int i = 0; i < g.nx(); i++) {
            for (int k = 0; k < g.nz(); k++) {
                v[i][k] = s[g.index(i, j, k)];
            }
        }
        double x0 = g.origin().x();
        double z0 = g.origin().z();
        // diverging scale centred on zero, reaching the 98th percentile of |shift|, so that the thin, strongly
        // paramagnetic Ti foil does not wash out the rest (values beyond are drawn in the end colours)
        double[] sorted = java.util.Arrays.stream(v).flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite)
                .map(Math::abs).sorted().toArray();
        double limit = sorted.length == 0 ? 0 : sorted[(int) (0.98 * (sorted.length - 1))];
        return HeatMap.of(title, "BMS shift dBz/B0 [ppm]", v, x0 * 1e3, (x0 + g.nx() * g.voxelX()) * 1e3,
                z0 * 1e3, (z0 + g.nz() * g.voxelZ()) * 1e3).withAxisLabels("x (along B1) [mm]", "z (along B0) [mm]")
                .withDivergingScale(limit > 0 ? limit : 1);
    }
}
