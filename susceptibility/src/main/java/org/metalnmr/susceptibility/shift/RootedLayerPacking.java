package org.metalnmr.susceptibility.shift;

import java.util.Arrays;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * The packing fraction each particle of a population <em>rooted on a surface</em> (whiskers standing
 * on an electrode) sees along its own height, for the packed-deposit mean field of
 * {@link PackedDeposit} applied layer by layer. Particle j (volume v_j, height h_j above the surface)
 * fills the slice at height z with cross-section v_j / h_j, so the layer's packing profile over the
 * site area A is
 * \[ p(z) = \frac1A \sum_j \frac{v_j}{h_j} [z \lt h_j] \]
 * and particle i sees, on average over its height,
 * \[ \langle p \rangle_i = \frac{1}{h_i} \int_0^{h_i} p(z)\, dz = \frac{1}{A h_i} \sum_j v_j \min(1, h_i/h_j) \]
 * (dimensionless; clamped to 1). Its mean-field BMS shift is then
 * chi (1/3 - N_p,i) + &lt;p&gt;_i chi (N_p,i - N_s) (docs/physics.md section 4 with the local packing).
 *
 * <p>Why the local packing: for a layer much wider than it is high, the smeared magnetisation
 * M(z) = p(z) chi H0 gives a demagnetising field that is local in height, -n (n . M(z)) with n the
 * layer normal (div B = 0 across a laterally uniform sheet), so a tall particle whose top stands above
 * most of its neighbours sees less of the layer than the mean packing of a uniform layer of the mean
 * height says. When all heights are equal, &lt;p&gt;_i = sum v / (A h), the uniform-layer packing.</p>
 *
 * <p>Checked against cell-kernel voxel solves of rooted 2 x 2 x L columns standing along B0 on a
 * 48 x 48 base (PackedDepositStudy, docs/susceptibility.md "Rooted populations"): with log-normal
 * lengths (sd/mean 0.5, means 12-36 voxels) the mean shift over the metal is within 0.002 chi of this
 * model for p up to 0.09, 0.007 chi at p = 0.18 and 0.012 chi at p = 0.28, where one uniform layer of
 * the mean height is off by +0.007 to +0.059 chi; with equal lengths the two coincide and hold to
 * 0.009 chi up to p = 0.3. Not in the model: the particle-to-particle spread (about 0.08 chi std).</p>
 */
public final class RootedLayerPacking {

    private RootedLayerPacking() {
    }

    /**
     * @param heights  h_i, height of each particle above the surface [m], &gt; 0 (not modified)
     * @param volumes  v_i, its volume [m^3], &gt;= 0 (not modified)
     * @param siteArea A, area of the surface the population stands on [m^2], &gt; 0
     * @return &lt;p&gt;_i per particle, in [0, 1]
     */
    public static double[] meanPacking(double[] heights, double[] volumes, double siteArea) {
        Checks.positive("siteArea", "[m^2]", siteArea);
        int n = heights.length;
        if (volumes.length != n) {
            throw new InvalidInputException(SusceptibilityMessage.LENGTH_MISMATCH, "heights", "volumes", n, volumes.length);
        }
        // the checks below throw; they run only for a failing value, so that no name string is built per particle
        for (int i = 0; i < n; i++) {
            if (!(heights[i] > 0 && Double.isFinite(heights[i]))) {
                Checks.positive("heights[" + i + "]", "[m]", heights[i]);
            }
            if (!(volumes[i] >= 0 && Double.isFinite(volumes[i]))) {
                Checks.nonNegative("volumes[" + i + "]", "[m^3]", volumes[i]);
            }
        }
        int[] boxed = byHeight(heights);
        // below[k] = sum of v_j over the k lowest particles; above[k] = sum of v_j / h_j over the others
        double[] below = new double[n + 1];
        double[] above = new double[n + 1];
        for (int k = 0; k < n; k++) {
            below[k + 1] = below[k] + volumes[boxed[k]];
        }
        for (int k = n - 1; k >= 0; k--) {
            above[k] = above[k + 1] + volumes[boxed[k]] / heights[boxed[k]];
        }
        double[] out = new double[n];
        int k = 0;
        while (k < n) {
            int end = k;
            double h = heights[boxed[k]];
            while (end < n && heights[boxed[end]] == h) {
                end++;
            }
            // particles k..end-1 share the height h: those at or below it count whole, the taller ones up to h
            double p = (below[end] + h * above[end]) / (siteArea * h);
            for (int q = k; q < end; q++) {
                out[boxed[q]] = Math.min(1, p);
            }
            k = end;
        }
        return out;
    }

    /**
     * @param heights values (not modified)
     * @return the indices in increasing order of the value (equal values in any order: they are grouped by the
     *         caller); a quicksort of the values with their indices on primitive arrays, which for a million
     *         particles costs a fraction of the boxed comparator sort it replaces
     */
    private static int[] byHeight(double[] heights) {
        double[] key = heights.clone();
        int[] order = new int[key.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int lo = 0;
        int hi = key.length - 1;
        int[] stack = new int[128];
        int top = 0;
        while (true) {
            // partition [lo, hi] about its middle value; recurse into the smaller side (a stack of at most log2 n
            // ranges), loop on the larger; short ranges by insertion
            while (hi - lo > 16) {
                double pivot = key[(lo + hi) >>> 1];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (key[i] < pivot) {
                        i++;
                    }
                    while (key[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        swap(key, order, i++, j--);
                    }
                }
                if (j - lo < hi - i) {
                    stack[top++] = i;
                    stack[top++] = hi;
                    hi = j;
                } else {
                    stack[top++] = lo;
                    stack[top++] = j;
                    lo = i;
                }
            }
            for (int a = lo + 1; a <= hi; a++) {
                for (int b = a; b > lo && key[b - 1] > key[b]; b--) {
                    swap(key, order, b - 1, b);
                }
            }
            if (top == 0) {
                return order;
            }
            hi = stack[--top];
            lo = stack[--top];
        }
    }

    private static void swap(double[] key, int[] order, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int o = order[a];
        order[a] = order[b];
        order[b] = o;
    }

    /**
     * Volume-weighted mean BMS shift of rooted square columns standing along B0 (the voxel test bed of
     * {@link org.metalnmr.susceptibility.voxel.RootedColumnPacking}), in units of chi, by three mean-field
     * readings: each column its own packing along its height (this class), one uniform layer of the mean height,
     * and isolated columns (no packing term). Column i (w x w x L_i) has the prism factor N_p,i along its axis
     * (Aharoni), the layer w_base x w_base x mean(L) the factor N_s, and the shift is
     * chi (1/3 - N_p,i) + p_i chi (N_p,i - N_s) (docs/physics.md section 4).
     *
     * @param lengths column lengths L_i [voxels], &gt; 0
     * @param width   column width w [voxels], &gt; 0
     * @param baseX   base area size along x [voxels], &gt; 0
     * @param baseY   base area size along y [voxels], &gt; 0
     * @return the three readings / chi
     */
    public static ColumnMeanField columnMeanField(int[] lengths, int width, int baseX, int baseY) {
        Checks.positive("column width", "[voxels]", width);
        int n = lengths.length;
        double[] h = new double[n];
        double[] v = new double[n];
        double volume = 0;
        for (int i = 0; i < n; i++) {
            h[i] = lengths[i];
            v[i] = (double) width * width * lengths[i];
            volume += v[i];
        }
        double area = (double) baseX * baseY;
        double meanHeight = Arrays.stream(h).average().orElseThrow();
        double[] local = meanPacking(h, v, area);
        double uniformPacking = volume / (area * meanHeight);
        double ns = new PrismDemagnetization(baseX, baseY, meanHeight).factors().nzz();
        double graded = 0;
        double uniform = 0;
        double isolated = 0;
        for (int i = 0; i < n; i++) {
            double np = new PrismDemagnetization(width, width, h[i]).factors().nzz();
            graded += v[i] * (1.0 / 3 - np + local[i] * (np - ns));
            uniform += v[i] * (1.0 / 3 - np + uniformPacking * (np - ns));
            isolated += v[i] * (1.0 / 3 - np);
        }
        return new ColumnMeanField(uniformPacking, graded / volume, uniform / volume, isolated / volume);
    }

    /**
     * @param uniformPacking metal volume / (base area x mean height)
     * @param localPacking   mean shift / chi with each column's own packing
     * @param uniformLayer   mean shift / chi with one uniform layer of the mean height
     * @param isolated       mean shift / chi of the columns alone
     */
    public record ColumnMeanField(double uniformPacking, double localPacking, double uniformLayer, double isolated) {
    }
}
