package org.metalnmr.microstructure.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /**
     * An isolated sphere (all axes padded, D(0) = 0): the Lorentz-corrected shift inside is 0. The voxel sphere's
     * staircase gives an error that falls with the resolution; at radius 12 voxels the mean over the inner half of
     * the radius is within 2 % of chi (the field just outside a sphere is up to 2chi/3, so 2 % is 30x smaller).
     */
    @Test
    void sphereGivesZeroInside() {
        int n = 32;
        double r = 12;
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
        VoxelMicrostructure s = b.build(1e-6, false);
        double[] d = PatchFieldSolver.create().withThreads(2).solvePpm(s, CHI);
        double sum = 0;
        int count = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = i + 0.5 - n / 2.0;
                    double y = j + 0.5 - n / 2.0;
                    double z = k + 0.5 - n / 2.0;
                    if (x * x + y * y + z * z <= r * r / 4) {
                        sum += d[i + n * (j + n * k)];
                        count++;
                    }
                }
            }
        }
        assertEquals(0, sum / count, 0.02 * PPM);
    }

    /**
     * A cylinder tilted by theta from B0: chi (1/3 - N_zz) with N_zz = sin^2(theta)/2 for a long cylinder. The cylinder
     * lies along z and is infinite (z periodic; x and y padded, so D(0) = 1/3 - (b_x^2 + b_y^2)/2). A z-invariant
     * chi has kz = 0 only, where D for B0 = (sin t, 0, cos t) is cos^2 t D_z + sin^2 t D_x exactly (the cross term
     * is proportional to kz), so the tilted shift is that combination of the two axis solves. The staircase of
     * the voxel disc (radius 10 voxels) leaves the centre within 1 % of chi.
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
        int centre = n / 2 + n * (n / 2) + n * n;
        double shift = Math.cos(t) * Math.cos(t) * along[centre] + Math.sin(t) * Math.sin(t) * across[centre];
        double expected = PPM * (1.0 / 3 - Math.sin(t) * Math.sin(t) / 2);
        assertEquals(expected, shift, 0.01 * PPM);
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
