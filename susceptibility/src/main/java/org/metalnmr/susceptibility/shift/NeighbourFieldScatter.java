package org.metalnmr.susceptibility.shift;

import java.util.Arrays;

import org.metalnmr.core.error.Checks;

/**
 * The whisker-to-whisker scatter of line positions in a dense population: the field each whisker feels from its
 * actual neighbours, minus the population mean (which the mean-field packed-layer term already holds,
 * {@link PackedDeposit#packedLayerTermPpm}).
 *
 * <p>Physics. To first order in chi a whisker j of radius r_j, axis a_j, from base A_j to tip B_j = A_j + L_j a_j,
 * carries the magnetisation M = dchi H0 z_hat: a line of dipoles of density mu = dchi pi r_j^2 z_hat per length
 * (dchi the contrast to the host). Its scalar potential outside (field h = -grad phi, relative to H0) splits into the
 * part of mu along the axis, two end charges, and the part across it, a transverse dipole line:
 * \[ \phi = \frac{\mu_a}{4\pi}\Big(\frac{1}{R_B} - \frac{1}{R_A}\Big) - \frac{1}{4\pi}\,\boldsymbol\mu_\perp\cdot\nabla\Lambda,\qquad
 *    \Lambda = \int_0^L \frac{ds}{|P - A - s\,a|} = \ln\frac{L - t + R_B}{R_A - t}, \]
 * t = (P - A) . a, R_A = |P - A|, R_B = |P - B| (the potential of a uniform line charge; R_A - t is evaluated as
 * rho^2/(R_A + t) where P lies beside the line). The shift a nucleus at P feels from it is
 * 1e6 (-d phi/dz) ppm, the z derivative taken by central differences of the closed-form potential (step 1e-3 of the
 * distance to the nearest axis, relative error about 1e-6). Each sampled whisker sums this over the neighbours whose
 * base lies within a cut-off radius of its own (a needle's field falls as 1/rho^3 beyond its length, so neighbours
 * further than a few lengths add a smooth, nearly uniform field: part of the mean), at the middle of its own axis;
 * the scatter is that sum minus its mean over the samples. Neighbours whose axis passes within r_i + r_j of the
 * evaluation point touch or overlap the whisker there (random bases allow it) and are left out: the pair is one body,
 * beyond a sum of isolated needles, and the line form would diverge. Tested against the Poisson closed form for aligned
 * equal needles along B0, variance dchi^2 p r^2 / (2 L^2) (p = n pi r^2 the packing), and against quadrature of
 * the dipole line.
 */
public final class NeighbourFieldScatter {

    private NeighbourFieldScatter() {
    }

    /**
     * The potential of one magnetised whisker at P (units: dchi-scaled, relative to H0).
     *
     * @param px   point x [m]
     * @param py   point y [m]
     * @param pz   point z [m]
     * @param base whisker base (x, y, z) at offset 3 j of the array
     * @param dir  unit axis at offset 3 j
     * @param j    whisker index
     * @param len  length [m]
     * @param rad  radius [m]
     * @return phi / dchi
     */
    static double potential(double px, double py, double pz, double[] base, double[] dir, int j, double len, double rad) {
        double ax = dir[3 * j];
        double ay = dir[3 * j + 1];
        double az = dir[3 * j + 2];
        double dx = px - base[3 * j];
        double dy = py - base[3 * j + 1];
        double dz = pz - base[3 * j + 2];
        double t = dx * ax + dy * ay + dz * az;
        double ra = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double bx = dx - len * ax;
        double by = dy - len * ay;
        double bz = dz - len * az;
        double rb = Math.sqrt(bx * bx + by * by + bz * bz);
        double area = Math.PI * rad * rad;
        // mu = area z_hat: along the axis area a_z, across it area (z_hat - a_z a)
        double muA = area * az;
        double phi = muA / (4 * Math.PI) * (1 / rb - 1 / ra);
        double rho2 = Math.max(ra * ra - t * t, 0);
        // R_A - t and L - t + R_B, stable for P beside the line
        double qa = t > 0 ? rho2 / (ra + t) : ra - t;
        double tb = len - t;
        double qb = tb > 0 ? tb + rb : rho2 / (rb - tb);
        // grad Lambda = [(P - B)/R_B - a]/(L - t + R_B) - [(P - A)/R_A - a]/(R_A - t)
        double gx = (bx / rb - ax) / qb - (dx / ra - ax) / qa;
        double gy = (by / rb - ay) / qb - (dy / ra - ay) / qa;
        double gz = (bz / rb - az) / qb - (dz / ra - az) / qa;
        // mu_perp = area (z_hat - a_z a)
        double mx = -area * az * ax;
        double my = -area * az * ay;
        double mz = area * (1 - az * az);
        return phi - (mx * gx + my * gy + mz * gz) / (4 * Math.PI);
    }

    /**
     * @param px   point x [m]
     * @param py   point y [m]
     * @param pz   point z [m]
     * @param base bases
     * @param dir  unit axes
     * @param j    whisker index
     * @param len  length [m]
     * @param rad  radius [m]
     * @return h_z / dchi at P from whisker j
     */
    static double fieldZ(double px, double py, double pz, double[] base, double[] dir, int j, double len, double rad) {
        double dx = px - base[3 * j];
        double dy = py - base[3 * j + 1];
        double dz = pz - base[3 * j + 2];
        double t = dx * dir[3 * j] + dy * dir[3 * j + 1] + dz * dir[3 * j + 2];
        double rho = Math.sqrt(Math.max(dx * dx + dy * dy + dz * dz - t * t, 0));
        double eps = 1e-3 * Math.max(rho, rad);
        return -(potential(px, py, pz + eps, base, dir, j, len, rad) - potential(px, py, pz - eps, base, dir, j, len, rad)) / (2 * eps);
    }

    /**
     * @return whether the axis of whisker j passes within the given distance of P: the two whiskers touch or overlap
     *         there and act as one body, whose field the line-dipole form outside whisker j does not give
     */
    private static boolean touches(double px, double py, double pz, double[] base, double[] dir, int j, double len,
                                   double distance) {
        double dx = px - base[3 * j];
        double dy = py - base[3 * j + 1];
        double dz = pz - base[3 * j + 2];
        double t = Math.max(0, Math.min(len, dx * dir[3 * j] + dy * dir[3 * j + 1] + dz * dir[3 * j + 2]));
        double ex = dx - t * dir[3 * j];
        double ey = dy - t * dir[3 * j + 1];
        double ez = dz - t * dir[3 * j + 2];
        return ex * ex + ey * ey + ez * ez < distance * distance;
    }

    /**
     * The scatter of the sampled whiskers' shifts from their neighbours' fields.
     *
     * @param bases      bases (x, y, z per whisker) [m]
     * @param directions unit axes
     * @param radii      radii [m]
     * @param lengths    lengths [m]
     * @param contrast   dchi = chi_metal - chi_host
     * @param samples    indices of the whiskers to evaluate
     * @param cutoff     lateral radius of the neighbourhood [m], &gt; 0
     * @return per sample the neighbour field minus its mean over the samples [ppm]
     */
    public static double[] scatterPpm(double[] bases, double[] directions, double[] radii, double[] lengths,
                                      double contrast, int[] samples, double cutoff) {
        Checks.positive("neighbour cut-off", "[m]", cutoff);
        int n = radii.length;
        double[] out = new double[samples.length];
        if (n == 0 || samples.length == 0) {
            return out;
        }
        // bucket the bases on a grid of cut-off cells over the two lab axes along which they spread most (the face's
        // plane for a planar site); the cells only prune candidates, the distance test is in 3D
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int j = 0; j < n; j++) {
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], bases[3 * j + a]);
                hi[a] = Math.max(hi[a], bases[3 * j + a]);
            }
        }
        int flat = 0;
        for (int a = 1; a < 3; a++) {
            if (hi[a] - lo[a] < hi[flat] - lo[flat]) {
                flat = a;
            }
        }
        int ua = flat == 0 ? 1 : 0;
        int va = flat == 2 ? 1 : 2;
        double minX = lo[ua];
        double minY = lo[va];
        int cx = (int) Math.min(4096, Math.floor((hi[ua] - minX) / cutoff) + 1);
        int cy = (int) Math.min(4096, Math.floor((hi[va] - minY) / cutoff) + 1);
        double sx = Math.max((hi[ua] - minX) / cx, cutoff);
        double sy = Math.max((hi[va] - minY) / cy, cutoff);
        // the members of cell c are members[start[c] .. start[c + 1] - 1], in increasing index (a counting sort: no
        // boxed lists, which cost more than the field sums for a million whiskers)
        int[] cellOf = new int[n];
        int[] start = new int[cx * cy + 1];
        for (int j = 0; j < n; j++) {
            int ix = Math.min(cx - 1, (int) ((bases[3 * j + ua] - minX) / sx));
            int iy = Math.min(cy - 1, (int) ((bases[3 * j + va] - minY) / sy));
            cellOf[j] = ix + cx * iy;
            start[cellOf[j] + 1]++;
        }
        for (int c = 0; c < cx * cy; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(start, cx * cy);
        for (int j = 0; j < n; j++) {
            members[fill[cellOf[j]]++] = j;
        }
        double cut2 = cutoff * cutoff;
        double mean = 0;
        for (int s = 0; s < samples.length; s++) {
            int i = samples[s];
            double half = lengths[i] / 2;
            double px = bases[3 * i] + half * directions[3 * i];
            double py = bases[3 * i + 1] + half * directions[3 * i + 1];
            double pz = bases[3 * i + 2] + half * directions[3 * i + 2];
            int ix = Math.min(cx - 1, (int) ((bases[3 * i + ua] - minX) / sx));
            int iy = Math.min(cy - 1, (int) ((bases[3 * i + va] - minY) / sy));
            double sum = 0;
            for (int gx = Math.max(0, ix - 1); gx <= Math.min(cx - 1, ix + 1); gx++) {
                for (int gy = Math.max(0, iy - 1); gy <= Math.min(cy - 1, iy + 1); gy++) {
                    int cell = gx + cx * gy;
                    for (int m = start[cell]; m < start[cell + 1]; m++) {
                        int j = members[m];
                        if (j == i) {
                            continue;
                        }
                        double ddx = bases[3 * j] - bases[3 * i];
                        double ddy = bases[3 * j + 1] - bases[3 * i + 1];
                        double ddz = bases[3 * j + 2] - bases[3 * i + 2];
                        if (ddx * ddx + ddy * ddy + ddz * ddz > cut2 || touches(px, py, pz, bases, directions, j, lengths[j],
                                radii[i] + radii[j])) {
                            continue;
                        }
                        sum += fieldZ(px, py, pz, bases, directions, j, lengths[j], radii[j]);
                    }
                }
            }
            out[s] = 1e6 * contrast * sum;
            mean += out[s];
        }
        mean /= samples.length;
        for (int s = 0; s < samples.length; s++) {
            out[s] -= mean;
        }
        return out;
    }
}
