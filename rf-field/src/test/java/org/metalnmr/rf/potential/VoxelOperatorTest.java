package org.metalnmr.rf.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The voxel Laplacian, its coarse operators and the multigrid V-cycle: symmetry, the Galerkin
 * identity of the coarse operator, and chunk-independent red-black sweeps.
 */
class VoxelOperatorTest {

    private static final int NX = 11;
    private static final int NY = 9;
    private static final int NZ = 10;

    /** A random mask, 30 % metal, with a one-voxel plate across it (a thin screen). */
    private static byte[] mask(long seed) {
        Random rnd = new Random(seed);
        byte[] lab = new byte[NX * NY * NZ];
        for (int c = 0; c < lab.length; c++) {
            lab[c] = (byte) (rnd.nextDouble() < 0.3 ? 1 : 0);
        }
        for (int j = 2; j < NY - 2; j++) {
            for (int k = 2; k < NZ - 2; k++) {
                lab[(5 * NY + j) * NZ + k] = 1;
            }
        }
        return lab;
    }

    private static double[] random(VoxelOperator a, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[a.size()];
        for (int c = 0; c < v.length; c++) {
            v[c] = a.active(c) ? rnd.nextGaussian() : 0;
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) {
            s += a[c] * b[c];
        }
        return s;
    }

    @Test
    void operatorIsSymmetricAndPositive() {
        VoxelOperator a = VoxelOperator.fromMask(mask(1), NX, NY, NZ);
        try (PlaneLoop loop = new PlaneLoop(1)) {
            double[] u = random(a, 2);
            double[] v = random(a, 3);
            double[] au = new double[u.length];
            double[] av = new double[u.length];
            a.apply(u, au, loop);
            a.apply(v, av, loop);
            assertEquals(dot(u, av), dot(v, au), 1e-12 * Math.abs(dot(u, av)));
            assertTrue(dot(u, au) > 0);
        }
    }

    @Test
    void coarseOperatorIsHalfTheGalerkinProduct() {
        VoxelOperator a = VoxelOperator.fromMask(mask(4), NX, NY, NZ);
        VoxelOperator c = a.coarsened();
        assertEquals((NX + 1) / 2 * ((NY + 1) / 2) * ((NZ + 1) / 2), c.size());
        try (PlaneLoop loop = new PlaneLoop(1)) {
            double[] xc = new double[c.size()];
            Random rnd = new Random(5);
            for (int i = 0; i < xc.length; i++) {
                xc[i] = rnd.nextGaussian();
            }
            // P xc, A P xc, P^T A P xc (restriction of b - A x with b = 0, x = -P xc, both colours)
            double[] px = new double[a.size()];
            a.prolongAdd(xc, c, px, loop);
            double[] minus = new double[px.length];
            for (int i = 0; i < px.length; i++) {
                minus[i] = -px[i];
            }
            double[] zero = new double[px.length];
            double[] red = new double[c.size()];
            double[] black = new double[c.size()];
            a.restrictResidual(zero, minus, 0, c, red, loop);
            a.restrictResidual(zero, minus, 1, c, black, loop);
            double[] acx = new double[c.size()];
            c.apply(xc, acx, loop);
            for (int i = 0; i < acx.length; i++) {
                double galerkin = red[i] + black[i];
                if (c.active(i)) {
                    assertEquals(0.5 * galerkin, acx[i], 1e-12 * (1 + Math.abs(galerkin)), "coarse voxel " + i);
                } else {
                    // a coarse voxel is metal only when all its children are: nothing to restrict
                    assertEquals(0, galerkin, 1e-12);
                }
            }
        }
    }

    @Test
    void redBlackSweepDoesNotDependOnTheNumberOfChunks() {
        // a grid large enough for the loop to split it (> 32768 voxels)
        int n = 40;
        byte[] lab = new byte[n * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    lab[(i * n + j) * n + k] = (byte) ((i - 20) * (i - 20) + (j - 18) * (j - 18) + (k - 21) * (k - 21) < 64 ? 1 : 0);
                }
            }
        }
        VoxelOperator a = VoxelOperator.fromMask(lab, n, n, n);
        double[] b = random(a, 6);
        double[] x1 = new double[b.length];
        double[] x3 = new double[b.length];
        try (PlaneLoop one = new PlaneLoop(1); PlaneLoop three = new PlaneLoop(3)) {
            for (int s = 0; s < 3; s++) {
                a.redBlackSweep(b, x1, s & 1, one);
                a.redBlackSweep(b, x3, s & 1, three);
            }
        }
        assertArrayEquals(x1, x3, 0.0);
    }

    @Test
    void multigridCycleIsSymmetricPositiveDefinite() {
        VoxelOperator a = VoxelOperator.fromMask(mask(7), NX, NY, NZ);
        try (PlaneLoop loop = new PlaneLoop(1)) {
            MultigridPreconditioner m = new MultigridPreconditioner(a, loop);
            assertTrue(m.levelCount() >= 2);
            double[] u = random(a, 8);
            double[] v = random(a, 9);
            double[] mu = new double[u.length];
            double[] mv = new double[u.length];
            m.apply(u, mu);
            m.apply(v, mv);
            // conjugate gradients needs a symmetric positive definite preconditioner
            assertEquals(dot(u, mv), dot(v, mu), 1e-9 * Math.sqrt(dot(u, mu) * dot(v, mv)));
            assertTrue(dot(u, mu) > 0 && dot(v, mv) > 0);
        }
    }
}
