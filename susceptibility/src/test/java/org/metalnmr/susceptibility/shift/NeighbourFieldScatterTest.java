package org.metalnmr.susceptibility.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;

/** The neighbour field of magnetised whiskers: closed-form potential and the Poisson scatter of aligned needles. */
class NeighbourFieldScatterTest {

    @Test
    void potentialEqualsQuadratureOfTheDipoleLine() {
        double[] base = {1e-6, -2e-6, 0.5e-6};
        double[] dir = {0.3, 0.2, Math.sqrt(1 - 0.13)};
        double len = 30e-6;
        double rad = 1e-6;
        // phi = (1/4 pi) int mu . (P - X)/|P - X|^3 ds, mu = pi r^2 z_hat
        GaussIntegrator g = new GaussIntegratorFactory().legendre(64, 0, len);
        double[][] points = {{8e-6, 3e-6, 12e-6}, {-5e-6, 6e-6, 40e-6}, {4e-6, -9e-6, -6e-6}};
        for (double[] p : points) {
            double sum = 0;
            for (int k = 0; k < 8; k++) {
                // 8 sub-intervals of the 64-point rule for the near field
                GaussIntegrator gi = new GaussIntegratorFactory().legendre(64, k * len / 8, (k + 1) * len / 8);
                for (int i = 0; i < gi.getNumberOfPoints(); i++) {
                    double s = gi.getPoint(i);
                    double dx = p[0] - base[0] - s * dir[0];
                    double dy = p[1] - base[1] - s * dir[1];
                    double dz = p[2] - base[2] - s * dir[2];
                    double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    sum += gi.getWeight(i) * Math.PI * rad * rad * dz / (r * r * r);
                }
            }
            double quad = sum / (4 * Math.PI);
            assertEquals(quad, NeighbourFieldScatter.potential(p[0], p[1], p[2], base, dir, 0, len, rad), 1e-9 * Math.abs(quad));
        }
        assertEquals(64, g.getNumberOfPoints());
    }

    @Test
    void alignedNeedlesScatterAsThePoissonClosedForm() {
        // equal needles along B0 at random positions: the neighbour field at mid-height is that of the end charges,
        // h_z = -dchi r^2 L / (4 R^3), R^2 = rho^2 + L^2/4, and its variance over a Poisson layout of density n is
        // n int h_z^2 dA = dchi^2 p r^2 / (2 L^2), p = n pi r^2
        double r = 1e-6;
        double len = 20e-6;
        double n = 2e10;
        double side = 520e-6;
        double cutoff = 3 * len;
        Random rnd = new Random(7);
        int count = (int) Math.round(n * side * side);
        double[] bases = new double[3 * count];
        double[] dirs = new double[3 * count];
        double[] radii = new double[count];
        double[] lengths = new double[count];
        List<Integer> inner = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            bases[3 * j] = rnd.nextDouble() * side;
            bases[3 * j + 1] = rnd.nextDouble() * side;
            dirs[3 * j + 2] = 1;
            radii[j] = r;
            lengths[j] = len;
            if (Math.min(Math.min(bases[3 * j], side - bases[3 * j]), Math.min(bases[3 * j + 1], side - bases[3 * j + 1])) > cutoff) {
                inner.add(j);
            }
        }
        int[] samples = inner.stream().mapToInt(Integer::intValue).toArray();
        double dchi = 3.41e-5;
        double[] s = NeighbourFieldScatter.scatterPpm(bases, dirs, radii, lengths, dchi, samples, cutoff);
        double var = 0;
        for (double v : s) {
            var += v * v;
        }
        double std = Math.sqrt(var / s.length);
        double p = n * Math.PI * r * r;
        double expected = 1e6 * dchi * Math.sqrt(p / 2) * r / len;
        // about 3000 samples: the standard deviation is estimated to a few percent
        assertEquals(expected, std, 0.1 * expected);
    }
}
