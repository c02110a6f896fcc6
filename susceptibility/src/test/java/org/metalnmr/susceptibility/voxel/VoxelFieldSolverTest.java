package org.metalnmr.susceptibility.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.special.Erf;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.fft.FftEngine;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;

class VoxelFieldSolverTest {

    private static final double CHI = 2.4e-5;
    private static final double PPM = 1e6 * CHI;

    /**
     * A grid-aligned prism is exactly representable, and the volume average of the cell-kernel shift
     * is chi (1/3 - D_z) with Aharoni's magnetometric D_z, to rounding (1e-9 chi). Also the sign
     * conventions: needle along B0 near +chi/3, plate with normal along B0 near -2 chi/3.
     */
    @ParameterizedTest
    @CsvSource({"6,6,6", "3,3,30", "20,20,2", "5,9,4"})
    void prismVolumeAverageIsAharoniExactly(int px, int py, int pz) {
        int n = 32;
        double h = 1e-5;
        double[] chi = new double[n * n * n];
        for (int k = 0; k < pz; k++) {
            for (int j = 0; j < py; j++) {
                for (int i = 0; i < px; i++) {
                    chi[(i + 3) + n * ((j + 2) + n * (k + 1))] = CHI;
                }
            }
        }
        double[] s = VoxelFieldSolver.create().withThreads(2).solve(new ChiGrid(n, n, n, h, h, h, chi)).shiftPpm();
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            if (chi[i] != 0) {
                sum += s[i];
            }
        }
        double mean = sum / (px * py * pz);
        double dz = new PrismDemagnetization(px, py, pz).factors().nzz();
        assertEquals(PPM * (1.0 / 3 - dz), mean, 1e-9 * PPM);
        if (pz == 30) {
            assertTrue(mean > 0.25 * PPM, "needle along B0 near +chi/3");
        }
        if (pz == 2) {
            // D_z of a 10:10:1 prism is about 0.79, so the mean heads from +chi/3 towards -2chi/3
            assertTrue(mean < -0.4 * PPM, "plate normal along B0 towards -2chi/3");
        }
    }

    private static BodyRasterizer.VolumeFractions ellipsoid(int n, double h, double a, double b, double c, Quaterniond q) {
        BodyRasterizer.Body body = new BodyRasterizer.Body(BodyRasterizer.Shape.ELLIPSOID, new Vector3d(a, b, c), q,
                new Vector3d(n * h / 2, n * h / 2, n * h / 2));
        return BodyRasterizer.rasterize(body, n, n, n, h, h, h, 4);
    }

    /**
     * Tilted ellipsoid (30 deg): inside, the shift is uniform at chi (1/3 - N_zz). On a 32^3 box with
     * the ellipsoid 32 voxels long the mean over fully-inside voxels is within 0.005 chi (measured
     * about 5e-4 chi, from the staircase surface) and the spread below 0.01 chi.
     */
    @ParameterizedTest
    @EnumSource(FieldKernel.class)
    void tiltedEllipsoidIsUniformInside(FieldKernel kernel) {
        int n = 32;
        double h = 6e-4 / n;
        Quaterniond q = BodyOrientation.tilt(Math.toRadians(30));
        BodyRasterizer.VolumeFractions vf = ellipsoid(n, h, 3e-4, 2e-4, 1e-4, q);
        double[] chi = vf.fraction();
        for (int i = 0; i < chi.length; i++) {
            chi[i] *= CHI;
        }
        double[] s = VoxelFieldSolver.create().withKernel(kernel).withThreads(2).solve(new ChiGrid(n, n, n, h, h, h, chi)).shiftPpm();
        double sum = 0;
        double sum2 = 0;
        int count = 0;
        for (int i = 0; i < s.length; i++) {
            if (vf.fullyInside()[i]) {
                sum += s[i];
                sum2 += s[i] * s[i];
                count++;
            }
        }
        double mean = sum / count;
        double std = Math.sqrt(sum2 / count - mean * mean);
        double analytic = new EllipsoidDemagnetization(3e-4, 2e-4, 1e-4).factors().bmsShiftPpm(CHI, q);
        assertEquals(analytic, mean, 0.005 * PPM);
        assertTrue(std < 0.01 * PPM, "std/chi = " + std / PPM);
    }

    /**
     * Sphere (diameter 16 voxels in a 32^3 box): inside 0 on average, and in the shell 1.5a..2a the
     * field is the dipole chi a^3 (3 cos^2 - 1)/(3 r^3), RMS error below 1e-3 chi (measured 6e-4 with
     * the k-space kernel, 5e-5 with the cell kernel; dominated by the volume error of the rasterised
     * sphere).
     */
    @ParameterizedTest
    @EnumSource(FieldKernel.class)
    void sphereInsideZeroOutsideDipole(FieldKernel kernel) {
        int n = 32;
        double a = 1e-4;
        double h = 4 * a / n;
        BodyRasterizer.VolumeFractions vf = ellipsoid(n, h, a, a, a, new Quaterniond());
        double[] chi = vf.fraction();
        for (int i = 0; i < chi.length; i++) {
            chi[i] *= CHI;
        }
        double[] s = VoxelFieldSolver.create().withKernel(kernel).withThreads(2).solve(new ChiGrid(n, n, n, h, h, h, chi)).shiftPpm();
        double in = 0;
        int ci = 0;
        double out2 = 0;
        int co = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int i = x + n * (y + n * z);
                    double px = (x + 0.5) * h - n * h / 2;
                    double py = (y + 0.5) * h - n * h / 2;
                    double pz = (z + 0.5) * h - n * h / 2;
                    double r = Math.sqrt(px * px + py * py + pz * pz);
                    if (vf.fullyInside()[i]) {
                        in += s[i];
                        ci++;
                    }
                    if (r >= 1.5 * a && r <= 2 * a) {
                        double dipole = PPM * a * a * a * (3 * pz * pz / (r * r) - 1) / (3 * r * r * r);
                        out2 += (s[i] - dipole) * (s[i] - dipole);
                        co++;
                    }
                }
            }
        }
        assertEquals(0, in / ci, 1e-3 * PPM);
        assertTrue(Math.sqrt(out2 / co) < 1e-3 * PPM, "outside RMS/chi = " + Math.sqrt(out2 / co) / PPM);
    }

    /**
     * Exact field of a Gaussian susceptibility chi0 exp(-r^2/2 sigma^2) (derived in docs/susceptibility.md):
     * dBz/B0 = chi/3 - Q/r^3 - (chi - 3Q/r^3) cos^2 theta, Q(r) = int_0^r chi(s) s^2 ds.
     */
    private static double gaussianExact(double r, double cos2, double sigma) {
        double chi = Math.exp(-r * r / (2 * sigma * sigma));
        if (r < 1e-15) {
            return 0;
        }
        double q = sigma * sigma * sigma * (Math.sqrt(Math.PI / 2) * Erf.erf(r / (sigma * Math.sqrt(2))) - r / sigma * chi);
        double r3 = r * r * r;
        return chi / 3 - q / r3 - (chi - 3 * q / r3) * cos2;
    }

    /** Max error /chi0 over r &lt; 4 sigma of the solve of a Gaussian blob on an n^3 box of side boxM. */
    private static double gaussianError(FieldKernel kernel, int n, double boxM, double sigma) {
        double h = boxM / n;
        double[] chi = new double[n * n * n];
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double px = (x + 0.5) * h - boxM / 2;
                    double py = (y + 0.5) * h - boxM / 2;
                    double pz = (z + 0.5) * h - boxM / 2;
                    chi[x + n * (y + n * z)] = Math.exp(-(px * px + py * py + pz * pz) / (2 * sigma * sigma));
                }
            }
        }
        double[] s = VoxelFieldSolver.create().withKernel(kernel).withThreads(2).solve(new ChiGrid(n, n, n, h, h, h, chi)).shiftPpm();
        double max = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double px = (x + 0.5) * h - boxM / 2;
                    double py = (y + 0.5) * h - boxM / 2;
                    double pz = (z + 0.5) * h - boxM / 2;
                    double r = Math.sqrt(px * px + py * py + pz * pz);
                    if (r < 4 * sigma) {
                        double e = Math.abs(s[x + n * (y + n * z)] * 1e-6 - gaussianExact(r, r > 0 ? pz * pz / (r * r) : 0, sigma));
                        max = Math.max(max, e);
                    }
                }
            }
        }
        return max;
    }

    /**
     * Convergence, cell kernel: halving the voxel in a fixed box, the error falls at order &ge; 2
     * (midpoint sampling of chi and cell averaging of the field are each second order; their h^2 terms
     * cancel, so the observed order is about 3 before the floor set by the truncated Gaussian tails).
     */
    @Test
    void cellKernelConvergesAtLeastSecondOrder() {
        double e1 = gaussianError(FieldKernel.CELL_AVERAGED, 24, 1e-3, 1e-4);
        double e2 = gaussianError(FieldKernel.CELL_AVERAGED, 48, 1e-3, 1e-4);
        double order = Math.log(e1 / e2) / Math.log(2);
        assertTrue(order >= 2, "observed order " + order + " (errors " + e1 + ", " + e2 + ")");
        assertTrue(e2 < 1e-6, "error at 48^3: " + e2);
    }

    /**
     * k-space dipole kernel: at fixed voxel size its error is the periodic-image / k = 0 floor, which
     * falls steeply (more than 10x) when the box side doubles (the smooth Gaussian itself is resolved
     * spectrally). Measured: 2.3e-4 chi (box 10 sigma), 7e-6 (20 sigma).
     */
    @Test
    void dipoleKernelErrorIsThePaddingFloor() {
        double e1 = gaussianError(FieldKernel.DIPOLE_K_SPACE, 32, 1e-3, 1e-4);
        double e2 = gaussianError(FieldKernel.DIPOLE_K_SPACE, 64, 2e-3, 1e-4);
        assertTrue(e1 < 5e-4 && e2 < e1 / 10, "errors " + e1 + ", " + e2);
    }

    @Test
    void refusesGridThatDoesNotFit() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> VoxelFieldSolver.create().plan(8192, 8192, 8192, 1e-6, 1e-6, 1e-6));
        assertTrue(e.getMessage().contains("would fit"), e.getMessage());
    }

    @Test
    void withoutPaddingRejectsUnfriendlySize() {
        assertThrows(InvalidInputException.class,
                () -> VoxelFieldSolver.create().withZeroPadding(false).plan(22, 22, 22, 1e-6, 1e-6, 1e-6));
    }

    /** Without padding (body in the central half of the box) the cell kernel gives the same answer as with it. */
    @Test
    void centralHalfWithoutPaddingEqualsPadded() {
        int n = 16;
        double h = 1e-5;
        double[] chi = new double[n * n * n];
        java.util.Random rnd = new java.util.Random(5);
        for (int k = 4; k < 12; k++) {
            for (int j = 4; j < 12; j++) {
                for (int i = 4; i < 12; i++) {
                    chi[i + n * (j + n * k)] = CHI * rnd.nextDouble();
                }
            }
        }
        ChiGrid g = new ChiGrid(n, n, n, h, h, h, chi);
        double[] a = VoxelFieldSolver.create().withThreads(1).solve(g).shiftPpm();
        double[] b = VoxelFieldSolver.create().withZeroPadding(false).solve(g).shiftPpm();
        for (int k = 4; k < 12; k++) {
            for (int j = 4; j < 12; j++) {
                for (int i = 4; i < 12; i++) {
                    int idx = i + n * (j + n * k);
                    assertEquals(a[idx], b[idx], 1e-12 * PPM);
                }
            }
        }
    }

    /**
     * The pruned block-in-box solve (the field command's path) equals the straightforward solve of the
     * whole unpadded box on the block, to 1e-12 of the largest shift (rounding of two different FFT
     * orders of summation: about 1e-15 per operation times a few hundred operations), with the block
     * anywhere in the box, odd block sizes, both kernels, 1 and 2 threads. On power-of-two boxes the
     * whole-box reference runs on JTransforms, so the two paths share no FFT code there.
     */
    @ParameterizedTest
    @CsvSource({"24,11,7,12,3,10,5,CELL_AVERAGED,2", "32,16,16,16,8,8,8,DIPOLE_K_SPACE,1",
                "32,13,16,9,0,16,23,CELL_AVERAGED,1", "20,20,20,20,0,0,0,CELL_AVERAGED,2",
                "30,15,14,16,7,8,7,DIPOLE_K_SPACE,2"})
    void blockInBoxEqualsWholeBoxSolve(int box, int bx, int by, int bz, int x0, int y0, int z0, FieldKernel kernel,
                                       int threads) {
        double h = 2e-6;
        java.util.Random rnd = new java.util.Random(box * 131L + bx);
        double[] block = new double[bx * by * bz];
        double[] whole = new double[box * box * box];
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                for (int i = 0; i < bx; i++) {
                    double c = CHI * (rnd.nextDouble() - 0.3);
                    block[i + bx * (j + by * k)] = c;
                    whole[x0 + i + box * (y0 + j + box * (z0 + k))] = c;
                }
            }
        }
        VoxelFieldSolver solver = VoxelFieldSolver.create().withKernel(kernel).withThreads(threads);
        boolean pow2 = (box & (box - 1)) == 0;
        double[] ref = solver.withZeroPadding(false).withFftEngine(pow2 ? FftEngine.JTRANSFORMS : FftEngine.OWN)
                .solve(new ChiGrid(box, box, box, h, h, h, whole)).shiftPpm();
        FieldSolvePlan plan = solver.planInBox(bx, by, bz, h, h, h, box, box, box);
        assertEquals(box, plan.fftGrid()[0]);
        double[] got = plan.solve(new ChiGrid(bx, by, bz, h, h, h, block)).shiftPpm();
        double scale = 0;
        for (double v : ref) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertTrue(scale > 0.01 * PPM, "non-trivial field");
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                for (int i = 0; i < bx; i++) {
                    assertEquals(ref[x0 + i + box * (y0 + j + box * (z0 + k))], got[i + bx * (j + by * k)], 1e-12 * scale,
                            "at " + i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void planInBoxRefusesBlockLargerThanBoxAndUnfriendlyBox() {
        VoxelFieldSolver s = VoxelFieldSolver.create();
        assertThrows(InvalidInputException.class, () -> s.planInBox(17, 8, 8, 1e-6, 1e-6, 1e-6, 16, 16, 16));
        assertThrows(InvalidInputException.class, () -> s.planInBox(8, 8, 8, 1e-6, 1e-6, 1e-6, 22, 22, 22));
        assertThrows(InvalidInputException.class, () -> s.planInBox(8, 8, 8, 1e-6, 1e-6, 1e-6, 15, 16, 16));
    }

    /**
     * The field study (pruned block solve) gives the inside mean of the straightforward whole-box solve
     * of the same rasterised body to 1e-12 relative, and the ellipsoid's closed form within the
     * discretisation error of a 32-voxel box (0.05 chi).
     */
    @Test
    void singleBodyStudyEqualsWholeBoxSolve() {
        Vector3d half = new Vector3d(3e-4, 2e-4, 1e-4);
        double tilt = Math.toRadians(30);
        int n = 32;
        SingleBodyFieldSolve.Result r = SingleBodyFieldSolve.solve(BodyRasterizer.Shape.ELLIPSOID, half, tilt, CHI, n,
                FieldKernel.CELL_AVERAGED, 2);
        Quaterniond q = BodyOrientation.tilt(tilt);
        double h = 2 * half.x / (n / 2.0);
        assertEquals(h, r.voxelSizeM(), 1e-15 * h);
        double c = n * h / 2;
        BodyRasterizer.VolumeFractions vf = BodyRasterizer.rasterize(
                new BodyRasterizer.Body(BodyRasterizer.Shape.ELLIPSOID, half, q, new Vector3d(c, c, c)), n, n, n, h, h, h, 4);
        double[] chi = vf.fraction().clone();
        for (int i = 0; i < chi.length; i++) {
            chi[i] *= CHI;
        }
        double[] s = VoxelFieldSolver.create().withZeroPadding(false).solve(new ChiGrid(n, n, n, h, h, h, chi)).shiftPpm();
        double sum = 0;
        int cnt = 0;
        for (int i = 0; i < s.length; i++) {
            if (vf.fullyInside()[i]) {
                sum += s[i];
                cnt++;
            }
        }
        assertEquals(cnt, r.insideVoxels());
        assertEquals(sum / cnt, r.insideMeanPpm(), 1e-12 * PPM);
        assertEquals(r.analyticPpm().getAsDouble(), r.insideMeanPpm(), 0.05 * PPM);
    }
}
