package org.metalnmr.spectra.fit;

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
 * <p>The fitter hands over the Jacobian of the model in its own parameters p and the unscaled
 * residual y - f; the optimiser's problem has the columns scaled by \( c_j = (dp_j/dq_j)/\sigma \)
 * and the residual by \( 1/\sigma \). The normal matrix of the unscaled columns, \( G = A^{\mathsf T}A \),
 * is computed once and scaled, \( c_p c_q G_{pq} \), and returned as well: at the optimum it is
 * \( \sigma^2 \) times the inverse covariance, so the fitter need not evaluate the Jacobian again.
 *
 * <p>Sign convention for Hipparchus (residual = target - value, Jacobian of value): with r the
 * residual and A the Jacobian of the residual's negative (of the model), target 0,
 * value = -z and Jacobian R reproduce residual z and model Jacobian R.
 */
final class ResidualCompression {

    private ResidualCompression() {
    }

    /**
     * Compression without scaling ({@code c_j = 1}, residual scale 1).
     *
     * @param a    the Jacobian of the model, column by column ({@code a[j][i]}); overwritten
     * @param r    the residuals (data - model); overwritten
     * @param rows receives the (k + 1) x k Jacobian of the compressed value, row by row
     * @return the compressed value vector (length k + 1): -(Q1^T r, |r_perp|)
     */
    static double[] compress(double[][] a, double[] r, double[][] rows) {
        double[] ones = new double[a.length];
        java.util.Arrays.fill(ones, 1.0);
        return compress(a, r, ones, 1.0, rows, new double[a.length][a.length]);
    }

    /**
     * Compresses the problem with residual {@code residualScale * r} and Jacobian columns
     * {@code columnScale[j] * a[j]}.
     *
     * @param a             the unscaled Jacobian of the model, column by column; overwritten only
     *                      when the Householder fallback runs
     * @param r             the unscaled residuals (data - model); overwritten likewise
     * @param columnScale   c_j
     * @param residualScale the factor of the residuals (1 / sigma)
     * @param rows          receives the (k + 1) x k Jacobian of the compressed value, row by row
     * @param gram          receives the unscaled normal matrix A^T A (k x k, symmetric)
     * @return the compressed value vector (length k + 1)
     */
    static double[] compress(double[][] a, double[] r, double[] columnScale, double residualScale, double[][] rows, double[][] gram) {
        int k = a.length;
        int m = r.length;
        double[] b = new double[k];
        for (int p = 0; p < k; p++) {
            int q = p;
            for (; q + 1 < k; q += 2) {
                dot2(a[p], a[q], a[q + 1], m, gram[p], q);
            }
            if (q < k) {
                gram[p][q] = dot(a[p], a[q], 0, m);
            }
            b[p] = dot(a[p], r, 0, m);
        }
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < p; q++) {
                gram[p][q] = gram[q][p];
            }
        }
        double rr = dot(r, r, 0, m);
        double[][] g = new double[k][k];
        for (int p = 0; p < k; p++) {
            b[p] *= columnScale[p] * residualScale;
            for (int q = p; q < k; q++) {
                g[p][q] = columnScale[p] * columnScale[q] * gram[p][q];
            }
        }
        double[] value = byCholesky(g, b, rr * residualScale * residualScale, rows);
        if (value != null) {
            return value;
        }
        for (int j = 0; j < k; j++) {
            double c = columnScale[j];
            double[] col = a[j];
            for (int i = 0; i < m; i++) {
                col[i] *= c;
            }
        }
        for (int i = 0; i < m; i++) {
            r[i] *= residualScale;
        }
        return byHouseholder(a, r, rows);
    }

    /**
     * @param g    the (scaled) normal matrix, upper triangle
     * @param b    the (scaled) A^T r
     * @param rr   the (scaled) r^T r
     * @param rows receives R
     * @return the compressed value, or null when the normal matrix is too ill-conditioned
     */
    private static double[] byCholesky(double[][] g, double[] b, double rr, double[][] rows) {
        int k = g.length;
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

    /**
     * x . y and x . z into out[at], out[at + 1]: x is loaded once for both, and eight partial sums
     * break the add latency chains.
     */
    private static void dot2(double[] x, double[] y, double[] z, int m, double[] out, int at) {
        double y0 = 0;
        double y1 = 0;
        double y2 = 0;
        double y3 = 0;
        double z0 = 0;
        double z1 = 0;
        double z2 = 0;
        double z3 = 0;
        int i = 0;
        for (; i + 3 < m; i += 4) {
            double x0 = x[i];
            double x1 = x[i + 1];
            double x2 = x[i + 2];
            double x3 = x[i + 3];
            y0 += x0 * y[i];
            y1 += x1 * y[i + 1];
            y2 += x2 * y[i + 2];
            y3 += x3 * y[i + 3];
            z0 += x0 * z[i];
            z1 += x1 * z[i + 1];
            z2 += x2 * z[i + 2];
            z3 += x3 * z[i + 3];
        }
        for (; i < m; i++) {
            y0 += x[i] * y[i];
            z0 += x[i] * z[i];
        }
        out[at] = (y0 + y1) + (y2 + y3);
        out[at + 1] = (z0 + z1) + (z2 + z3);
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
