package org.metalnmr.microstructure.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.microstructure.field.PatchFieldSolver;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.shift.PackedDeposit;

/**
 * Dead metal over a slab, B0 along the slab normal (docs/physics.md section 4): each fragment, an ellipsoid, sits at
 * its own shape's shift chi (1/3 - N_zz) (N_zz its lab factor along B0 for its drawn orientation, Osborn's factors)
 * plus the sparse layer's mean field p chi (N_zz - 1) (PackedDeposit, the layer's normal along B0); the slab under them
 * at the plate value -2 chi/3 (an infinite layer has no field outside, so neither sees the other's mean field).
 */
class DeadMetalShiftTest {

    private static final double UM = 1e-6;
    private static final double CHI = 24.1e-6;

    /**
     * Fragments of semi-axes 3, 1.5, 1 um (c = 4 voxels) at p = 2 %: per fragment within 0.02 chi of the closed form
     * (voxel staircase of a 4-voxel semi-axis, about 0.01 chi, and the neighbours' dipole fields, about 0.004 chi each
     * at the mean spacing, which the mean field smears), while the orientations spread the closed form over more than
     * 0.1 chi; the mean over all fragments within 0.006 chi; the slab within 0.002 chi of -2 chi/3.
     */
    @Test
    void fragmentsAtTheirShapeShiftSlabAtThePlateValue() {
        double[] semi = {3 * UM, 1.5 * UM, UM};
        DeadMetalFragments d = new DeadMetalFragments(semi, 0.02, UM, 10 * UM, 4 * UM, 32 * UM, 16 * UM, 0.25 * UM, 4);
        DeadMetalFragments.Fragments f = d.fragments();
        VoxelMicrostructure s = d.generate();
        double[] shift = PatchFieldSolver.create().withThreads(2).solvePpm(s, CHI);
        DemagnetizingFactors body = new EllipsoidDemagnetization(semi[0], semi[1], semi[2]).factors();
        double[] n = {body.nxx(), body.nyy(), body.nzz()};
        double[] c = f.centres();
        double[] axes = f.axes();
        double h = s.voxelSizeM();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double sumErr = 0;
        for (int p = 0; p < f.count(); p++) {
            double[] rows = java.util.Arrays.copyOfRange(axes, 9 * p, 9 * p + 9);
            double nzz = 0;
            for (int a = 0; a < 3; a++) {
                nzz += n[a] * rows[3 * a + 2] * rows[3 * a + 2];
            }
            double expected = 1.0 / 3 - nzz + PackedDeposit.packedLayerTermPpm(1, f.volumeFraction(), nzz, 1) / 1e6;
            double[] q = VoxelBodies.ellipsoid(semi, rows);
            double sum = 0;
            int count = 0;
            for (int k = 0; k < s.nz(); k++) {
                double z = (k + 0.5) * h - c[3 * p + 2];
                if (Math.abs(z) > q[11]) {
                    continue;
                }
                for (int j = 0; j < s.ny(); j++) {
                    double y = wrap((j + 0.5) * h - c[3 * p + 1], s.ny() * h);
                    for (int i = 0; i < s.nx(); i++) {
                        double x = wrap((i + 0.5) * h - c[3 * p], s.nx() * h);
                        double v = q[0] * x * x + q[4] * y * y + q[8] * z * z + 2 * (q[1] * x * y + q[2] * x * z + q[5] * y * z);
                        if (v <= 1) {
                            sum += shift[i + s.nx() * (j + s.ny() * k)];
                            count++;
                        }
                    }
                }
            }
            double mean = sum / count / (1e6 * CHI);
            assertEquals(expected, mean, 0.02, "fragment " + p);
            sumErr += mean - expected;
            lo = Math.min(lo, expected);
            hi = Math.max(hi, expected);
        }
        assertTrue(hi - lo > 0.1, "orientations spread the closed form by " + (hi - lo));
        assertEquals(0, sumErr / f.count(), 0.006, "mean over the fragments");
        int slab = s.fullPlanesFromBottom();
        double slabSum = 0;
        for (int idx = 0; idx < slab * s.nx() * s.ny(); idx++) {
            slabSum += shift[idx];
        }
        assertEquals(-2.0 / 3, slabSum / (slab * s.nx() * s.ny()) / (1e6 * CHI), 0.002, "slab");
    }

    private static double wrap(double d, double l) {
        return d - l * Math.rint(d / l);
    }
}
