package org.metalnmr.spectra.fit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.StartingValues;
import org.metalnmr.core.lineshape.PseudoVoigt;

/**
 * The built-in {@code peaks:N} model: N free pseudo-Voigt lines and one free zero-order phase,
 * optionally a linear baseline. Parameter names, in this order: {@code centerPpm1, hwhmPpm1,
 * eta1, area1, ..., centerPpmN, hwhmPpmN, etaN, areaN, phaseDeg} and, with a baseline,
 * {@code baseline0} [data units] and {@code baseline1} [data units / ppm] about the centre of the
 * fit range. Lines are numbered by increasing initial centre.
 *
 * <p>Bounds: centre within the fit range; hwhm from a quarter of the point spacing to the range
 * width; eta in [0, 1]; area &gt;= 0 (a negative line is the same line with the phase turned by
 * 180 degrees); phase in [-180, 180] degrees; baseline free.
 *
 * <p>Automatic initial values ({@link #guess}): the data inside the range are smoothed (boxcar of
 * 2k+1 points, k = max(2, m/256)), a baseline level is taken as their 10th percentile, and lines
 * are picked one by one at the highest point of what remains, with the half width read at half
 * height and the area from the height of a unit pseudo-Voigt of eta 0.5; each picked line is
 * subtracted before the next is picked (so shoulders of a larger line are found), and where
 * nothing positive remains the line is placed at the highest remaining point anyway; no line is
 * picked within one half width of an earlier one. The half width is read on the narrower side. Finally, with centres and widths
 * fixed, one linear least-squares solve in \( (a_l\cos\varphi, a_l\sin\varphi) \) gives the
 * areas and the starting phase, so that phased (e.g. 45 degree skin-effect) data start well.
 */
public final class PeaksModel {

    private PeaksModel() {
    }

    /**
     * @param spec a specification such as {@code peaks:3}
     * @return N, or -1 when spec is not of this form
     * @throws InvalidInputException when it starts with {@code peaks:} but N is not in [1, 50]
     */
    public static int parseCount(String spec) {
        if (!spec.startsWith("peaks:")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(spec.substring(6).trim());
            if (n >= 1 && n <= 50) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(SpectraMessage.MODEL_PEAK_COUNT, spec, spec.substring(6).trim());
    }

    /**
     * A {@code peaks:N} model with initial values guessed from the data.
     *
     * @param n              number of lines
     * @param ppm            shifts of the data [ppm]
     * @param y              real part of the data
     * @param loPpm          fit range start [ppm] (NaN: the lowest shift)
     * @param hiPpm          fit range end [ppm] (NaN: the highest shift)
     * @param linearBaseline whether to add baseline0 and baseline1
     * @return the model
     */
    public static PseudoVoigtLinesModel guess(int n, double[] ppm, double[] y, double loPpm, double hiPpm, boolean linearBaseline) {
        Checks.inRange("number of peaks", "[1]", 1, 50, n);
        int[] idx = SpectrumFitter.rangeIndices(ppm, loPpm, hiPpm);
        int m = idx.length;
        if (m < 8 * n) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of points in the fit range", 8 * n, ppm.length,
                    "[points: at least 8 per peak]", m);
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = idx[i];
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> ppm[i]));
        double[] x = new double[m];
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = ppm[order[i]];
            v[i] = y[order[i]];
        }
        double lo = x[0];
        double hi = x[m - 1];
        double step = (hi - lo) / (m - 1);
        int k = Math.max(2, m / 256);
        double[] s = StartingValues.movingAverage(v, k);
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double base = sorted[(int) (0.1 * (m - 1))];
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = s[i] - base;
        }
        double hwhmMin = 0.25 * step;
        double hwhmMax = hi - lo;
        List<double[]> lines = new ArrayList<>();
        double[] pv = new double[8];
        boolean[] excluded = new boolean[m];
        for (int l = 0; l < n; l++) {
            int top = -1;
            for (int i = 0; i < m; i++) {
                if (!excluded[i] && (top < 0 || r[i] > r[top])) {
                    top = i;
                }
            }
            if (top < 0) {
                top = m / 2;
            }
            double height = Math.max(r[top], 0);
            // half width: walk down each side to half height; the narrower side is the one less
            // widened by overlap and dispersion tails
            int left = top;
            while (left > 0 && r[left] > 0.5 * height) {
                left--;
            }
            int right = top;
            while (right < m - 1 && r[right] > 0.5 * height) {
                right++;
            }
            double half = Math.min(x[top] - x[left], x[right] - x[top]);
            double hwhm = Math.min(0.5 * hwhmMax, Math.max(2 * step, half));
            double unitPeak = 0.5 / (Math.PI * hwhm) + 0.5 * Math.sqrt(Math.log(2) / Math.PI) / hwhm;
            double area = height > 0 ? height / unitPeak : 1e-3 * Math.abs(base) * hwhm + Double.MIN_NORMAL;
            lines.add(new double[] {x[top], hwhm, 0.5, area, 0});
            // no second line within one half width of this one (what remains there is this line's misfit)
            for (int i = 0; i < m; i++) {
                if (Math.abs(x[i] - x[top]) < hwhm) {
                    excluded[i] = true;
                }
            }
            for (int i = 0; i < m; i++) {
                PseudoVoigt.values(x[i] - x[top], hwhm, 0.5, pv);
                r[i] -= area * pv[0];
            }
        }
        double phaseDeg = refineAreasAndPhase(x, v, base, lines);
        lines.sort(Comparator.comparingDouble(a -> a[0]));
        List<FitParameter> params = new ArrayList<>();
        List<PseudoVoigtLinesModel.Line> modelLines = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            double[] g = lines.get(l);
            int i = l + 1;
            params.add(new FitParameter("centerPpm" + i, g[0], lo, hi));
            params.add(new FitParameter("hwhmPpm" + i, clamp(g[1], hwhmMin, hwhmMax), hwhmMin, hwhmMax));
            params.add(new FitParameter("eta" + i, g[2], 0, 1));
            params.add(new FitParameter("area" + i, g[3], 0, Double.POSITIVE_INFINITY));
            modelLines.add(line(i));
        }
        params.add(new FitParameter("phaseDeg", phaseDeg, -180, 180));
        ParameterRef b0 = null;
        ParameterRef b1 = null;
        if (linearBaseline) {
            params.add(FitParameter.free("baseline0", base));
            params.add(FitParameter.free("baseline1", 0));
            b0 = new ParameterRef.Free("baseline0");
            b1 = new ParameterRef.Free("baseline1");
        }
        return new PseudoVoigtLinesModel("peaks:" + n, params, modelLines, new ParameterRef.Free("phaseDeg"), b0, b1, 0.5 * (lo + hi));
    }

    /**
     * A {@code peaks:N} model with given initial values and bounds (for scripted fits and
     * benchmarks).
     *
     * @param initial  {centerPpm, hwhmPpm, eta, area} per line
     * @param phaseDeg initial phase [deg]
     * @param loPpm    fit range start [ppm] (centre bounds)
     * @param hiPpm    fit range end [ppm]
     * @param minHwhmPpm smallest hwhm allowed [ppm], &gt; 0
     * @return the model
     */
    public static PseudoVoigtLinesModel withInitialValues(List<double[]> initial, double phaseDeg, double loPpm, double hiPpm,
                                                          double minHwhmPpm) {
        List<FitParameter> params = new ArrayList<>();
        List<PseudoVoigtLinesModel.Line> modelLines = new ArrayList<>();
        double lo = Math.min(loPpm, hiPpm);
        double hi = Math.max(loPpm, hiPpm);
        for (int l = 0; l < initial.size(); l++) {
            double[] g = initial.get(l);
            int i = l + 1;
            params.add(new FitParameter("centerPpm" + i, g[0], lo, hi));
            params.add(new FitParameter("hwhmPpm" + i, g[1], minHwhmPpm, hi - lo));
            params.add(new FitParameter("eta" + i, g[2], 0, 1));
            params.add(new FitParameter("area" + i, g[3], 0, Double.POSITIVE_INFINITY));
            modelLines.add(line(i));
        }
        params.add(new FitParameter("phaseDeg", phaseDeg, -180, 180));
        return new PseudoVoigtLinesModel("peaks:" + initial.size(), params, modelLines, new ParameterRef.Free("phaseDeg"), null, null,
                0.5 * (lo + hi));
    }

    /**
     * With centres and widths held at their picked values the model is linear in
     * \( \alpha_l = a_l\cos\varphi \) and \( \beta_l = a_l\sin\varphi \) (basis A_l and -D_l):
     * one linear least-squares solve gives each line's area \( \sqrt{\alpha^2 + \beta^2} \) and
     * the common phase as the area-weighted mean of \( \mathrm{atan2}(\beta, \alpha) \) (as a
     * unit vector). Areas keep their picked values when the solve fails.
     *
     * @return the phase estimate [deg]
     */
    private static double refineAreasAndPhase(double[] x, double[] v, double base, List<double[]> lines) {
        int n = lines.size();
        int k = 2 * n;
        double[][] g = new double[k][k];
        double[] b = new double[k];
        double[] basis = new double[k];
        double[] pv = new double[8];
        for (int i = 0; i < x.length; i++) {
            for (int l = 0; l < n; l++) {
                double[] line = lines.get(l);
                PseudoVoigt.values(x[i] - line[0], line[1], line[2], pv);
                basis[2 * l] = pv[0];
                basis[2 * l + 1] = -pv[1];
            }
            for (int p = 0; p < k; p++) {
                b[p] += basis[p] * (v[i] - base);
                for (int q = 0; q < k; q++) {
                    g[p][q] += basis[p] * basis[q];
                }
            }
        }
        double[] c;
        try {
            c = new org.hipparchus.linear.QRDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(g, false), 1e-12)
                    .getSolver().solve(new org.hipparchus.linear.ArrayRealVector(b, false)).toArray();
        } catch (org.hipparchus.exception.MathIllegalArgumentException e) {
            return 0;
        }
        double sx = 0;
        double sy = 0;
        for (int l = 0; l < n; l++) {
            double alpha = c[2 * l];
            double beta = c[2 * l + 1];
            double area = Math.hypot(alpha, beta);
            if (!(area > 0) || !Double.isFinite(area)) {
                continue;
            }
            lines.get(l)[3] = area;
            sx += alpha;
            sy += beta;
        }
        return sx == 0 && sy == 0 ? 0 : Math.toDegrees(Math.atan2(sy, sx));
    }

    private static PseudoVoigtLinesModel.Line line(int i) {
        return new PseudoVoigtLinesModel.Line("line" + i, new ParameterRef.Free("centerPpm" + i), new ParameterRef.Free("hwhmPpm" + i),
                new ParameterRef.Free("eta" + i), new ParameterRef.Free("area" + i));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
