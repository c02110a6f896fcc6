package org.metalnmr.susceptibility.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.RandomPrismPacking;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;

/**
 * The packed-deposit mean-field model against explicit voxel solves of random packings of
 * grid-aligned prisms (exact on the voxels, cell kernel) in a flat region, with the region's normal
 * along B0 and perpendicular to it, for packing fractions 0.1, 0.2, 0.3. Compared: the mean shift over
 * all particle voxels vs chi (1/3 - (1-p) N_p - p N_s) with Aharoni factors for particle and region.
 * Tolerances from the measured differences (docs/susceptibility.md): compact particles (cubes) within
 * 0.01 chi at every p; elongated particles (3:1) within 0.02 chi at p = 0.1 and 0.04 chi at p = 0.3
 * (neighbour correlations of elongated particles grow with p and are not in the model).
 */
class PackedDepositVoxelTest {

    @ParameterizedTest(name = "region {0}x{1}x{2}, particle {3}x{4}x{5}, p = {6}")
    @CsvSource({
        "32,32,8, 2,2,2, 0.1, 0.01",
        "32,32,8, 2,2,2, 0.2, 0.01",
        "32,32,8, 2,2,2, 0.3, 0.01",
        "8,32,32, 2,2,2, 0.1, 0.01",
        "8,32,32, 2,2,2, 0.3, 0.01",
        "32,32,8, 2,2,6, 0.1, 0.02",
        "32,32,8, 2,2,6, 0.3, 0.04",
        "8,32,32, 2,2,6, 0.3, 0.04",
    })
    void meanFieldMatchesVoxelSolve(int rx, int ry, int rz, int px, int py, int pz, double p, double tolerance) {
        double chi = 1e-5;
        int nx = rx + 4;
        int ny = ry + 4;
        int nz = rz + 4;
        RandomPrismPacking packing = new RandomPrismPacking(nx, ny, nz, new int[] {2, 2, 2}, new int[] {rx, ry, rz},
                new int[] {px, py, pz});
        double[] occ = packing.place(p, 42);
        double achieved = packing.fraction(occ);
        double[] c = occ.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= chi;
        }
        double h = 1e-6;
        double[] s = VoxelFieldSolver.create().withThreads(2).solve(new ChiGrid(nx, ny, nz, h, h, h, c)).shiftPpm();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (occ[i] > 0) {
                sum += s[i];
                n++;
            }
        }
        double voxelMean = sum / n / (1e6 * chi);
        PackedDeposit model = new PackedDeposit(achieved, new PrismDemagnetization(px, py, pz).factors(),
                new PrismDemagnetization(rx, ry, rz).factors(), new Quaterniond());
        double meanField = model.bmsShiftPpm(chi, new Vector3d(0, 0, 1)) / (1e6 * chi);
        assertEquals(meanField, voxelMean, tolerance);
    }
}
