package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.metalnmr.core.spectrum.SpectralAxis;

/**
 * Finds the peaks of a real spectrum (the forward model gives it the absorption-mode spectrum, each
 * component phased to absorption, see {@link SimulationReport}) by topographic prominence, the algorithm of
 * {@code scipy.signal.find_peaks} / {@code peak_prominences} / {@code peak_widths}: for each local
 * maximum the lowest point on each side before a higher point (or the window edge) is found; the
 * higher of the two is the peak's base and the height above it its prominence. A peak is kept when
 * its prominence is at least {@code minRelProminence} of the largest prominence. Its width is taken
 * at half the prominence (not half the height), so a line sitting on the slowly decaying dispersion
 * tail of a strong line is measured against that tail. Positions are refined by a parabola through
 * the three top points.
 */
public final class PeakFinder {

    private PeakFinder() {
    }

    /**
     * @param axis             the ppm axis
     * @param values           the real spectrum on it
     * @param minRelProminence smallest prominence relative to the most prominent peak, e.g. 0.02
     * @return peaks, most prominent first
     */
    public static List<SpectrumPeak> find(SpectralAxis axis, double[] values, double minRelProminence) {
        int n = axis.size();
        double[] mag = values;
        List<double[]> cand = new ArrayList<>(); // {index, prominence, base}
        double maxProm = 0;
        for (int i = 1; i < n - 1; i++) {
            if (!(mag[i] > mag[i - 1] && mag[i] >= mag[i + 1])) {
                continue;
            }
            double leftMin = mag[i];
            for (int j = i - 1; j >= 0 && mag[j] <= mag[i]; j--) {
                leftMin = Math.min(leftMin, mag[j]);
            }
            double rightMin = mag[i];
            for (int j = i + 1; j < n && mag[j] <= mag[i]; j++) {
                rightMin = Math.min(rightMin, mag[j]);
            }
            double base = Math.max(leftMin, rightMin);
            double prom = mag[i] - base;
            maxProm = Math.max(maxProm, prom);
            cand.add(new double[] {i, prom, base});
        }
        List<SpectrumPeak> peaks = new ArrayList<>();
        final double limit = minRelProminence * maxProm;
        cand.sort(Comparator.comparingDouble(c -> -c[1]));
        for (double[] c : cand) {
            if (c[1] < limit || c[1] <= 0) {
                continue;
            }
            int i = (int) c[0];
            double level = mag[i] - c[1] / 2;
            int l = i;
            while (l > 0 && mag[l] > level) {
                l--;
            }
            int r = i;
            while (r < n - 1 && mag[r] > level) {
                r++;
            }
            double li = mag[l + 1] == mag[l] ? l : l + (level - mag[l]) / (mag[l + 1] - mag[l]);
            double ri = mag[r - 1] == mag[r] ? r : r - (level - mag[r]) / (mag[r - 1] - mag[r]);
            double a = mag[i - 1];
            double b = mag[i];
            double cc = mag[i + 1];
            double den = a - 2 * b + cc;
            double off = den == 0 ? 0 : 0.5 * (a - cc) / den;
            peaks.add(new SpectrumPeak(axis.ppm(i + off), b - 0.25 * (a - cc) * off,
                    Math.abs(axis.ppm(ri) - axis.ppm(li))));
        }
        return peaks;
    }
}
