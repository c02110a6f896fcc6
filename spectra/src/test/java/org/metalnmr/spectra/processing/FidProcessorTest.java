package org.metalnmr.spectra.processing;

import org.metalnmr.core.fourier.FastFourierTransform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;

/** FID processing on synthetic FIDs with known lines. */
class FidProcessorTest {

    private static final double SW = 10_000; // [Hz]
    private static final double DT = 1 / SW;
    private static final double CARRIER = 100e6; // [Hz]

    /** s_j = exp(2 pi i f t_j - pi w t_j), a Lorentzian line of FWHM w [Hz] at offset f [Hz]. */
    private static FreeInductionDecay line(double f, double fwhm, int n, double groupDelay) {
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            double t = j * DT;
            double a = Math.exp(-Math.PI * fwhm * t);
            re[j] = a * Math.cos(2 * Math.PI * f * t);
            im[j] = a * Math.sin(2 * Math.PI * f * t);
        }
        return new FreeInductionDecay(re, im, DT, groupDelay, CARRIER);
    }

    private static final ProcessingParameters PLAIN = ProcessingParameters.DEFAULT.withRemoveDcOffset(false);

    private static Spectrum process(FreeInductionDecay fid, ProcessingParameters p, double refHz) {
        return FidProcessor.process(fid, p, refHz, OptionalDouble.empty(), Map.of());
    }

    private static int argmax(Spectrum s) {
        int best = 0;
        for (int i = 0; i < s.axis().size(); i++) {
            if (s.realAt(i) > s.realAt(best)) {
                best = i;
            }
        }
        return best;
    }

    /** Full width at half maximum of the real part [Hz], by linear interpolation. */
    private static double fwhmHz(Spectrum s) {
        int p = argmax(s);
        double half = s.realAt(p) / 2;
        int l = p;
        while (s.realAt(l) > half) {
            l--;
        }
        int r = p;
        while (s.realAt(r) > half) {
            r++;
        }
        double left = l + (half - s.realAt(l)) / (s.realAt(l + 1) - s.realAt(l));
        double right = r - (half - s.realAt(r)) / (s.realAt(r - 1) - s.realAt(r));
        double hzPerPoint = SW / s.axis().size();
        return (right - left) * hzPerPoint;
    }

    @Test
    void lineLandsAtItsFrequencyAndHighestFrequencyComesFirst() {
        double f = 1250; // 1250 Hz = 128 points of 10000/1024 Hz above the carrier
        Spectrum s = process(line(f, 20, 512, 0), PLAIN, CARRIER);
        assertEquals(1024, s.axis().size(), "automatic zero fill: twice the next power of two");
        assertEquals(512 - 128, argmax(s));
        assertEquals(f / CARRIER * 1e6, s.axis().ppm(argmax(s)), 1e-9);
        // point 0 at +SW/2, carrier at N/2
        assertEquals(SW / 2 / CARRIER * 1e6, s.axis().firstPpm(), 1e-12);
        assertEquals(0.0, s.axis().ppm(512), 1e-12);
        // a reference below the carrier moves every shift up by (carrier - ref)/ref
        double ref = CARRIER - 5000;
        Spectrum r = process(line(f, 20, 512, 0), PLAIN, ref);
        assertEquals((5000 + f) / ref * 1e6, r.axis().ppm(argmax(r)), 1e-9);
    }

    @Test
    void integerGroupDelayIsRemovedExactly() {
        int n = 512;
        int g = 37;
        FreeInductionDecay s = line(730, 30, n, 0);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = g; j < n; j++) {
            re[j] = s.realAt(j - g);
            im[j] = s.imagAt(j - g);
        }
        FreeInductionDecay delayed = new FreeInductionDecay(re, im, DT, g, CARRIER);
        Spectrum a = process(s, PLAIN.withZeroFillPoints(1024), CARRIER);
        Spectrum b = process(delayed, PLAIN.withZeroFillPoints(1024), CARRIER);
        // the delayed FID lost its last g points to the end of the acquisition: compare with the
        // undelayed FID cut to n - g points (zero-filled to the same size)
        Spectrum c = process(s, PLAIN.withZeroFillPoints(1024).withMaxTimePoints(n - g), CARRIER);
        for (int i = 0; i < 1024; i++) {
            assertEquals(c.realAt(i), b.realAt(i), 1e-9);
            assertEquals(c.imagAt(i), b.imagAt(i), 1e-9);
        }
        assertEquals(argmax(a), argmax(b));
    }

    @Test
    void fractionalGroupDelayIsRemovedAsABandLimitedShift() {
        int n = 256;
        double g = 44.75; // DSPFVS 10, DECIM 2
        FreeInductionDecay s = line(-2100, 40, n, 0);
        // delay by g in the frequency domain (shift theorem), then let the processor undo it
        double[] re = new double[2 * n];
        double[] im = new double[2 * n];
        for (int j = 0; j < n; j++) {
            re[j] = s.realAt(j);
            im[j] = s.imagAt(j);
        }
        FastFourierTransform.forward(re, im);
        int m = 2 * n;
        for (int k = 0; k < m; k++) {
            int signed = k <= m / 2 ? k : k - m;
            double ph = -2 * Math.PI * g * signed / m;
            double r = re[k] * Math.cos(ph) - im[k] * Math.sin(ph);
            double i = re[k] * Math.sin(ph) + im[k] * Math.cos(ph);
            re[k] = r;
            im[k] = i;
        }
        FastFourierTransform.inverse(re, im);
        Spectrum b = process(new FreeInductionDecay(re, im, DT, g, CARRIER), PLAIN.withZeroFillPoints(m), CARRIER);
        Spectrum a = process(s, PLAIN.withZeroFillPoints(m), CARRIER);
        for (int i = 0; i < m; i++) {
            // the Nyquist bin takes the phase of +N/2 in both directions: skip it
            if (i == 0) {
                continue;
            }
            assertEquals(a.realAt(i), b.realAt(i), 1e-9);
            assertEquals(a.imagAt(i), b.imagAt(i), 1e-9);
        }
    }

    @Test
    void exponentialApodisationAddsLbToTheLorentzianWidth() {
        // natural FWHM 20 Hz + LB 30 Hz = 50 Hz; 0.15 Hz points. Tolerance 1%: the sampled FID gives a
        // periodic Lorentzian plus the constant s_0/2 of the first point (0.3% of the height here)
        Spectrum s = process(line(0, 20, 8192, 0), PLAIN.withLineBroadeningHz(30).withZeroFillPoints(65536), CARRIER);
        assertEquals(50.0, fwhmHz(s), 0.5);
        Spectrum natural = process(line(0, 20, 8192, 0), PLAIN.withZeroFillPoints(65536), CARRIER);
        assertEquals(20.0, fwhmHz(natural), 0.2);
    }

    @Test
    void gaussianApodisationGivesAVoigtLineOfTheExpectedWidth() {
        // Lorentzian 2 Hz convolved with Gaussian 40 Hz: Voigt FWHM 0.5346 fL + sqrt(0.2166 fL^2 + fG^2)
        // = 41.08 Hz (Olivero & Longbothum, JQSRT 17, 233 (1977), accurate to 0.02%)
        double fl = 2;
        double fg = 40;
        double voigt = 0.5346 * fl + Math.sqrt(0.2166 * fl * fl + fg * fg);
        Spectrum s = process(line(0, fl, 8192, 0), PLAIN.withGaussianBroadeningHz(fg).withZeroFillPoints(65536), CARRIER);
        assertEquals(voigt, fwhmHz(s), 0.01 * voigt);
    }

    @Test
    void zeroOrderPhaseRotatesAndFirstOrderPivotsAtTheCarrier() {
        FreeInductionDecay fid = line(0, 50, 256, 0);
        Spectrum a = process(fid, PLAIN, CARRIER);
        Spectrum b = process(fid, PLAIN.withPhaseDeg(90, 0), CARRIER);
        for (int i = 0; i < a.axis().size(); i++) {
            assertEquals(-a.imagAt(i), b.realAt(i), 1e-9);
            assertEquals(a.realAt(i), b.imagAt(i), 1e-9);
        }
        Spectrum c = process(fid, PLAIN.withPhaseDeg(0, 137), CARRIER);
        int carrier = a.axis().size() / 2;
        assertEquals(a.realAt(carrier), c.realAt(carrier), 1e-12);
        // at point 0 (+SW/2) the first-order phase is -PHC1/2 (it grows towards low frequency, as TopSpin's)
        double ph = Math.toRadians(-137 / 2.0);
        assertEquals(a.realAt(0) * Math.cos(ph) - a.imagAt(0) * Math.sin(ph), c.realAt(0), 1e-9);
    }

    @Test
    void dcOffsetIsRemoved() {
        FreeInductionDecay clean = line(900, 50, 1024, 0);
        double[] re = clean.real();
        double[] im = clean.imag();
        for (int j = 0; j < re.length; j++) {
            re[j] += 3.0;
            im[j] -= 1.5;
        }
        FreeInductionDecay offset = new FreeInductionDecay(re, im, DT, 0, CARRIER);
        Spectrum a = process(clean, PLAIN, CARRIER);
        Spectrum b = process(offset, ProcessingParameters.DEFAULT, CARRIER);
        // the tail mean of the clean FID is ~exp(-pi 50 Hz 77 ms) ~ 1e-5: removed offsets agree to that
        int carrier = a.axis().size() / 2;
        assertEquals(a.realAt(carrier), b.realAt(carrier), 1e-2);
        assertEquals(argmax(a), argmax(b));
    }

    @Test
    void parametersAreValidated() {
        assertThrows(InvalidInputException.class, () -> ProcessingParameters.DEFAULT.withZeroFillPoints(1000));
        assertThrows(InvalidInputException.class, () -> ProcessingParameters.DEFAULT.withLineBroadeningHz(-1));
        assertThrows(InvalidInputException.class, () -> ProcessingParameters.DEFAULT.withMaxTimePoints(-2));
        assertThrows(InvalidInputException.class, () -> ProcessingParameters.DEFAULT.withZeroFillPoints(256).fftSize(300));
        assertEquals(1024, ProcessingParameters.DEFAULT.fftSize(512));
        assertEquals(2048, ProcessingParameters.DEFAULT.fftSize(513));
        assertThrows(InvalidInputException.class, () -> new FreeInductionDecay(new double[4], new double[3], DT, 0, CARRIER));
    }
}
