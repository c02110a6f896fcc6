package org.metalnmr.susceptibility.voxel;

import java.util.OptionalDouble;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.memory.AvailableHeap;
import org.metalnmr.susceptibility.SusceptibilityMessage;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;

/**
 * One convex body in B0, solved on a voxel grid and compared with its closed form: the study behind
 * the {@code field} command. The computational box is N voxels per axis (cubic voxels), padding
 * included: the body's diameter (largest distance between two of its points) spans N/2 voxels and
 * its centre is the box centre, so the cell-averaged kernel on the unpadded box is the exact linear
 * convolution for every pair of body voxels. The body's z axis is tilted by the given angle from B0
 * in the lab x-z plane. The solve runs on the block of the box that holds the body
 * ({@link VoxelFieldSolver#planInBox}: the pruned FFT, same values as the whole-box solve).
 */
public final class SingleBodyFieldSolve {

    /**
     * What the study reports.
     *
     * @param insideMeanPpm    mean shift over the voxels fully inside the body [ppm]
     * @param insideStdPpm     standard deviation over those voxels [ppm]
     * @param insideVoxels     how many voxels are fully inside
     * @param analyticPpm      chi (1/3 - N_zz) where the inside field is uniform (ellipsoid, sphere), else empty
     * @param magnetometricPpm chi (1/3 - N_zz) with the magnetometric (volume-averaged) lab N_zz of the body [ppm]:
     *                         the volume average of the shift over the body (equal to the inside value for an ellipsoid)
     * @param voxelSizeM       voxel edge [m]
     * @param fftGrid          the FFT grid {mx, my, mz}
     * @param seconds          warm wall time of one solve (transforms and kernel product) [s]
     */
    public record Result(double insideMeanPpm, double insideStdPpm, int insideVoxels,
                         OptionalDouble analyticPpm, double magnetometricPpm, double voxelSizeM, int[] fftGrid, double seconds) {
    }

    private SingleBodyFieldSolve() {
    }

    /**
     * @param shape       the body shape
     * @param halfExtents body-frame half-extents (a, b, c) [m] (for a cylinder a = b = radius, c = half-length)
     * @param tiltRad     tilt of the body z axis from B0 in the x-z plane [rad]
     * @param chi         volume susceptibility of the body (SI)
     * @param gridN       voxels per axis of the box, padding included (FFT-friendly: even, factors 2, 3, 5, 7)
     * @param kernel      field kernel
     * @param threads     worker threads
     * @return the study's result
     */
    public static Result solve(BodyRasterizer.Shape shape, Vector3d halfExtents, double tiltRad, double chi, int gridN,
                               FieldKernel kernel, int threads) {
        Checks.finite("tilt [rad]", tiltRad);
        Checks.inRange("chi", "[1, SI volume]", -1, 1, chi);
        Checks.inRange("grid N", "[voxels]", 8, 2048, gridN);
        Quaterniond q = BodyOrientation.tilt(tiltRad);
        BodyRasterizer.Body probe = new BodyRasterizer.Body(shape, halfExtents, q, new Vector3d());
        double h = probe.diameter() / (gridN / 2.0);
        double c = gridN * h / 2;
        BodyRasterizer.Body body = new BodyRasterizer.Body(shape, halfExtents, q, new Vector3d(c, c, c));
        requireMemory(gridN);
        BodyRasterizer.VolumeFractions vf = BodyRasterizer.rasterize(body, gridN, gridN, gridN, h, h, h, 4);
        double[] frac = vf.fraction();
        double[] chiMap = new double[frac.length];
        for (int i = 0; i < frac.length; i++) {
            chiMap[i] = chi * frac[i];
        }
        // the body fills only its block of the box (about half per axis): solve the box with the pruned
        // FFT, which gives the unpadded box solve's values on that block exactly
        VoxelBlock block = VoxelBlock.supportOf(frac, gridN, gridN, gridN);
        VoxelFieldSolver solver = VoxelFieldSolver.create().withKernel(kernel).withThreads(threads);
        FieldSolvePlan plan = solver.planInBox(block.nx(), block.ny(), block.nz(), h, h, h, gridN, gridN, gridN);
        ChiGrid grid = new ChiGrid(block.nx(), block.ny(), block.nz(), h, h, h, block.extract(chiMap, gridN, gridN));
        plan.solveRaw(grid); // warm-up: JIT and workspace allocation
        long t0 = System.nanoTime();
        double[] s = plan.solveRaw(grid);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        boolean[] full = vf.fullyInside();
        for (int k = 0; k < gridN; k++) {
            for (int j = 0; j < gridN; j++) {
                for (int i = 0; i < gridN; i++) {
                    if (full[i + gridN * (j + gridN * k)]) {
                        // a voxel fully inside has fraction 1, so it lies in the block
                        double v = s[block.indexOf(i, j, k)];
                        sum += v;
                        sum2 += v * v;
                        n++;
                    }
                }
            }
        }
        if (n == 0) {
            double thinnest = 2 * Math.min(halfExtents.x, Math.min(halfExtents.y, halfExtents.z)) / h;
            int needed = (int) Math.min(Integer.MAX_VALUE, 2 * (long) Math.ceil(gridN * 2 / Math.max(thinnest, 1e-9) / 2));
            throw new InvalidInputException(SusceptibilityMessage.BODY_UNRESOLVED, shape.name().toLowerCase(java.util.Locale.ROOT),
                    gridN, thinnest, needed);
        }
        double mean = sum / n;
        double std = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
        double a = halfExtents.x;
        double b = halfExtents.y;
        double cc = halfExtents.z;
        DemagnetizingFactors f = switch (shape) {
            case ELLIPSOID -> new EllipsoidDemagnetization(a, b, cc).factors();
            case PRISM -> new PrismDemagnetization(2 * a, 2 * b, 2 * cc).factors();
            case CYLINDER -> new CylinderDemagnetization(2 * a, 2 * cc).factors();
        };
        double magnetometric = f.bmsShiftPpm(chi, q);
        OptionalDouble analytic = shape == BodyRasterizer.Shape.ELLIPSOID ? OptionalDouble.of(magnetometric) : OptionalDouble.empty();
        return new Result(mean, std, n, analytic, magnetometric, h, plan.fftGrid(), seconds);
    }

    /**
     * Refuses, before any allocation, a grid whose arrays do not fit: the volume fractions, the chi map and the inside
     * mask of the whole box (17 bytes a voxel), and the solve's complex FFT workspace and kernel on the box (about 19
     * more), so {@value #BYTES_PER_VOXEL} bytes a voxel; and a box of more voxels than one Java array can index.
     */
    private static void requireMemory(int gridN) {
        long voxels = (long) gridN * gridN * gridN;
        long need = voxels * BYTES_PER_VOXEL;
        long available = AvailableHeap.bytes();
        if (need > available) {
            available = AvailableHeap.bytesAfterCollecting(); // garbage of a previous solve counts as in use until collected
        }
        if (voxels > Integer.MAX_VALUE - 16 || need > available) {
            int fits = (int) Math.floor(Math.cbrt(Math.min(available / (double) BYTES_PER_VOXEL, Integer.MAX_VALUE - 16.0)));
            fits -= fits % 2;
            throw new InvalidInputException(SusceptibilityMessage.GRID_TOO_LARGE, gridN, gridN, gridN, gridN, gridN, gridN,
                    need / 1048576.0, available / 1048576.0, fits);
        }
    }

    /** Bytes per voxel of the box that one solve holds at once (see {@link #requireMemory}). */
    private static final long BYTES_PER_VOXEL = 36;
}
