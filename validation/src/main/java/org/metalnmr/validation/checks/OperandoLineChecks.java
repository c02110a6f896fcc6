package org.metalnmr.validation.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.validation.ProjectData;
import org.metalnmr.validation.ValidationMessage;

/**
 * The real operando 7Li series of a Li||Li cell (data/operando-li-li, datalab-org example
 * data, MIT licence; 300 spectra over 48.6 h at 1 mA/cm^2), read from the processed Bruker data.
 * <ul>
 * <li>Line positions: the bulk metal line near 248 ppm in the first spectrum and the microstructure
 * line near 266-271 ppm at the end. Positions are the maxima of the real spectrum between 220 and
 * 310 ppm, refined by a parabola through the three top points.</li>
 * <li>Hand-over: the heights of the two lines (maxima of the real spectrum in 238-257 ppm and in
 * 262-278 ppm) against time (acquisition time stamps, hours after the first spectrum). The data's
 * README says the microstructure line grows "from the first hour on". Onset of growth: a hinge
 * (broken-line) least-squares fit h(t) = b + s max(0, t - t0) of the microstructure height over
 * the first 12 h (a quarter of the series, where the growth is still linear; the onset moves by less
 * than 0.2 h for windows of 8-16 h); range check 0-2 h ("from the first hour on", read as an onset of
 * the order of one hour, not several). The hand-over, the first spectrum in which the microstructure
 * line is higher than the bulk line, has no published value: range check from 1 h (after the onset)
 * to the end of the series; and the microstructure line must stay the higher one in every later
 * spectrum (fraction 1, tolerance 0), as a line that keeps growing does.</li>
 * </ul>
 */
public final class OperandoLineChecks implements CheckProvider {

    private static final String SOURCE = "data/README.md: bulk Li near 248 ppm; microstructure near 266-271 ppm";

    @Override
    public String topic() {
        return "09 operando-data";
    }

    @Override
    public List<CheckResult> run() {
        Optional<Path> root = ProjectData.root();
        List<CheckResult> out = new ArrayList<>();
        if (root.isEmpty()) {
            return out;
        }
        List<LabelledSpectrum> series = SpectrumReaders.read(root.get().resolve("operando-li-li/bruker"));
        double first = maximumPpm(byLabel(series, "1"), 220, 310);
        double last = maximumPpm(byLabel(series, "599"), 220, 310);
        out.add(new CheckResult("operando exp 1: bulk Li line position", "operando-data", 248.0, first, 1.0, "ppm", SOURCE));
        out.add(new CheckResult("operando exp 599: microstructure line (266-271)", "operando-data", 268.5, last, 2.5, "ppm", SOURCE));

        int n = series.size();
        double[] hours = new double[n];
        double[] bulk = new double[n];
        double[] micro = new double[n];
        double t0 = series.get(0).spectrum().acquisitionTimeSeconds().orElseThrow();
        for (int k = 0; k < n; k++) {
            Spectrum s = series.get(k).spectrum();
            hours[k] = (s.acquisitionTimeSeconds().orElseThrow() - t0) / 3600;
            bulk[k] = maximumHeight(s, 238, 257);
            micro[k] = maximumHeight(s, 262, 278);
        }
        String growth = "data/README.md: a growing microstructure line from the first hour on";
        out.add(new CheckResult("operando: onset of microstructure growth (range 0-2 h)", "operando-data", 1.0,
                hingeOnsetHours(hours, micro, 12.0), 1.0, "h", growth + "; hinge fit over the first 12 h"));
        int handOver = -1;
        int later = 0;
        int higher = 0;
        for (int k = 0; k < n; k++) {
            if (handOver < 0 && micro[k] > bulk[k]) {
                handOver = k;
            }
            if (handOver >= 0) {
                later++;
                higher += micro[k] > bulk[k] ? 1 : 0;
            }
        }
        double end = hours[n - 1];
        out.add(new CheckResult(String.format(Locale.ROOT, "operando: microstructure line overtakes bulk (range 1-%.1f h)", end), "operando-data",
                (1 + end) / 2, handOver < 0 ? Double.NaN : hours[handOver], (end - 1) / 2, "h", growth + " (no published hand-over time)"));
        out.add(new CheckResult("operando: microstructure line stays higher after the hand-over", "operando-data", 1.0,
                later == 0 ? Double.NaN : (double) higher / later, 0.0, "1", growth));
        return out;
    }

    private static Spectrum byLabel(List<LabelledSpectrum> series, String label) {
        return series.stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new MetalNmrException(ValidationMessage.OPERANDO_SPECTRUM_MISSING, label)).spectrum();
    }

    static double maximumHeight(Spectrum s, double loPpm, double hiPpm) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.axis().size(); i++) {
            double p = s.axis().ppm(i);
            if (p >= loPpm && p <= hiPpm) {
                max = Math.max(max, s.realAt(i));
            }
        }
        return max;
    }

    /**
     * Least-squares broken line y = b + s max(0, t - t0) over the points with t &lt;= window; t0 scanned
     * in steps of 0.01 h, b and s solved for each.
     *
     * @return the onset t0 [h]
     */
    static double hingeOnsetHours(double[] t, double[] y, double window) {
        double best = Double.POSITIVE_INFINITY;
        double bestT0 = Double.NaN;
        for (int step = 0; step <= Math.round(window / 0.01); step++) {
            double tc = step * 0.01;
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int c = 0;
            for (int k = 0; k < t.length && t[k] <= window; k++) {
                double x = Math.max(0, t[k] - tc);
                sx += x;
                sy += y[k];
                sxx += x * x;
                sxy += x * y[k];
                c++;
            }
            double det = c * sxx - sx * sx;
            if (!(det > 0)) {
                continue;
            }
            double slope = (c * sxy - sx * sy) / det;
            double intercept = (sy - slope * sx) / c;
            double rss = 0;
            for (int k = 0; k < t.length && t[k] <= window; k++) {
                double r = y[k] - intercept - slope * Math.max(0, t[k] - tc);
                rss += r * r;
            }
            if (rss < best) {
                best = rss;
                bestT0 = tc;
            }
        }
        return bestT0;
    }

    static double maximumPpm(Spectrum s, double loPpm, double hiPpm) {
        int best = -1;
        for (int i = 1; i < s.axis().size() - 1; i++) {
            double p = s.axis().ppm(i);
            if (p >= loPpm && p <= hiPpm && (best < 0 || s.realAt(i) > s.realAt(best))) {
                best = i;
            }
        }
        double a = s.realAt(best - 1);
        double b = s.realAt(best);
        double c = s.realAt(best + 1);
        double denom = a - 2 * b + c;
        double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
        return s.axis().ppm(best + shift);
    }
}
