package org.metalnmr.validation.susceptibility;

import java.util.Locale;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;
import org.metalnmr.susceptibility.shift.PackedDeposit;
import org.metalnmr.susceptibility.shift.RootedLayerPacking;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.RandomPrismPacking;
import org.metalnmr.susceptibility.voxel.RootedColumnPacking;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;

/**
 * The packed-deposit mean-field model chi (1/3 - (1-p) N_p - p N_s) against cell-kernel voxel solves of
 * random sequential packings of grid-aligned prisms (exact on the voxels) in a flat region (48 x 48 x 12
 * voxels, normal along B0, and 12 x 48 x 48, normal across B0). Particles: cubes (2^3), 2x2x6 needles
 * along B0 and 6x2x2 needles across B0; p = 0.05 to 0.45. Prints a Markdown table of the mean shift over
 * the particles, the model, their difference and the spread of particle-voxel shifts (all / chi); then
 * rooted columns (whisker-like, {@link #rootedColumns()}).
 * Run: {@code java -cp <validation classpath> org.metalnmr.validation.susceptibility.PackedDepositStudy [rooted]}.
 */
public final class PackedDepositStudy {

    private PackedDepositStudy() {
    }

    /**
     * @param args {@code rooted}: only the rooted-column table
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rooted")) {
            rootedColumns();
            return;
        }
        double chi = 1e-5;
        int[][] regions = {{48, 48, 12}, {12, 48, 48}};
        String[] regionNames = {"layer, normal along B0", "layer, normal across B0"};
        int[][] particles = {{2, 2, 2}, {2, 2, 6}, {6, 2, 2}};
        String[] particleNames = {"cube 2^3", "needle 2x2x6 along B0", "needle 6x2x2 across B0"};
        System.out.println("| region | particle | p | voxel mean | mean field | difference | isolated | voxel spread (std) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int r = 0; r < regions.length; r++) {
            for (int q = 0; q < particles.length; q++) {
                for (double p : new double[] {0.05, 0.1, 0.2, 0.3, 0.45}) {
                    int[] reg = regions[r];
                    int[] par = particles[q];
                    int nx = reg[0] + 8;
                    int ny = reg[1] + 8;
                    int nz = reg[2] + 8;
                    RandomPrismPacking pk = new RandomPrismPacking(nx, ny, nz, new int[] {4, 4, 4}, reg, par);
                    double[] occ = pk.place(p, 42);
                    double pa = pk.fraction(occ);
                    double[] c = occ.clone();
                    for (int i = 0; i < c.length; i++) {
                        c[i] *= chi;
                    }
                    double h = 1e-6;
                    double[] s = VoxelFieldSolver.create().solve(new ChiGrid(nx, ny, nz, h, h, h, c)).shiftPpm();
                    double sum = 0;
                    double sum2 = 0;
                    int n = 0;
                    for (int i = 0; i < s.length; i++) {
                        if (occ[i] > 0) {
                            sum += s[i];
                            sum2 += s[i] * s[i];
                            n++;
                        }
                    }
                    double mean = sum / n;
                    double std = Math.sqrt(sum2 / n - mean * mean) / (1e6 * chi);
                    mean /= 1e6 * chi;
                    PackedDeposit model = new PackedDeposit(pa, new PrismDemagnetization(par[0], par[1], par[2]).factors(),
                            new PrismDemagnetization(reg[0], reg[1], reg[2]).factors(), new Quaterniond());
                    double mf = model.bmsShiftPpm(chi, new Vector3d(0, 0, 1)) / (1e6 * chi);
                    double iso = 1.0 / 3 - new PrismDemagnetization(par[0], par[1], par[2]).factors().nzz();
                    System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.4f | %.4f | %+.4f | %.4f | %.3f |%n",
                            regionNames[r], particleNames[q], pa, mean, mf, mean - mf, iso, std);
                }
            }
        }
        rootedColumns();
    }

    /**
     * Rooted columns (whiskers standing on an electrode along B0): 2 x 2 x L columns on a 48 x 48 base, equal
     * lengths (24 voxels) and log-normal lengths (mean 12, 24, 36 voxels, sd/mean 0.5), p = 0.05 to 0.3; the mean
     * shift over the metal against the mean field with one uniform layer of the mean height and with each column's
     * own packing along its height ({@link RootedLayerPacking}), all / chi.
     */
    static void rootedColumns() {
        int base = 48;
        int w = 2;
        System.out.println();
        System.out.println("| lengths | p | voxel mean | uniform layer | difference | local packing | difference | isolated |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        double[][] cases = {{24, 0}, {12, 0.5}, {24, 0.5}, {36, 0.5}};
        for (double[] cs : cases) {
            for (double p : new double[] {0.05, 0.1, 0.2, 0.3}) {
                int nz = (int) Math.ceil(cs[0] * (1 + 3 * cs[1])) + 8;
                RootedColumnPacking packing = new RootedColumnPacking(base + 8, base + 8, nz, 4, 4, 4, base, base, w);
                RootedColumnPacking.Columns cols = packing.place(p, cs[0], cs[1], 42);
                double mean = packing.meanShiftOverChi(cols, VoxelFieldSolver.create());
                RootedLayerPacking.ColumnMeanField model = RootedLayerPacking.columnMeanField(cols.lengths(), w, base, base);
                String lengths = cs[1] == 0 ? String.format(Locale.ROOT, "all %.0f", cs[0])
                        : String.format(Locale.ROOT, "log-normal, mean %.0f, sd/mean %.1f", cs[0], cs[1]);
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.4f | %.4f | %+.4f | %.4f | %+.4f | %.4f |%n", lengths,
                        model.uniformPacking(), mean, model.uniformLayer(), mean - model.uniformLayer(), model.localPacking(),
                        mean - model.localPacking(), model.isolated());
            }
        }
    }
}
