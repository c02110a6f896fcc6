package org.metalnmr.spectra.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ResidualCompressionTest {

    /** Both paths: well-conditioned columns (Cholesky) and a column equal to another (Householder). */
    @Test
    void bothPathsPreserveTheProblem() {
        check(false);
        check(true);
    }

    /** Norm, normal matrix A^T A = R^T R and gradient A^T r = R^T z are preserved (to round-off). */
    @Test
    void preservesNormNormalMatrixAndGradient() {
        check(false);
    }

    private static void check(boolean dependent) {
        int m = 300;
        int k = 5;
        SplittableRandom rnd = new SplittableRandom(1);
        double[][] a = new double[k][m];
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = rnd.nextGaussian();
            for (int j = 0; j < k; j++) {
                a[j][i] = rnd.nextGaussian() + (j == 2 ? a[1][i] : 0);
            }
            if (dependent) {
                a[3][i] = a[1][i];
            }
        }
        double[][] ata = new double[k][k];
        double[] atr = new double[k];
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm += r[i] * r[i];
            for (int p = 0; p < k; p++) {
                atr[p] += a[p][i] * r[i];
                for (int q = 0; q < k; q++) {
                    ata[p][q] += a[p][i] * a[q][i];
                }
            }
        }
        double[][] rows = new double[k + 1][k];
        double[] v = ResidualCompression.compress(a, r, rows);
        double cnorm = 0;
        for (double x : v) {
            cnorm += x * x;
        }
        assertEquals(norm, cnorm, 1e-12 * norm);
        for (int p = 0; p < k; p++) {
            double g = 0;
            for (int t = 0; t <= k; t++) {
                g += rows[t][p] * -v[t];
            }
            assertEquals(atr[p], g, 1e-11 * m);
            for (int q = 0; q < k; q++) {
                double s = 0;
                for (int t = 0; t <= k; t++) {
                    s += rows[t][p] * rows[t][q];
                }
                assertEquals(ata[p][q], s, 1e-11 * m);
            }
        }
    }
}
