package org.metalnmr.spectra.processing;

import org.metalnmr.core.fourier.FastFourierTransform;
import java.util.Map;
import java.util.OptionalDouble;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Turns a FID into a frequency-domain spectrum on a ppm axis: truncation, DC-offset removal,
 * apodisation ({@link Apodization}), zero filling, Fourier transform
 * ({@link FastFourierTransform}), removal of the digital-filter group delay, phase correction
 * and referencing.
 *
 * <p><b>Frequencies.</b> After zero filling to N points the forward FFT bin k (signed,
 * \( -N/2 &lt; k \le N/2 \)) holds the offset \( \nu_k = k\,\mathrm{SW}/N \) from the carrier,
 * SW = 1/dwell. The output puts the highest frequency first, as Bruker does: point i holds
 * \( k = N/2 - i \), so point 0 is at \( +\mathrm{SW}/2 \) and the carrier at point N/2. This
 * index convention was checked against TopSpin's own {@code 1r}/{@code 1i} of the operando data
 * (the magnitude spectra agree point for point).
 *
 * <p><b>Sign of the imaginary part: Bruker's.</b> The forward transform \( X_k \) of the FID, with
 * the delay removed, is the complex conjugate of TopSpin's spectrum: its real part is TopSpin's
 * {@code 1r} and its imaginary part minus TopSpin's {@code 1i} (measured on the operando data; the
 * quadrature sign of the fid and the sense of TopSpin's transform differ). The output is therefore
 * \( \overline{X_k} \): the real part unchanged, the imaginary part in the convention of {@code 1i}
 * (for an absorption-phased line the dispersion is positive above the centre), so that a spectrum
 * processed here and one read from {@code 1r}/{@code 1i} are the same complex quantity and a phase
 * turns both the same way.
 *
 * <p><b>Group delay.</b> A digital filter delays the FID by g dwell times:
 * \( d_j = s_{j-g} \), so \( D_k = S_k\, e^{-2\pi i g k/N} \) (shift theorem). The delay is
 * removed after the FFT by the first-order phase \( S_k = D_k\, e^{+2\pi i g k/N} \) with the
 * signed k, pivot at the carrier (zero frequency, where a delay causes no phase). For integer g
 * this equals a circular shift of the zero-filled FID by g points; for fractional g it is the
 * band-limited shift. The points before the true time origin wrap to the end of the zero-filled
 * buffer, where they belong (negative times of a circular sequence).
 *
 * <p><b>Phase.</b> The spectrum is multiplied by \( e^{i\varphi_i} \) with
 * \( \varphi_i = \mathrm{PHC0} + \mathrm{PHC1}\,(i - N/2)/N \) [deg] (the convention of {@link PhaseCorrector}):
 * PHC1 is the phase change across the whole spectral width, zero at the carrier, growing towards
 * low frequency as TopSpin's. TopSpin's PHC0/PHC1 pivot at the first point and remove the delay
 * another way; {@link PhaseCorrector#fromTopSpin} converts them.
 *
 * <p><b>Referencing.</b> \( \delta_i = \left[(f_{\mathrm{carrier}} - f_{\mathrm{ref}}) + \nu_k\right]/f_{\mathrm{ref}}
 * \times 10^6 \) [ppm], with the carrier SFO1 and the reference frequency that defines 0 ppm
 * (BF1, or SF when the data were referenced).
 */
public final class FidProcessor {

    private FidProcessor() {
    }

    /**
     * Processes one FID.
     *
     * @param fid                    the FID
     * @param parameters             the processing choices
     * @param referenceFrequencyHz   frequency of 0 ppm [Hz]
     * @param acquisitionTimeSeconds acquisition time for the spectrum, when known
     * @param metadata               provenance for the spectrum
     * @return the spectrum of {@code parameters.fftSize(points kept)} points
     */
    public static Spectrum process(FreeInductionDecay fid, ProcessingParameters parameters,
                                   double referenceFrequencyHz, OptionalDouble acquisitionTimeSeconds,
                                   Map<String, String> metadata) {
        Checks.positive("reference frequency", "[Hz]", referenceFrequencyHz);
        int kept = parameters.maxTimePoints() > 0 ? Math.min(parameters.maxTimePoints(), fid.size()) : fid.size();
        int n = parameters.fftSize(kept);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < kept; j++) {
            re[j] = fid.realAt(j);
            im[j] = fid.imagAt(j);
        }
        if (parameters.removeDcOffset() && kept >= 4) {
            removeDcOffset(re, im, kept);
        }
        Apodization.apply(re, im, kept, fid.dwellSeconds(), parameters.lineBroadeningHz(),
                parameters.gaussianBroadeningHz());
        FastFourierTransform.forward(re, im);

        double g = fid.groupDelayPoints();
        double phc0 = Math.toRadians(parameters.phc0Deg());
        double phc1 = Math.toRadians(parameters.phc1Deg());
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        int halfN = n / 2;
        for (int i = 0; i < n; i++) {
            int k = halfN - i; // signed frequency index in (-N/2, N/2]
            int bin = Math.floorMod(k, n);
            double delay = 2.0 * Math.PI * g * k / n;
            double xr = re[bin] * Math.cos(delay) - im[bin] * Math.sin(delay);
            double xi = re[bin] * Math.sin(delay) + im[bin] * Math.cos(delay);
            // complex conjugate: Bruker's sign of the imaginary part (class comment), then the phase
            double phase = phc0 - phc1 * k / n; // phc0 + phc1 (i - N/2)/N
            double c = Math.cos(phase);
            double s = Math.sin(phase);
            outRe[i] = xr * c + xi * s;
            outIm[i] = xr * s - xi * c;
        }
        double sw = fid.spectralWidthHz();
        double offsetHz = fid.carrierFrequencyHz() - referenceFrequencyHz;
        double firstPpm = (offsetHz + halfN * sw / n) / referenceFrequencyHz * 1e6;
        double lastPpm = (offsetHz + (halfN - (n - 1)) * sw / n) / referenceFrequencyHz * 1e6;
        SpectralAxis axis = new SpectralAxis(n, firstPpm, lastPpm, referenceFrequencyHz);
        return new Spectrum(axis, outRe, outIm, acquisitionTimeSeconds, metadata);
    }

    /** Subtracts, separately from real and imaginary parts, their mean over the last quarter of the kept points. */
    private static void removeDcOffset(double[] re, double[] im, int kept) {
        int from = kept - kept / 4;
        double sr = 0;
        double si = 0;
        for (int j = from; j < kept; j++) {
            sr += re[j];
            si += im[j];
        }
        int count = kept - from;
        sr /= count;
        si /= count;
        for (int j = 0; j < kept; j++) {
            re[j] -= sr;
            im[j] -= si;
        }
    }
}
