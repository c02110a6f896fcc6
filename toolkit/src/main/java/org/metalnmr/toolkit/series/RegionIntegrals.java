package org.metalnmr.toolkit.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.LabelledSpectrum;

/**
 * Model-free integrals of ppm windows, with standard errors from the noise.
 *
 * <p>Integral of a window of N points with spacing \( \Delta \) [ppm]: \( I = \Delta\sum_{i} y_i \) [data units x ppm]
 * (the rectangle rule; the real part of the spectrum, no baseline removed).
 *
 * <p>Error: the noise \( \sigma \) per point and its autocorrelation \( \rho_k \) at lag k are measured in a signal-free
 * region (given, or automatically the flattest stretch of the spectrum outside the integration windows: windows of
 * \( \max(64, n/16) \) points, a straight line removed, the one with the smallest robust scale 1.4826 MAD), as the root mean
 * square of the residual about a straight line (n - 2 degrees of freedom) and
 * \( \rho_k = \sum_i r_i r_{i+k} / \sum_i r_i^2 \). Then
 * \[ \sigma_I = \Delta\,\sigma\sqrt{N + 2\sum_{k=1}^{K}(N - k)\rho_k} \]
 * the variance of a sum of N stationary, correlated values (e.g. Priestley, Spectral Analysis and Time Series, 1981,
 * eq. 5.3.5), with the sum truncated at the first lag K where the estimated \( \rho_k \) is no longer positive (Geyer,
 * Stat. Sci. 7, 473, 1992: the initial positive sequence). For white noise (\( \rho_k = 0 \)) this is
 * \( \Delta\sigma\sqrt N \); apodised spectra (e.g. 50 Hz line broadening) have neighbouring points correlated and an error
 * several times larger. Baseline errors and phase errors are not in \( \sigma_I \).
 */
public final class RegionIntegrals {

    private static final double MAD_TO_SIGMA = 1.482602218505602;

    private final List<IntegrationRegion> regions;
    private final double noiseLo;
    private final double noiseHi;

    /**
     * @param regions the windows to integrate (at least one, distinct names)
     */
    public RegionIntegrals(List<IntegrationRegion> regions) {
        this(regions, Double.NaN, Double.NaN);
    }

    private RegionIntegrals(List<IntegrationRegion> regions, double noiseLo, double noiseHi) {
        if (regions.isEmpty()) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of --region", 1, Integer.MAX_VALUE, "[regions]", 0);
        }
        if (regions.stream().map(IntegrationRegion::name).distinct().count() != regions.size()) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--region names", "distinct names", regions.toString());
        }
        this.regions = List.copyOf(regions);
        this.noiseLo = noiseLo;
        this.noiseHi = noiseHi;
    }

    /**
     * @param lo one end of a signal-free region [ppm]
     * @param hi the other end [ppm]
     * @return integrals whose errors take the noise from there
     */
    public RegionIntegrals withNoiseRegionPpm(double lo, double hi) {
        Checks.finite("noise region start [ppm]", lo);
        Checks.finite("noise region end [ppm]", hi);
        return new RegionIntegrals(regions, Math.min(lo, hi), Math.max(lo, hi));
    }

    /** @return the regions */
    public List<IntegrationRegion> regions() {
        return regions;
    }

    /**
     * The noise of one spectrum: sigma per point, the autocorrelation up to its truncation lag, and where it was measured.
     *
     * @param sigma           noise standard deviation per point [data units]
     * @param autocorrelation \( \rho_1 .. \rho_K \) (K may be 0)
     * @param loPpm           lower end of the region it was measured in [ppm]
     * @param hiPpm           upper end [ppm]
     */
    public record Noise(double sigma, double[] autocorrelation, double loPpm, double hiPpm) {
        /** Copies. */
        public Noise {
            autocorrelation = autocorrelation.clone();
        }

        @Override
        public double[] autocorrelation() {
            return autocorrelation.clone();
        }

        /**
         * @param n       points in the window
         * @param spacing point spacing [ppm]
         * @return the standard error of the window's integral [data units x ppm]
         */
        public double integralStderr(int n, double spacing) {
            double v = n;
            for (int k = 1; k <= autocorrelation.length && k < n; k++) {
                v += 2.0 * (n - k) * autocorrelation[k - 1];
            }
            return Math.abs(spacing) * sigma * Math.sqrt(Math.max(v, n > 0 ? 1 : 0));
        }
    }

    /**
     * One spectrum's integrals.
     *
     * @param index     position in the input order
     * @param label     where it came from
     * @param timeS     acquisition time from the first spectrum [s], NaN when unknown
     * @param integrals per region name, the integral and its standard error [data units x ppm]
     * @param noise     the noise the errors come from
     */
    public record Row(int index, String label, double timeS, Map<String, RowValue> integrals, Noise noise) {
        /** Copies. */
        public Row {
            integrals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(integrals));
        }
    }

    /**
     * @param spectra a series (or one spectrum)
     * @return one row per spectrum, in input order, times from the first spectrum
     */
    public List<Row> integrate(List<LabelledSpectrum> spectra) {
        double t0 = spectra.isEmpty() ? Double.NaN : spectra.get(0).spectrum().acquisitionTimeSeconds().orElse(Double.NaN);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < spectra.size(); i++) {
            Spectrum s = spectra.get(i).spectrum();
            Noise noise = noise(s);
            rows.add(new Row(i, spectra.get(i).label(), s.acquisitionTimeSeconds().orElse(Double.NaN) - t0, integrate(s, noise), noise));
        }
        return rows;
    }

    /**
     * @param s     a spectrum
     * @param noise its noise
     * @return per region, the integral and its standard error
     */
    public Map<String, RowValue> integrate(Spectrum s, Noise noise) {
        double[] ppm = s.axis().ppmValues();
        double[] y = s.real();
        double step = Math.abs(s.axis().stepPpm());
        Map<String, RowValue> m = new LinkedHashMap<>();
        for (IntegrationRegion r : regions) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < ppm.length; i++) {
                if (ppm[i] >= r.loPpm() && ppm[i] <= r.hiPpm()) {
                    sum += y[i];
                    n++;
                }
            }
            if (n == 0) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "region " + r, ppm[ppm.length - 1], ppm[0],
                        "[ppm; it holds no point of the spectrum]", r.loPpm() + ":" + r.hiPpm());
            }
            m.put(r.name(), new RowValue(step * sum, noise.integralStderr(n, step)));
        }
        return m;
    }

    /**
     * @param s a spectrum
     * @return its noise, from the given region or the flattest stretch outside the integration windows
     */
    public Noise noise(Spectrum s) {
        double[] ppm = s.axis().ppmValues();
        double[] y = s.real();
        int from;
        int to;
        if (!Double.isNaN(noiseLo)) {
            int[] idx = org.metalnmr.spectra.fit.SpectrumFitter.rangeIndices(ppm, noiseLo, noiseHi);
            if (idx.length < 16) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "points in the noise region " + noiseLo + ":" + noiseHi + " ppm",
                        16, ppm.length, "[points]", idx.length);
            }
            from = idx[0];
            to = idx[idx.length - 1] + 1;
        } else {
            int w = Math.max(64, ppm.length / 16);
            if (ppm.length < w) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "points in the spectrum for an automatic noise region", 64,
                        Integer.MAX_VALUE, "[points]", ppm.length);
            }
            double best = Double.POSITIVE_INFINITY;
            from = -1;
            for (int a = 0; a + w <= ppm.length; a += w / 2) {
                if (overlapsRegion(ppm[a], ppm[a + w - 1])) {
                    continue;
                }
                double[] r = detrended(ppm, y, a, a + w);
                double scale = MAD_TO_SIGMA * mad(r);
                if (scale < best) {
                    best = scale;
                    from = a;
                }
            }
            if (from < 0) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "signal-free points outside the --region windows", w,
                        Integer.MAX_VALUE, "[points; give --noise-ppm]", 0);
            }
            to = from + w;
        }
        double[] r = detrended(ppm, y, from, to);
        double ss = 0;
        for (double e : r) {
            ss += e * e;
        }
        double sigma = Math.sqrt(ss / (r.length - 2));
        List<Double> rho = new ArrayList<>();
        for (int k = 1; k < r.length / 4; k++) {
            double c = 0;
            for (int i = 0; i + k < r.length; i++) {
                c += r[i] * r[i + k];
            }
            double rk = ss > 0 ? c / ss : 0;
            if (!(rk > 0)) {
                break;
            }
            rho.add(rk);
        }
        return new Noise(sigma, rho.stream().mapToDouble(Double::doubleValue).toArray(), Math.min(ppm[from], ppm[to - 1]),
                Math.max(ppm[from], ppm[to - 1]));
    }

    private boolean overlapsRegion(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return regions.stream().anyMatch(r -> r.loPpm() <= hi && r.hiPpm() >= lo);
    }

    /** Residual of y[from, to) about its least-squares straight line in ppm. */
    private static double[] detrended(double[] x, double[] y, int from, int to) {
        int n = to - from;
        double mx = 0;
        double my = 0;
        for (int i = from; i < to; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i < to; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double[] r = new double[n];
        for (int i = from; i < to; i++) {
            r[i - from] = y[i] - my - slope * (x[i] - mx);
        }
        return r;
    }

    private static double mad(double[] r) {
        double[] a = r.clone();
        Arrays.sort(a);
        double med = a[a.length / 2];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.abs(r[i] - med);
        }
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
