package org.metalnmr.rf.linalg;

import java.util.Arrays;

/**
 * A square complex sparse matrix in compressed sparse row form, columns sorted within each row.
 * Immutable once built; assemble it with {@link Builder}, which sums duplicate entries.
 */
public final class ComplexCsrMatrix implements ComplexLinearOperator {

    private final int n;
    private final int[] rowStart;
    private final int[] col;
    private final double[] re;
    private final double[] im;

    private ComplexCsrMatrix(int n, int[] rowStart, int[] col, double[] re, double[] im) {
        this.n = n;
        this.rowStart = rowStart;
        this.col = col;
        this.re = re;
        this.im = im;
    }

    @Override
    public int size() {
        return n;
    }

    /** @return the number of stored entries */
    public int nonZeros() {
        return rowStart[n];
    }

    @Override
    public void apply(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
        for (int i = 0; i < n; i++) {
            double sr = 0;
            double si = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int j = col[k];
                double ar = re[k];
                double ai = im[k];
                sr += ar * xRe[j] - ai * xIm[j];
                si += ar * xIm[j] + ai * xRe[j];
            }
            yRe[i] = sr;
            yIm[i] = si;
        }
    }

    int[] rowStart() {
        return rowStart;
    }

    int[] columns() {
        return col;
    }

    double[] realParts() {
        return re;
    }

    double[] imagParts() {
        return im;
    }

    /**
     * @param i row
     * @return the diagonal entry as {re, im} (0 when not stored)
     */
    public double[] diagonal(int i) {
        int k = Arrays.binarySearch(col, rowStart[i], rowStart[i + 1], i);
        return k >= 0 ? new double[] {re[k], im[k]} : new double[] {0, 0};
    }

    /** Collects (row, column, value) triplets; duplicates are summed. */
    public static final class Builder {
        private final int n;
        private int count;
        private int[] rows;
        private int[] cols;
        private double[] vre;
        private double[] vim;

        /**
         * @param n        dimension
         * @param capacity expected number of triplets (grows when exceeded)
         */
        public Builder(int n, int capacity) {
            this.n = n;
            int c = Math.max(16, capacity);
            rows = new int[c];
            cols = new int[c];
            vre = new double[c];
            vim = new double[c];
        }

        /**
         * Adds (re + i im) to entry (i, j).
         *
         * @param i  row
         * @param j  column
         * @param r  real part
         * @param im imaginary part
         * @return this builder
         */
        public Builder add(int i, int j, double r, double im) {
            if (count == rows.length) {
                int c = rows.length * 2;
                rows = Arrays.copyOf(rows, c);
                cols = Arrays.copyOf(cols, c);
                vre = Arrays.copyOf(vre, c);
                vim = Arrays.copyOf(vim, c);
            }
            rows[count] = i;
            cols[count] = j;
            vre[count] = r;
            vim[count] = im;
            count++;
            return this;
        }

        /** @return the assembled matrix (duplicates summed, columns sorted) */
        public ComplexCsrMatrix build() {
            int[] rowCount = new int[n + 1];
            for (int k = 0; k < count; k++) {
                rowCount[rows[k] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                rowCount[i + 1] += rowCount[i];
            }
            int[] pos = Arrays.copyOf(rowCount, n + 1);
            int[] c = new int[count];
            double[] r = new double[count];
            double[] m = new double[count];
            for (int k = 0; k < count; k++) {
                int p = pos[rows[k]]++;
                c[p] = cols[k];
                r[p] = vre[k];
                m[p] = vim[k];
            }
            // sort each row by column and merge duplicates
            int[] start = new int[n + 1];
            int w = 0;
            Integer[] order = new Integer[0];
            for (int i = 0; i < n; i++) {
                int a = rowCount[i];
                int b = rowCount[i + 1];
                int len = b - a;
                if (order.length < len) {
                    order = new Integer[len];
                }
                for (int t = 0; t < len; t++) {
                    order[t] = a + t;
                }
                final int[] cc = c;
                Arrays.sort(order, 0, len, (p, q) -> Integer.compare(cc[p], cc[q]));
                start[i] = w;
                int[] tc = new int[len];
                double[] tr = new double[len];
                double[] tm = new double[len];
                int u = -1;
                for (int t = 0; t < len; t++) {
                    int p = order[t];
                    if (u >= 0 && tc[u] == c[p]) {
                        tr[u] += r[p];
                        tm[u] += m[p];
                    } else {
                        u++;
                        tc[u] = c[p];
                        tr[u] = r[p];
                        tm[u] = m[p];
                    }
                }
                for (int t = 0; t <= u; t++) {
                    c[w] = tc[t];
                    r[w] = tr[t];
                    m[w] = tm[t];
                    w++;
                }
            }
            start[n] = w;
            return new ComplexCsrMatrix(n, start, Arrays.copyOf(c, w), Arrays.copyOf(r, w), Arrays.copyOf(m, w));
        }
    }
}
