package org.metalnmr.examples.api;

import java.util.List;

import org.joml.Vector3d;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.voxel.BodyRasterizer;
import org.metalnmr.susceptibility.voxel.FieldKernel;
import org.metalnmr.susceptibility.voxel.SingleBodyFieldSolve;

/**
 * Field of a body: the bulk-magnetic-susceptibility shift inside a Li needle-like ellipsoid (semi-axes 0.5, 0.5
 * and 1.5 mm, chi = 24.1e-6, long axis along B0), from the voxel FFT field solver and from the closed form.
 *
 * <p>Inside an ellipsoid the field is uniform and the shift relative to the Lorentz-sphere reference is
 * \( \delta = \chi (1/3 - N_{zz}) \) (Osborn, Phys. Rev. 67, 351 (1945); docs/physics.md section 4). The voxel
 * solve approaches it as the grid is refined.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.api.FieldOfBody [N]} (N voxels per axis of the box, default 64).</p>
 */
public final class FieldOfBody {

    /** Volume susceptibility of Li (SI), the spin-susceptibility value of docs/susceptibility.md. */
    public static final double CHI_LI = 24.1e-6;
    /** Semi-axes of the ellipsoid [m]. */
    public static final double A = 0.5e-3, B = 0.5e-3, C = 1.5e-3;

    private FieldOfBody() {
    }

    /**
     * @param args optional grid size N
     */
    public static void main(String[] args) {
        int grid = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        for (String line : describe(grid)) {
            System.out.println(line);
        }
    }

    /**
     * @param grid voxels per axis of the box, padding included
     * @return the voxel solve of the ellipsoid on that grid
     */
    public static SingleBodyFieldSolve.Result solve(int grid) {
        return SingleBodyFieldSolve.solve(BodyRasterizer.Shape.ELLIPSOID, new Vector3d(A, B, C), 0.0, CHI_LI, grid,
                FieldKernel.CELL_AVERAGED, Runtime.getRuntime().availableProcessors());
    }

    /** @return the closed-form shift inside the ellipsoid, \( \chi (1/3 - N_{zz}) \), in ppm */
    public static double closedFormPpm() {
        DemagnetizingFactors n = new EllipsoidDemagnetization(A, B, C).factors();
        return CHI_LI * (1.0 / 3 - n.nzz()) * 1e6;
    }

    /**
     * @param grid voxels per axis
     * @return the lines main prints
     */
    static List<String> describe(int grid) {
        SingleBodyFieldSolve.Result r = solve(grid);
        return List.of(
                String.format(java.util.Locale.ROOT, "closed form: %.4f ppm (N_zz = %.5f)", closedFormPpm(),
                        new EllipsoidDemagnetization(A, B, C).factors().nzz()),
                String.format(java.util.Locale.ROOT, "voxel solve, %d^3 box: %.4f +- %.4f ppm over %d voxels inside",
                        grid, r.insideMeanPpm(), r.insideStdPpm(), r.insideVoxels()));
    }
}
