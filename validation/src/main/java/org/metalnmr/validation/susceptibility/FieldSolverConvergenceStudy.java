package org.metalnmr.validation.susceptibility;

import java.util.Locale;

import org.hipparchus.special.Erf;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.voxel.BodyRasterizer;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.FieldKernel;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;

/**
 * Convergence of the voxel field solver as the grid is refined, for both kernels, printed as Markdown:
 * (1) a Gaussian susceptibility chi0 exp(-r^2/2 sigma^2), sigma = box/10, whose exact field is
 * chi/3 - Q/r^3 - (chi - 3Q/r^3) cos^2 theta with Q = int_0^r chi s^2 ds (max error over r &lt; 4 sigma);
 * (2) the 3e-4 x 2e-4 x 1e-4 m ellipsoid tilted 30 deg (the {@code field} example): inside mean and RMS
 * against chi (1/3 - N_zz); (3) a sphere: RMS error of the outside dipole field in the shell 1.5a-2a.
 * Errors in units of chi; the observed order is log(e_coarse/e_fine)/log(n_fine/n_coarse).
 * Run: {@code java -cp <validation classpath> org.metalnmr.validation.susceptibility.FieldSolverConvergenceStudy [maxN]}.
 */
public final class FieldSolverConvergenceStudy {

    private FieldSolverConvergenceStudy() {
    }

    /**
     * @param args optional largest grid (default 128)
     */
    public static void main(String[] args) {
        int maxN = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        int[] sizes = {16, 32, 64, 128, 256};
        System.out.println("### Gaussian susceptibility (smooth), box 10 sigma, max error / chi0 over r < 4 sigma");
        System.out.println("| N | cell kernel | order | k-space dipole | order |");
        System.out.println("| --- | --- | --- | --- | --- |");
        double[] prev = null;
        for (int n : sizes) {
            if (n > maxN) {
                break;
            }
            double[] e = {gaussian(FieldKernel.CELL_AVERAGED, n), gaussian(FieldKernel.DIPOLE_K_SPACE, n)};
            System.out.println(row(n, e, prev));
            prev = e;
        }
        System.out.println();
        System.out.println("### k-space dipole kernel: the error floor is set by the box (periodic images, k = 0 term); fixed voxel sigma/3.2, growing box");
        System.out.println("| box / sigma | N | max error / chi0 |");
        System.out.println("| --- | --- | --- |");
        for (int m = 1; m <= 4 && 32 * m <= maxN; m *= 2) {
            System.out.printf(Locale.ROOT, "| %d | %d | %.2e |%n", 10 * m, 32 * m, gaussian(FieldKernel.DIPOLE_K_SPACE, 32 * m, 1e-3 * m));
        }
        System.out.println();
        System.out.println("### Tilted ellipsoid (3e-4, 2e-4, 1e-4 m, 30 deg), N voxels along its long axis, |inside mean - chi(1/3 - N_zz)| / chi and inside RMS / chi");
        System.out.println("| N | cell: mean err | order | cell: RMS | order | dipole: mean err | order | dipole: RMS | order |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        prev = null;
        for (int n : sizes) {
            if (n > maxN) {
                break;
            }
            double[] c = ellipsoid(FieldKernel.CELL_AVERAGED, n);
            double[] d = ellipsoid(FieldKernel.DIPOLE_K_SPACE, n);
            double[] e = {c[0], c[1], d[0], d[1]};
            System.out.println(row(n, e, prev));
            prev = e;
        }
        System.out.println();
        System.out.println("### Sphere, diameter N/2 voxels in an N^3 box (+ padding): RMS error / chi of the dipole field in the shell 1.5a-2a");
        System.out.println("| N | cell kernel | order | k-space dipole | order |");
        System.out.println("| --- | --- | --- | --- | --- |");
        prev = null;
        for (int n : sizes) {
            if (n > maxN) {
                break;
            }
            double[] e = {sphereOutside(FieldKernel.CELL_AVERAGED, n), sphereOutside(FieldKernel.DIPOLE_K_SPACE, n)};
            System.out.println(row(n, e, prev));
            prev = e;
        }
    }

    private static String row(int n, double[] e, double[] prev) {
        StringBuilder sb = new StringBuilder("| " + n + " |");
        for (int i = 0; i < e.length; i++) {
            sb.append(String.format(Locale.ROOT, " %.2e |", e[i]));
            sb.append(prev == null ? " |" : String.format(Locale.ROOT, " %.2f |", Math.log(prev[i] / e[i]) / Math.log(2)));
        }
        return sb.toString();
    }

    private static VoxelFieldSolver solver(FieldKernel k) {
        return VoxelFieldSolver.create().withKernel(k);
    }

    static double gaussian(FieldKernel kernel, int n) {
        return gaussian(kernel, n, 1e-3);
    }

    static double gaussian(FieldKernel kernel, int n, double box) {
        double sigma = 1e-4;
        double h = box / n;
        double[] chi = new double[n * n * n];
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double px = (x + 0.5) * h - box / 2;
                    double py = (y + 0.5) * h - box / 2;
                    double pz = (z + 0.5) * h - box / 2;
                    chi[x + n * (y + n * z)] = Math.exp(-(px * px + py * py + pz * pz) / (2 * sigma * sigma));
                }
            }
        }
        double[] s = solver(kernel).solve(new ChiGrid(n, n, n, h, h, h, chi)).shiftPpm();
        double max = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double px = (x + 0.5) * h - box / 2;
                    double py = (y + 0.5) * h - box / 2;
                    double pz = (z + 0.5) * h - box / 2;
                    double r = Math.sqrt(px * px + py * py + pz * pz);
                    if (r < 4 * sigma) {
                        double c = Math.exp(-r * r / (2 * sigma * sigma));
                        double q = sigma * sigma * sigma * (Math.sqrt(Math.PI / 2) * Erf.erf(r / (sigma * Math.sqrt(2))) - r / sigma * c);
                        double r3 = r * r * r;
                        double exact = r3 == 0 ? 0 : c / 3 - q / r3 - (c - 3 * q / r3) * pz * pz / (r * r);
                        max = Math.max(max, Math.abs(s[x + n * (y + n * z)] * 1e-6 - exact));
                    }
                }
            }
        }
        return max;
    }

    static double[] ellipsoid(FieldKernel kernel, int n) {
        double chi = 2.4e-5;
        double h = 6e-4 / n;
        Quaterniond q = BodyOrientation.tilt(Math.toRadians(30));
        BodyRasterizer.Body body = new BodyRasterizer.Body(BodyRasterizer.Shape.ELLIPSOID, new Vector3d(3e-4, 2e-4, 1e-4), q,
                new Vector3d(n * h / 2, n * h / 2, n * h / 2));
        BodyRasterizer.VolumeFractions vf = BodyRasterizer.rasterize(body, n, n, n, h, h, h, 4);
        double[] c = vf.fraction();
        for (int i = 0; i < c.length; i++) {
            c[i] *= chi;
        }
        double[] s = solver(kernel).solve(new ChiGrid(n, n, n, h, h, h, c)).shiftPpm();
        double analytic = new EllipsoidDemagnetization(3e-4, 2e-4, 1e-4).factors().bmsShiftPpm(chi, q);
        double sum = 0;
        double sum2 = 0;
        int cnt = 0;
        for (int i = 0; i < s.length; i++) {
            if (vf.fullyInside()[i]) {
                sum += s[i] - analytic;
                sum2 += (s[i] - analytic) * (s[i] - analytic);
                cnt++;
            }
        }
        return new double[] {Math.abs(sum / cnt) / (1e6 * chi), Math.sqrt(sum2 / cnt) / (1e6 * chi)};
    }

    static double sphereOutside(FieldKernel kernel, int n) {
        double chi = 1e-5;
        double a = 1e-4;
        double h = 4 * a / n;
        BodyRasterizer.Body body = new BodyRasterizer.Body(BodyRasterizer.Shape.ELLIPSOID, new Vector3d(a, a, a), new Quaterniond(),
                new Vector3d(n * h / 2, n * h / 2, n * h / 2));
        double[] c = BodyRasterizer.rasterize(body, n, n, n, h, h, h, 4).fraction();
        for (int i = 0; i < c.length; i++) {
            c[i] *= chi;
        }
        double[] s = solver(kernel).solve(new ChiGrid(n, n, n, h, h, h, c)).shiftPpm();
        double e2 = 0;
        int cnt = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double px = (x + 0.5) * h - n * h / 2;
                    double py = (y + 0.5) * h - n * h / 2;
                    double pz = (z + 0.5) * h - n * h / 2;
                    double r = Math.sqrt(px * px + py * py + pz * pz);
                    if (r >= 1.5 * a && r <= 2 * a) {
                        double dip = 1e6 * chi * a * a * a * (3 * pz * pz / (r * r) - 1) / (3 * r * r * r);
                        double d = s[x + n * (y + n * z)] - dip;
                        e2 += d * d;
                        cnt++;
                    }
                }
            }
        }
        return Math.sqrt(e2 / cnt) / (1e6 * chi);
    }
}
