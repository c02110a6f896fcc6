package org.metalnmr.microstructure.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/** The k = 0 and surrounding-medium conventions against closed forms (docs/physics.md sect. 4). */
class PatchFieldSolverTest {

    private static final double CHI = 24.1e-6;
    private static final double PPM = 1e6 * CHI;

    private static VoxelMicrostructure slab(int n, int nz, int k0, int k1) {
        OccupancyBits b = new OccupancyBits(n, n, nz);
        b.fillPlanes(k0, k1);
        return b.build(1e-6, true);
    }

    /** A laterally infinite slab, normal along B0: -2chi/3 inside and 0 outside, to rounding, on a 3*5 grid. */
    @Test
    void slabNormalAlongB0() {
        VoxelMicrostructure s = slab(6, 15, 3, 9);
        double[] d = PatchFieldSolver.create().withThreads(1).solvePpm(s, CHI);
        for (int k = 0; k < 15; k++) {
            double expected = k >= 3 && k < 9 ? -2 * PPM / 3 : 0;
            assertEquals(expected, d[6 * 6 * k + 7], 1e-9 * PPM, "plane " + k);
        }
    }

    /** Normal across B0 (B0 along x or y): +chi/3 inside, 0 outside. */
    @ParameterizedTest
    @ValueSource(strings = {"X", "Y"})
    void slabNormalAcrossB0(String axis) {
        VoxelMicrostructure s = slab(10, 12, 0, 5);
        double[] d = PatchFieldSolver.create().withThreads(1).withB0Axis(B0Axis.valueOf(axis)).solvePpm(s, CHI);
        for (int k = 0; k < 12; k++) {
            assertEquals(k < 5 ? PPM / 3 : 0, d[100 * k + 33], 1e-9 * PPM, "plane " + k);
        }
    }

    private static VoxelMicrostructure sphere(int n, double r) {
        OccupancyBits b = new OccupancyBits(n, n, n);
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = i + 0.5 - n / 2.0;
                    double y = j + 0.5 - n / 2.0;
                    double z = k + 0.5 - n / 2.0;
                    if (x * x + y * y + z * z <= r * r) {
                        b.set(i, j, k);
                    }
                }
            }
        }
        return b.build(1e-6, false);
    }

    /** {mean, max |shift|} over the voxels within half the radius of the centre, in units of chi. */
    private static double[] innerSphere(int n, double r) {
        double[] d = PatchFieldSolver.create().withThreads(2).solvePpm(sphere(n, r), CHI);
        double sum = 0;
        double max = 0;
        int count = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = i + 0.5 - n / 2.0;
                    double y = j + 0.5 - n / 2.0;
                    double z = k + 0.5 - n / 2.0;
                    if (x * x + y * y + z * z <= r * r / 4) {
                        double v = d[i + n * (j + n * k)] / PPM;
                        sum += v;
                        max = Math.max(max, Math.abs(v));
                        count++;
                    }
                }
            }
        }
        return new double[] {sum / count, max};
    }

    /**
     * An isolated sphere (all axes padded, D(0) = 0): the Lorentz-corrected shift inside is 0. Over a region with the
     * voxel sphere's cubic symmetry the mean is 0 to rounding (the mean of 1/3 - kz^2/k^2 over the three axes is 0, and
     * a D(0) other than 0 would offset it by the filling fraction times D(0)). Pointwise, the k-space kernel's ringing
     * at the staircase surface leaves an error that falls as the sphere is refined (measured 3.0e-3, 2.1e-3, 1.4e-3 chi
     * at radius 6, 12, 24 voxels); the bound at radius 12 is 3e-3 chi.
     */
    @Test
    void sphereGivesZeroInsideAndConverges() {
        double[] coarse = innerSphere(16, 6);
        double[] mid = innerSphere(32, 12);
        double[] fine = innerSphere(64, 24);
        assertEquals(0, mid[0], 1e-12);
        assertTrue(mid[1] < 3e-3, "max " + mid[1]);
        assertTrue(fine[1] < mid[1] && mid[1] < coarse[1], coarse[1] + " " + mid[1] + " " + fine[1]);
    }

    /**
     * A cylinder tilted by theta from B0: chi (1/3 - N_zz) with N_zz = sin^2(theta)/2 for a long cylinder. The cylinder
     * lies along z and is infinite (z periodic; x and y padded, so D(0) = 1/3 - (b_x^2 + b_y^2)/2). A z-invariant
     * chi has kz = 0 only, where D for B0 = (sin t, 0, cos t) is cos^2 t D_z + sin^2 t D_x exactly (the cross term
     * is proportional to kz), so the tilted shift is that combination of the two axis solves. At the axis the voxel
     * disc's x-y symmetry makes the closed form exact (to rounding; it checks the k = 0 convention); within half the
     * radius the k-space kernel's ringing at the staircase keeps every voxel within 1.5e-2 chi (measured 0.95e-2 at
     * radius 10 and 20 voxels).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, 30, 54.7356, 90})
    void tiltedCylinder(double thetaDeg) {
        int n = 32;
        int nz = 4;
        double r = 10;
        OccupancyBits b = new OccupancyBits(n, n, nz);
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = i + 0.5 - n / 2.0;
                    double y = j + 0.5 - n / 2.0;
                    if (x * x + y * y <= r * r) {
                        b.set(i, j, k);
                    }
                }
            }
        }
        VoxelMicrostructure s = b.build(1e-6, false);
        boolean[] periodic = {false, false, true};
        double[] along = PatchFieldSolver.create().withThreads(1).solvePpm(s, CHI, periodic);
        double[] across = PatchFieldSolver.create().withThreads(1).withB0Axis(B0Axis.X).solvePpm(s, CHI, periodic);
        double t = Math.toRadians(thetaDeg);
        double c2 = Math.cos(t) * Math.cos(t);
        double s2 = Math.sin(t) * Math.sin(t);
        double expected = PPM * (1.0 / 3 - s2 / 2);
        int centre = n / 2 + n * (n / 2) + n * n;
        assertEquals(expected, c2 * along[centre] + s2 * across[centre], 1e-9 * PPM);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = i + 0.5 - n / 2.0;
                double y = j + 0.5 - n / 2.0;
                if (x * x + y * y <= r * r / 4) {
                    int q = i + n * j + n * n;
                    assertEquals(expected, c2 * along[q] + s2 * across[q], 1.5e-2 * PPM, "voxel " + i + "," + j);
                }
            }
        }
    }

    /** Periodic axes that are not FFT lengths are refused with the nearest good length. */
    @Test
    void refusesPeriodicAxisWithLargePrime() {
        OccupancyBits b = new OccupancyBits(22, 22, 4);
        b.fillPlanes(0, 1);
        VoxelMicrostructure s = b.build(1e-6, true);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PatchFieldSolver.create().solvePpm(s, CHI));
        assertEquals(true, e.getMessage().contains("e.g. 24"), e.getMessage());
    }

    /** The k = 0 value is the mean of D over the padded directions. */
    @Test
    void kernelAtZeroConventions() {
        PatchFieldSolver z = PatchFieldSolver.create();
        PatchFieldSolver x = z.withB0Axis(B0Axis.X);
        assertEquals(-2.0 / 3, z.kernelAtZero(new boolean[] {true, true, false}), 1e-15);
        assertEquals(1.0 / 3, x.kernelAtZero(new boolean[] {true, true, false}), 1e-15);
        assertEquals(0, z.kernelAtZero(new boolean[] {false, false, false}), 1e-15);
        assertEquals(1.0 / 3, z.kernelAtZero(new boolean[] {false, false, true}), 1e-15);
        assertEquals(-1.0 / 6, x.kernelAtZero(new boolean[] {false, false, true}), 1e-15);
    }
}
