package org.metalnmr.core.fit;

/**
 * Compresses a tall least-squares problem (m residuals r, Jacobian A of k columns, m &gt;&gt; k) to
 * k + 1 rows without changing the Levenberg-Marquardt iteration. With the Householder QR
 * factorisation \( A = QR \) (Golub &amp; Van Loan, Matrix Computations, 4th ed., sect. 5.2.1),
 * \[ \lVert r - A\delta \rVert^2 = \lVert Q_1^{\mathsf T} r - R\delta \rVert^2 + \lVert r_\perp \rVert^2 , \]
 * so the vector \( z = (Q_1^{\mathsf T} r, \lVert r_\perp \rVert) \) with Jacobian
 * \( (R; 0) \) has the same norm, the same gradient \( A^{\mathsf T} r = R^{\mathsf T} Q_1^{\mathsf T} r \)
 * and the same linearised subproblem at the current point as the original: every quantity the
 * Levenberg-Marquardt step uses is unchanged, while the optimiser's own factorisations shrink from
 * m x k to (k + 1) x k.
 *
 * <p>Two ways to the same R and \( Q_1^{\mathsf T} r \): first the Cholesky factor of the normal
 * matrix, \( A^{\mathsf T}A = R^{\mathsf T}R \), \( Q_1^{\mathsf T} r = R^{-\mathsf T} A^{\mathsf T} r \),
 * \( \lVert r_\perp\rVert^2 = \lVert r\rVert^2 - \lVert Q_1^{\mathsf T} r\rVert^2 \) (one pass of dot
 * products, O(m k^2 / 2)); when a Cholesky pivot falls below 1e-10 of its diagonal entry (a column
 * within 1e-5 rad of the span of the previous ones, where squaring the condition number would cost
 * accuracy) the Householder QR of A itself is used instead.
 *
 * <p>Sign convention for Hipparchus (residual = target - value, Jacobian of value): with r the
 * residual and A the Jacobian of the residual's negative (of the model), target 0,
 * value = -z and Jacobian R reproduce residual z and model Jacobian R.
 */
final class ResidualCompression {

    private ResidualCompression() {
    }

    /**
     * @param a    the Jacobian of the model, column by column ({@code a[j][i]}); overwritten
     * @param r    the residuals (data - model); overwritten
     * @param rows receives the (k + 1) x k Jacobian of the compressed value, row by row
     * @return the compressed value vector (length k + 1): -(Q1^T r, |r_perp|)
     */
    static double[] compress(double[][] a, double[] r, double[][] rows) {
        double[] value = byCholesky(a, r, rows);
        return value != null ? value : byHouseholder(a, r, rows);
    }

    /** @return the compressed value, or null when the normal matrix is too ill-conditioned */
    private static double[] byCholesky(double[][] a, double[] r, double[][] rows) {
        int k = a.length;
        int m = r.length;
        double[][] g = new double[k][k];
        double[] b = new double[k];
        for (int p = 0; p < k; p++) {
            for (int q = p; q < k; q++) {
                g[p][q] = dot(a[p], a[q], 0, m);
            }
            b[p] = dot(a[p], r, 0, m);
        }
        double rr = dot(r, r, 0, m);
        // upper-triangular R with R^T R = G, row by row
        double[][] u = new double[k][k];
        for (int j = 0; j < k; j++) {
            double d = g[j][j];
            for (int t = 0; t < j; t++) {
                d -= u[t][j] * u[t][j];
            }
            if (!(d > 1e-10 * g[j][j])) {
                return null;
            }
            double rjj = Math.sqrt(d);
            u[j][j] = rjj;
            for (int c = j + 1; c < k; c++) {
                double v = g[j][c];
                for (int t = 0; t < j; t++) {
                    v -= u[t][j] * u[t][c];
                }
                u[j][c] = v / rjj;
            }
        }
        // z = R^{-T} b (forward substitution)
        double[] value = new double[k + 1];
        double zz = 0;
        for (int j = 0; j < k; j++) {
            double v = b[j];
            for (int t = 0; t < j; t++) {
                v -= u[t][j] * -value[t];
            }
            double z = v / u[j][j];
            value[j] = -z;
            zz += z * z;
            System.arraycopy(u[j], 0, rows[j], 0, k);
        }
        java.util.Arrays.fill(rows[k], 0);
        value[k] = -Math.sqrt(Math.max(0, rr - zz));
        return value;
    }

    private static double[] byHouseholder(double[][] a, double[] r, double[][] rows) {
        int k = a.length;
        int m = r.length;
        double[] value = new double[k + 1];
        for (int j = 0; j < k; j++) {
            double[] col = a[j];
            double norm = Math.sqrt(dot(col, col, j, m));
            if (norm == 0) {
                // a column without effect: R_jj = 0, nothing to reflect
                continue;
            }
            double alpha = col[j] > 0 ? -norm : norm;
            // v = x - alpha e1 stored in col[j..m-1]; beta = 2 / v^T v
            col[j] -= alpha;
            double beta = 2 / dot(col, col, j, m);
            for (int c = j + 1; c < k; c++) {
                double[] other = a[c];
                double dot = beta * dot(col, other, j, m);
                for (int i = j; i < m; i++) {
                    other[i] -= dot * col[i];
                }
            }
            double dot = beta * dot(col, r, j, m);
            for (int i = j; i < m; i++) {
                r[i] -= dot * col[i];
            }
            // the reflected column is alpha e1
            col[j] = alpha;
            for (int i = j + 1; i < m; i++) {
                col[i] = 0;
            }
        }
        for (int j = 0; j < k; j++) {
            value[j] = -r[j];
            for (int c = 0; c < k; c++) {
                rows[j][c] = c >= j ? a[c][j] : 0;
            }
        }
        double rest = 0;
        for (int i = k; i < m; i++) {
            rest += r[i] * r[i];
        }
        value[k] = -Math.sqrt(rest);
        return value;
    }

    /** Dot product over [from, to) with four partial sums (breaks the add latency chain). */
    private static double dot(double[] x, double[] y, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        for (; i < to; i++) {
            s0 += x[i] * y[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
