package org.metalnmr.susceptibility.fft;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Forward complex discrete Fourier transform of length {@code n}, applied at once to a batch of
 * {@code V} independent sequences stored "sequence index fastest": element {@code t} of sequence
 * {@code v} sits at {@code [t*V + v]}, real and imaginary parts in separate arrays.
 *
 * <p>Definition (no normalisation): \( X_k = \sum_{t=0}^{n-1} x_t e^{-2\pi i k t / n} \).
 * The inverse is obtained by swapping the real and imaginary arrays on input and output
 * ({@code transform(im, re, ...)} computes \( n \cdot \mathrm{IDFT} \)); the caller divides by {@code n}.</p>
 *
 * <p>Algorithm: the mixed-radix Stockham autosort FFT (no bit reversal; Van Loan, <i>Computational
 * Frameworks for the FFT</i>, SIAM 1992, sect. 1.7; the radix-p form of Govindaraju et al., SC'08).
 * Stage with radix p after the radices so far have product N_s: for j = 0..n/p-1 with k = j mod N_s,
 * the p inputs x[j + r n/p] are multiplied by the twiddles exp(-2 pi i r k / (N_s p)), transformed by a
 * p-point DFT and written to y[(j div N_s) N_s p + k + r N_s]. Radices 4 and 2 have hand-written
 * butterflies (a radix-8 butterfly was tried and measured slower: the JIT no
 * longer vectorises it); any other prime factor uses a direct p-point DFT (O(p^2) per point), so a length with a
 * large prime factor is correct but slow: {@link #goodSize(int)} gives the next length with factors
 * 2, 3, 5 and 7 only. The innermost loop runs over the batch, contiguous in memory, which keeps the
 * butterflies cache- and SIMD-friendly; this is the reason for the layout.</p>
 *
 * <p>Instances are immutable and thread-safe; the caller supplies the scratch arrays.</p>
 */
public final class BatchedFft {

    private final int n;
    private final int[] radix;
    private final int[] ns;
    /** per stage: twiddle cos/sin, index k*(p-1) + (r-1). */
    private final double[][] twCos;
    private final double[][] twSin;
    /** per generic radix p: cos/sin of 2 pi m / p, m = 0..p-1. */
    private final double[][] rootCos;
    private final double[][] rootSin;

    /**
     * @param n transform length, at least 1
     * @throws InvalidInputException when n is less than 1
     */
    public BatchedFft(int n) {
        if (n < 1) {
            throw new InvalidInputException(SusceptibilityMessage.BAD_FFT_LENGTH, n);
        }
        this.n = n;
        List<Integer> f = factor(n);
        radix = f.stream().mapToInt(Integer::intValue).toArray();
        ns = new int[radix.length];
        twCos = new double[radix.length][];
        twSin = new double[radix.length][];
        rootCos = new double[radix.length][];
        rootSin = new double[radix.length][];
        int prod = 1;
        for (int s = 0; s < radix.length; s++) {
            int p = radix[s];
            ns[s] = prod;
            twCos[s] = new double[prod * (p - 1)];
            twSin[s] = new double[prod * (p - 1)];
            for (int k = 0; k < prod; k++) {
                for (int r = 1; r < p; r++) {
                    double a = -2 * Math.PI * r * k / ((double) prod * p);
                    twCos[s][k * (p - 1) + r - 1] = Math.cos(a);
                    twSin[s][k * (p - 1) + r - 1] = Math.sin(a);
                }
            }
            if (p != 2 && p != 4) {
                rootCos[s] = new double[p];
                rootSin[s] = new double[p];
                for (int m = 0; m < p; m++) {
                    rootCos[s][m] = Math.cos(-2 * Math.PI * m / p);
                    rootSin[s][m] = Math.sin(-2 * Math.PI * m / p);
                }
            }
            prod *= p;
        }
    }

    /** @return the transform length */
    public int length() {
        return n;
    }

    /**
     * The smallest length &ge; {@code n} whose prime factors are 2, 3, 5 and 7 only.
     *
     * @param n a positive length
     * @return the good length
     */
    public static int goodSize(int n) {
        for (int m = Math.max(1, n); ; m++) {
            int r = m;
            for (int p : new int[] {2, 3, 5, 7}) {
                while (r % p == 0) {
                    r /= p;
                }
            }
            if (r == 1) {
                return m;
            }
        }
    }

    private static List<Integer> factor(int n) {
        List<Integer> f = new ArrayList<>();
        int r = n;
        while (r % 4 == 0) {
            f.add(4);
            r /= 4;
        }
        while (r % 2 == 0) {
            f.add(2);
            r /= 2;
        }
        for (int p = 3; (long) p * p <= r; p += 2) {
            while (r % p == 0) {
                f.add(p);
                r /= p;
            }
        }
        if (r > 1) {
            f.add(r);
        }
        return f;
    }

    /**
     * Transforms {@code batch} sequences in place.
     *
     * @param re      real parts, length at least n*batch
     * @param im      imaginary parts, same length
     * @param sre     scratch, same length
     * @param sim     scratch, same length
     * @param batch   number of sequences V (the stride between consecutive elements of one sequence)
     */
    public void transform(double[] re, double[] im, double[] sre, double[] sim, int batch) {
        transform(re, im, sre, sim, batch, n);
    }

    /**
     * Transforms {@code batch} sequences in place whose elements from {@code support} on are zero (input
     * pruning: when the first stage has radix 4 and support &le; n/2, its butterflies skip the two zero
     * inputs; the result is the same as with the zeros read).
     *
     * @param re      real parts, length at least n*batch
     * @param im      imaginary parts, same length
     * @param sre     scratch, same length
     * @param sim     scratch, same length
     * @param batch   number of sequences V (the stride between consecutive elements of one sequence)
     * @param support number of leading elements that may be non-zero (the caller guarantees the rest are zero)
     */
    public void transform(double[] re, double[] im, double[] sre, double[] sim, int batch, int support) {
        double[] xr = re;
        double[] xi = im;
        double[] yr = sre;
        double[] yi = sim;
        for (int s = 0; s < radix.length; s++) {
            if (s == 0 && radix[0] == 4 && support <= n / 2) {
                firstStage4HalfSupport(xr, xi, yr, yi, batch);
                double[] t = xr;
                xr = yr;
                yr = t;
                t = xi;
                xi = yi;
                yi = t;
                continue;
            }
            switch (radix[s]) {
                case 4 -> stage4(s, xr, xi, yr, yi, batch);
                case 2 -> stage2(s, xr, xi, yr, yi, batch);
                default -> stageGeneric(s, xr, xi, yr, yi, batch);
            }
            double[] t = xr;
            xr = yr;
            yr = t;
            t = xi;
            xi = yi;
            yi = t;
        }
        if (xr != re) {
            System.arraycopy(xr, 0, re, 0, n * batch);
            System.arraycopy(xi, 0, im, 0, n * batch);
        }
    }

    private void stage4(int s, double[] xr, double[] xi, double[] yr, double[] yi, int vb) {
        int q = n / 4;
        int nss = ns[s];
        double[] wc = twCos[s];
        double[] ws = twSin[s];
        int inStride = q * vb;
        int outStride = nss * vb;
        for (int j = 0; j < q; j++) {
            int k = j % nss;
            double c1 = wc[3 * k];
            double s1 = ws[3 * k];
            double c2 = wc[3 * k + 1];
            double s2 = ws[3 * k + 1];
            double c3 = wc[3 * k + 2];
            double s3 = ws[3 * k + 2];
            int i0 = j * vb;
            int i1 = i0 + inStride;
            int i2 = i1 + inStride;
            int i3 = i2 + inStride;
            int o0 = ((j / nss) * nss * 4 + k) * vb;
            int o1 = o0 + outStride;
            int o2 = o1 + outStride;
            int o3 = o2 + outStride;
            if (k == 0) {
                for (int v = 0; v < vb; v++) {
                    double ar = xr[i0 + v];
                    double ai = xi[i0 + v];
                    double br = xr[i1 + v];
                    double bi = xi[i1 + v];
                    double cr = xr[i2 + v];
                    double ci = xi[i2 + v];
                    double dr = xr[i3 + v];
                    double di = xi[i3 + v];
                    double t0r = ar + cr;
                    double t0i = ai + ci;
                    double t1r = ar - cr;
                    double t1i = ai - ci;
                    double t2r = br + dr;
                    double t2i = bi + di;
                    double t3r = br - dr;
                    double t3i = bi - di;
                    yr[o0 + v] = t0r + t2r;
                    yi[o0 + v] = t0i + t2i;
                    yr[o2 + v] = t0r - t2r;
                    yi[o2 + v] = t0i - t2i;
                    yr[o1 + v] = t1r + t3i;
                    yi[o1 + v] = t1i - t3r;
                    yr[o3 + v] = t1r - t3i;
                    yi[o3 + v] = t1i + t3r;
                }
            } else {
                for (int v = 0; v < vb; v++) {
                    double ar = xr[i0 + v];
                    double ai = xi[i0 + v];
                    double ur = xr[i1 + v];
                    double ui = xi[i1 + v];
                    double br = ur * c1 - ui * s1;
                    double bi = ur * s1 + ui * c1;
                    ur = xr[i2 + v];
                    ui = xi[i2 + v];
                    double cr = ur * c2 - ui * s2;
                    double ci = ur * s2 + ui * c2;
                    ur = xr[i3 + v];
                    ui = xi[i3 + v];
                    double dr = ur * c3 - ui * s3;
                    double di = ur * s3 + ui * c3;
                    double t0r = ar + cr;
                    double t0i = ai + ci;
                    double t1r = ar - cr;
                    double t1i = ai - ci;
                    double t2r = br + dr;
                    double t2i = bi + di;
                    double t3r = br - dr;
                    double t3i = bi - di;
                    yr[o0 + v] = t0r + t2r;
                    yi[o0 + v] = t0i + t2i;
                    yr[o2 + v] = t0r - t2r;
                    yi[o2 + v] = t0i - t2i;
                    yr[o1 + v] = t1r + t3i;
                    yi[o1 + v] = t1i - t3r;
                    yr[o3 + v] = t1r - t3i;
                    yi[o3 + v] = t1i + t3r;
                }
            }
        }
    }

    /**
     * First radix-4 stage (N_s = 1, no twiddles) when inputs x[j + 2n/4] and x[j + 3n/4] are zero:
     * y0 = a + b, y1 = a - i b, y2 = a - b, y3 = a + i b.
     */
    private void firstStage4HalfSupport(double[] xr, double[] xi, double[] yr, double[] yi, int vb) {
        int q = n / 4;
        int inStride = q * vb;
        for (int j = 0; j < q; j++) {
            int i0 = j * vb;
            int i1 = i0 + inStride;
            int o0 = 4 * j * vb;
            int o1 = o0 + vb;
            int o2 = o1 + vb;
            int o3 = o2 + vb;
            for (int v = 0; v < vb; v++) {
                double ar = xr[i0 + v];
                double ai = xi[i0 + v];
                double br = xr[i1 + v];
                double bi = xi[i1 + v];
                yr[o0 + v] = ar + br;
                yi[o0 + v] = ai + bi;
                yr[o2 + v] = ar - br;
                yi[o2 + v] = ai - bi;
                yr[o1 + v] = ar + bi;
                yi[o1 + v] = ai - br;
                yr[o3 + v] = ar - bi;
                yi[o3 + v] = ai + br;
            }
        }
    }

    private void stage2(int s, double[] xr, double[] xi, double[] yr, double[] yi, int vb) {
        int q = n / 2;
        int nss = ns[s];
        double[] wc = twCos[s];
        double[] ws = twSin[s];
        int inStride = q * vb;
        int outStride = nss * vb;
        for (int j = 0; j < q; j++) {
            int k = j % nss;
            double c1 = wc[k];
            double s1 = ws[k];
            int i0 = j * vb;
            int i1 = i0 + inStride;
            int o0 = ((j / nss) * nss * 2 + k) * vb;
            int o1 = o0 + outStride;
            for (int v = 0; v < vb; v++) {
                double ar = xr[i0 + v];
                double ai = xi[i0 + v];
                double ur = xr[i1 + v];
                double ui = xi[i1 + v];
                double br = ur * c1 - ui * s1;
                double bi = ur * s1 + ui * c1;
                yr[o0 + v] = ar + br;
                yi[o0 + v] = ai + bi;
                yr[o1 + v] = ar - br;
                yi[o1 + v] = ai - bi;
            }
        }
    }

    private void stageGeneric(int s, double[] xr, double[] xi, double[] yr, double[] yi, int vb) {
        int p = radix[s];
        int q = n / p;
        int nss = ns[s];
        double[] wc = twCos[s];
        double[] ws = twSin[s];
        double[] rc = rootCos[s];
        double[] rs = rootSin[s];
        double[] vr = new double[p];
        double[] vi = new double[p];
        for (int j = 0; j < q; j++) {
            int k = j % nss;
            int o0 = ((j / nss) * nss * p + k) * vb;
            for (int v = 0; v < vb; v++) {
                vr[0] = xr[j * vb + v];
                vi[0] = xi[j * vb + v];
                for (int r = 1; r < p; r++) {
                    double c = wc[k * (p - 1) + r - 1];
                    double sn = ws[k * (p - 1) + r - 1];
                    double ur = xr[(j + r * q) * vb + v];
                    double ui = xi[(j + r * q) * vb + v];
                    vr[r] = ur * c - ui * sn;
                    vi[r] = ur * sn + ui * c;
                }
                for (int m = 0; m < p; m++) {
                    double accR = 0;
                    double accI = 0;
                    for (int r = 0; r < p; r++) {
                        int e = (m * r) % p;
                        accR += vr[r] * rc[e] - vi[r] * rs[e];
                        accI += vr[r] * rs[e] + vi[r] * rc[e];
                    }
                    yr[o0 + m * nss * vb + v] = accR;
                    yi[o0 + m * nss * vb + v] = accI;
                }
            }
        }
    }
}
