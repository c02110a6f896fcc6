package org.metalnmr.microstructure.rf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/** The linear-time transform equals the brute-force minimum over all non-metal voxels, exactly. */
class EuclideanDistanceTransformTest {

    @ParameterizedTest
    @CsvSource({"0.9, false, 1", "0.99, false, 2", "0.97, true, 3", "0.5, true, 4", "0.999, true, 5"})
    void equalsBruteForce(double metalFraction, boolean periodicXy, long seed) {
        int nx = 11;
        int ny = 9;
        int nz = 7;
        SplittableRandom rng = new SplittableRandom(seed);
        OccupancyBits b = new OccupancyBits(nx, ny, nz);
        for (int idx = 0; idx < nx * ny * nz; idx++) {
            b.set(idx, rng.nextDouble() < metalFraction);
        }
        VoxelMicrostructure s = b.build(1e-6, periodicXy);
        boolean[] periodic = {periodicXy, periodicXy, false};
        int[] d = EuclideanDistanceTransform.squaredDistances(s, periodic);
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    assertEquals(brute(s, i, j, k, periodic), d[i + nx * (j + ny * k)], "voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    private static int brute(VoxelMicrostructure s, int i, int j, int k, boolean[] periodic) {
        long best = EuclideanDistanceTransform.UNREACHED;
        for (int c = 0; c < s.nz(); c++) {
            for (int b = 0; b < s.ny(); b++) {
                for (int a = 0; a < s.nx(); a++) {
                    if (s.isMetal(a, b, c)) {
                        continue;
                    }
                    long dx = axisDistance(i, a, s.nx(), periodic[0]);
                    long dy = axisDistance(j, b, s.ny(), periodic[1]);
                    long dz = axisDistance(k, c, s.nz(), periodic[2]);
                    best = Math.min(best, dx * dx + dy * dy + dz * dz);
                }
            }
        }
        return (int) best;
    }

    private static long axisDistance(int p, int q, int n, boolean periodic) {
        int d = Math.abs(p - q);
        return periodic ? Math.min(d, n - d) : d;
    }
}
