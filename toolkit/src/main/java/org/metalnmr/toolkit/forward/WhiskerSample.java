package org.metalnmr.toolkit.forward;

import java.util.Arrays;
import java.util.List;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.shift.AxisDistribution;
import org.metalnmr.susceptibility.shift.PackedDeposit;

/**
 * The forward model's sampled whiskers, each with everything its line position and signal depend on (issue "One
 * physics", items 8-9): its axis, its needle's demagnetising factors, the cell's field and the host medium at its
 * mid-point, the packing it sees along its height, the field of its actual neighbours, and its complex RF weight. The
 * forward model places its whisker packets with {@link #shiftPpm}; the morphology model evaluates the same method on the
 * same whiskers with the fitted quantities, so the two share one formula and every correlation between a whisker's
 * orientation, packing, neighbour field, cell field and RF weight.
 *
 * <p>The shift of whisker i (docs/physics.md section 4; {@link PackedDeposit}):
 * \[ \delta_i = K + 10^6 \chi\, n_i + 10^6 (\chi - \chi_{h,i}) \big(\tfrac13 - N_{p,i}\big)
 *    + 10^6 (\chi - \chi_{h,i})\, s_p\, p_i\, (N_{p,i} - N_s) + s_p \frac{\chi - \chi_{h}}{\chi_0 - \chi_{h}}\, \delta_{nb,i}, \]
 * with K the Knight shift [ppm], \( \chi \) the metal's susceptibility (SI; \( \chi_0 \) the scenario's), \( n_i \) the
 * cell's macroscopic field at the mid-point per unit \( \chi_0 \) (the local field of the host, {@code CellBmsField}),
 * \( \chi_{h,i} \) the host's susceptibility there, \( N_{p,i} = N_t + (N_a - N_t) a_z^2 \) the needle's factor along B0
 * for its axis a ({@link PackedDeposit#labNzz}), \( p_i \) the packing it sees along its height
 * ({@code RootedLayerPacking}), \( N_s = n_z^2 \) the layer's factor, \( \delta_{nb,i} \) the field of its neighbours
 * about the population mean at the scenario ({@code NeighbourFieldScatter}, proportional to the contrast at the site
 * \( \chi - \chi_h \)) and \( s_p \) a packing scale (1 in the forward model; the fitted mean packing over the
 * scenario's in the morphology model: at fixed positions and axes every neighbour's field, and the mean-field term, is
 * proportional to its cross-section, so thicker whiskers on the same sites scale both by s_p).
 *
 * @param axis          unit axis of each whisker (x, y, z at 3 i)
 * @param normal        unit normal of the face it grows on (3 i)
 * @param transverse    needle factor across the axis, N_t
 * @param axial         needle factor along the axis, N_a
 * @param cellField     cell field at the mid-point per unit chi_0, n_i
 * @param hostChi       host susceptibility at the mid-point (SI)
 * @param packing       packing seen along the height, p_i
 * @param neighbourPpm  neighbour field about the mean at the scenario [ppm]
 * @param siteHostChi   host susceptibility at the site the neighbour field was computed with (SI)
 * @param chi0          the metal's susceptibility in the scenario (SI)
 * @param weightRe      real part of each whisker's complex RF weight (nuclei-equivalents)
 * @param weightIm      imaginary part
 * @param quantile      each whisker's quantile of its angle to the normal in the population's orientation law,
 *                      F(cos theta_i) (null: its rank in the sample stands for it)
 */
public record WhiskerSample(double[] axis, double[] normal, double[] transverse, double[] axial, double[] cellField, double[] hostChi,
                            double[] packing, double[] neighbourPpm, double siteHostChi, double chi0, double[] weightRe,
                            double[] weightIm, double[] quantile) {

    /** Checks lengths; keeps its arrays (the record is built once per simulation and only read). */
    public WhiskerSample {
        int n = transverse.length;
        for (double[] a : List.of(axial, cellField, hostChi, packing, neighbourPpm, weightRe, weightIm)) {
            if (a.length != n) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "whisker sample arrays", a.length, "whiskers", n);
            }
        }
        if (quantile != null && quantile.length != n) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "whisker quantiles", quantile.length, "whiskers", n);
        }
        if (axis.length != 3 * n || normal.length != 3 * n) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "whisker sample axes", axis.length, "3 x whiskers", 3 * n);
        }
    }

    /**
     * @param u each whisker's quantile in its population's orientation law
     * @return this sample with those quantiles
     */
    public WhiskerSample withQuantiles(double[] u) {
        return new WhiskerSample(axis, normal, transverse, axial, cellField, hostChi, packing, neighbourPpm, siteHostChi, chi0, weightRe,
                weightIm, u);
    }

    /** @return the number of whiskers */
    public int size() {
        return transverse.length;
    }

    /**
     * The shift of whisker i (class formula).
     *
     * @param i            whisker
     * @param knightPpm    K [ppm]
     * @param chi          the metal's susceptibility (SI)
     * @param ax           its axis (unit, lab frame)
     * @param packingScale s_p (1: the scenario's packing)
     * @return its shift [ppm]
     */
    public double shiftPpm(int i, double knightPpm, double chi, Vector3dc ax, double packingScale) {
        double np = PackedDeposit.labNzz(new DemagnetizingFactors(transverse[i], transverse[i], axial[i]), ax);
        double nz = normal[3 * i + 2];
        double contrast = chi - hostChi[i];
        double p = Math.max(0, Math.min(1, packingScale * packing[i]));
        double neighbours = chi0 == siteHostChi ? 0 : neighbourPpm[i] * packingScale * (chi - siteHostChi) / (chi0 - siteHostChi);
        return knightPpm + 1e6 * chi * cellField[i] + 1e6 * contrast * (1.0 / 3 - np)
                + PackedDeposit.packedLayerTermPpm(contrast, p, np, nz * nz) + neighbours;
    }

    /**
     * The shifts of all whiskers with their axes turned to another spread about their face normals: whisker i keeps its
     * azimuth and its quantile u_i in the orientation law ({@link #quantile}, else its rank, u_i = (rank + 1/2)/n) and
     * takes the polar angle of that quantile in the given law, \( \cos\theta_i' = F^{-1}(u_i) \)
     * ({@link AxisDistribution#inverseCdfCosAngle}); at the population's own law and spread every whisker keeps its
     * axis. The correlations of the orientation with the rest of a whisker's set (RF weight, packing, fields) follow.
     *
     * @param knightPpm    K [ppm]
     * @param chi          chi (SI)
     * @param law          the orientation law at the wanted spread (its mean direction is not used: each whisker's face normal is)
     * @param packingScale s_p
     * @return shifts [ppm]
     */
    public double[] shiftsPpm(double knightPpm, double chi, AxisDistribution law, double packingScale) {
        int n = size();
        double[] s = new double[n];
        int[] rank = quantile == null ? ranks() : null;
        Vector3d a = new Vector3d();
        Vector3d nrm = new Vector3d();
        Vector3d perp = new Vector3d();
        for (int i = 0; i < n; i++) {
            a.set(axis[3 * i], axis[3 * i + 1], axis[3 * i + 2]);
            nrm.set(normal[3 * i], normal[3 * i + 1], normal[3 * i + 2]);
            double c = Math.max(-1, Math.min(1, law.inverseCdfCosAngle(quantile == null ? (rank[i] + 0.5) / n : quantile[i])));
            perp.set(a).fma(-a.dot(nrm), nrm);
            if (perp.lengthSquared() < 1e-24) {
                perp.set(Math.abs(nrm.x) < 0.9 ? 1 : 0, Math.abs(nrm.x) < 0.9 ? 0 : 1, 0).cross(nrm);
            }
            perp.normalize();
            a.set(nrm).mul(c).fma(Math.sqrt(Math.max(0, 1 - c * c)), perp);
            s[i] = shiftPpm(i, knightPpm, chi, a, packingScale);
        }
        return s;
    }

    private int[] ranks() {
        int n = size();
        Integer[] order = new Integer[n];
        double[] cos = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            cos[i] = axis[3 * i] * normal[3 * i] + axis[3 * i + 1] * normal[3 * i + 1] + axis[3 * i + 2] * normal[3 * i + 2];
        }
        Arrays.sort(order, (x, y) -> Double.compare(cos[x], cos[y]));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /**
     * @param parts samples of several whisker populations
     * @return one sample holding all of them
     */
    public static WhiskerSample concat(List<WhiskerSample> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int n = parts.stream().mapToInt(WhiskerSample::size).sum();
        double[][] out = new double[10][];
        int[] widths = {3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        for (int f = 0; f < widths.length; f++) {
            out[f] = new double[widths[f] * n];
        }
        int at = 0;
        for (WhiskerSample p : parts) {
            double[][] src = {p.axis, p.normal, p.transverse, p.axial, p.cellField, p.hostChi, p.packing, p.neighbourPpm, p.weightRe, p.weightIm};
            for (int f = 0; f < src.length; f++) {
                System.arraycopy(src[f], 0, out[f], widths[f] * at, src[f].length);
            }
            at += p.size();
        }
        double[] u = null;
        if (parts.stream().allMatch(p -> p.quantile != null)) {
            u = new double[n];
            int k = 0;
            for (WhiskerSample p : parts) {
                System.arraycopy(p.quantile, 0, u, k, p.size());
                k += p.size();
            }
        }
        WhiskerSample first = parts.get(0);
        return new WhiskerSample(out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], first.siteHostChi, first.chi0, out[8], out[9],
                u);
    }

    /**
     * @param maxWhiskers largest size wanted
     * @return every k-th whisker (evenly strided, weights scaled by k so the totals keep their meaning), or this sample
     *         when it is small enough
     */
    public WhiskerSample strided(int maxWhiskers) {
        int n = size();
        int k = (int) Math.ceil((double) n / maxWhiskers);
        if (k <= 1) {
            return this;
        }
        int m = (n + k - 1) / k;
        double[][] src = {axis, normal, transverse, axial, cellField, hostChi, packing, neighbourPpm, weightRe, weightIm};
        int[] widths = {3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        double[][] out = new double[src.length][];
        for (int f = 0; f < src.length; f++) {
            out[f] = new double[widths[f] * m];
            for (int j = 0; j < m; j++) {
                System.arraycopy(src[f], widths[f] * j * k, out[f], widths[f] * j, widths[f]);
            }
        }
        for (int j = 0; j < m; j++) {
            out[8][j] *= k;
            out[9][j] *= k;
        }
        double[] u = null;
        if (quantile != null) {
            u = new double[m];
            for (int j = 0; j < m; j++) {
                u[j] = quantile[j * k];
            }
        }
        return new WhiskerSample(out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], siteHostChi, chi0, out[8], out[9], u);
    }
}
