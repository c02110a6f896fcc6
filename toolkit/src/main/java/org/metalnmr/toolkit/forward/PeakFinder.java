package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.metalnmr.core.spectrum.Spectrum;

/**
 * Finds the peaks of a spectrum's magnitude sqrt(re^2 + im^2), which does not depend on the phase
 * (metal lines carry up to 45 degrees of dispersion): local maxima above a fraction of the largest,
 * each separated from a higher neighbour peak by a dip below {@code 1 - prominence} of the lower
 * peak, positions refined by a parabola through the three top points.
 */
public final class PeakFinder {

    private PeakFinder() {
    }

    /**
     * @param s              the spectrum
     * @param minRelHeight   smallest height relative to the largest peak, e.g. 0.02
     * @param prominence     required relative dip between neighbouring peaks, e.g. 0.1
     * @return peaks, highest first
     */
    public static List<SpectrumPeak> find(Spectrum s, double minRelHeight, double prominence) {
        int n = s.axis().size();
        double[] mag = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            mag[i] = Math.hypot(s.realAt(i), s.imagAt(i));
            max = Math.max(max, mag[i]);
        }
        List<Integer> cand = new ArrayList<>();
        for (int i = 1; i < n - 1; i++) {
            if (mag[i] >= mag[i - 1] && mag[i] > mag[i + 1] && mag[i] >= minRelHeight * max) {
                cand.add(i);
            }
        }
        cand.sort(Comparator.comparingDouble(i -> -mag[i]));
        List<Integer> kept = new ArrayList<>();
        for (int c : cand) {
            boolean separate = true;
            for (int k : kept) {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double dip = Double.MAX_VALUE;
                for (int j = lo; j <= hi; j++) {
                    dip = Math.min(dip, mag[j]);
                }
                if (dip > (1 - prominence) * mag[c]) {
                    separate = false;
                    break;
                }
            }
            if (separate) {
                kept.add(c);
            }
        }
        List<SpectrumPeak> peaks = new ArrayList<>();
        for (int i : kept) {
            double a = mag[i - 1];
            double b = mag[i];
            double c = mag[i + 1];
            double den = a - 2 * b + c;
            double off = den == 0 ? 0 : 0.5 * (a - c) / den;
            double half = b / 2;
            int l = i;
            while (l > 0 && mag[l] > half) {
                l--;
            }
            int r = i;
            while (r < n - 1 && mag[r] > half) {
                r++;
            }
            double li = l + (half - mag[l]) / (mag[l + 1] - mag[l]);
            double ri = r - (half - mag[r]) / (mag[r - 1] - mag[r]);
            double fwhm = Math.abs(s.axis().ppm(ri) - s.axis().ppm(li));
            peaks.add(new SpectrumPeak(s.axis().ppm(i + off), b - 0.25 * (a - c) * off, fwhm));
        }
        return peaks;
    }
}
