package org.metalnmr.core.synthesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.lineshape.Gaussian;
import org.metalnmr.core.lineshape.Lineshape;
import org.metalnmr.core.lineshape.Lorentzian;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

class SpectrumSynthesizerTest {

    private static final double REF = 116.64e6;

    private static Acquisition acquisition(int points) {
        // 7Li at 7.05 T, 20 kHz window centred on 250 ppm (about 171 ppm wide)
        return Acquisition.of(20_000, points, REF, 250);
    }

    private static double maxAbsError(Spectrum s, double shiftPpm, double weight, Lineshape l) {
        SpectralAxis axis = s.axis();
        double hzPerPpm = REF * 1e-6;
        double worst = 0;
        for (int j = 0; j < axis.size(); j++) {
            double x = (axis.ppm(j) - shiftPpm) * hzPerPpm;
            worst = Math.max(worst, Math.abs(s.realAt(j) - weight * l.absorption(x) * hzPerPpm));
            worst = Math.max(worst, Math.abs(s.imagAt(j) - weight * l.dispersion(x) * hzPerPpm));
        }
        return worst;
    }

    @Test
    void packetOnABinIsTheSampledLineshape() {
        Acquisition acq = acquisition(1024);
        SpectralAxis axis = acq.axis();
        double shift = axis.ppm(400);
        Lineshape l = new Lorentzian(60);
        Spectrum s = new SpectrumSynthesizer().synthesize(
                List.of(new SpinPopulation("a", SpinPackets.real(new double[] {shift}, new double[] {2.0}), l)), acq).spectrum();
        double peak = 2.0 * l.absorption(0) * REF * 1e-6;
        // only FFT round-off remains
        assertEquals(0.0, maxAbsError(s, shift, 2.0, l), 1e-12 * peak);
    }

    /** Between bins the error is (1/2) a (1-a) df^2 L''(x): it falls by 4 when the bin width is halved. */
    @Test
    void interpolationErrorFallsAtSecondOrder() {
        Lineshape l = new Gaussian(80);
        double shift = 251.2345;
        double[] errors = new double[3];
        int[] sizes = {512, 1024, 2048};
        for (int i = 0; i < sizes.length; i++) {
            Spectrum s = new SpectrumSynthesizer().synthesize(
                    List.of(new SpinPopulation("a", SpinPackets.real(new double[] {shift}, new double[] {1.0}), l)), acquisition(sizes[i]))
                    .spectrum();
            errors[i] = maxAbsError(s, shift, 1.0, l);
        }
        double peak = l.absorption(0) * REF * 1e-6;
        assertTrue(errors[0] < 0.05 * peak, "coarsest error " + errors[0] / peak);
        for (int i = 1; i < sizes.length; i++) {
            double ratio = errors[i - 1] / errors[i];
            // the a(1-a) factor changes with the fractional position; the bound (1/8) df^2 max|L''| falls by exactly 4
            assertTrue(ratio > 2.5 && ratio < 6.5, "error ratio " + ratio);
        }
        double bound = 0.125 * Math.pow(acquisition(2048).binWidthHz(), 2) * 2 * Math.log(2) / (80.0 * 80.0) * l.absorption(0)
                * REF * 1e-6 * 1.1;
        assertTrue(errors[2] < bound * 4, "error " + errors[2] + " vs bound " + bound);
    }

    @Test
    void packetBetweenBinsSplitsLinearly() {
        SpectralAxis axis = acquisition(256).axis();
        double[] re = new double[256];
        double[] im = new double[256];
        new SpectrumSynthesizer().deposit(new SpinPackets(new double[] {axis.ppm(10.3)}, new double[] {2.0}, new double[] {-1.0}), axis, re, im);
        assertEquals(1.4, re[10], 1e-12);
        assertEquals(0.6, re[11], 1e-12);
        assertEquals(-0.7, im[10], 1e-12);
        assertEquals(-0.3, im[11], 1e-12);
        assertEquals(2.0, java.util.Arrays.stream(re).sum(), 1e-12);
    }

    @Test
    void integralEqualsTheSumOfWeights() {
        Acquisition acq = acquisition(4096);
        SplittableRandom r = new SplittableRandom(7);
        int k = 50_000;
        double[] shift = new double[k];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            shift[i] = 230 + 40 * r.nextDouble();
            w[i] = r.nextDouble();
        }
        SpinPackets packets = SpinPackets.real(shift, w);
        Spectrum s = new SpectrumSynthesizer().synthesize(List.of(new SpinPopulation("p", packets, new Gaussian(150))), acq).spectrum();
        double step = Math.abs(s.axis().stepPpm());
        double integral = 0;
        for (int j = 0; j < s.axis().size(); j++) {
            integral += s.realAt(j) * step;
        }
        // Gaussian tails beyond the window are below 1e-30; what remains is round-off
        assertEquals(packets.totalWeightRe(), integral, 1e-10 * packets.totalWeightRe());
    }

    /** Exponential broadening LB of a Lorentzian of HWHM G gives the Lorentzian of HWHM G + LB/2. */
    @Test
    void lineBroadeningAddsALorentzian() {
        Acquisition acq = acquisition(8192).withLineBroadeningHz(30);
        double shift = acq.axis().ppm(3900);
        Spectrum s = new SpectrumSynthesizer().synthesize(
                List.of(new SpinPopulation("a", SpinPackets.real(new double[] {shift}, new double[] {1.0}), new Lorentzian(25))), acq).spectrum();
        Lorentzian expected = new Lorentzian(40);
        double peak = expected.absorption(0) * REF * 1e-6;
        // the discrete convolution of two sampled lines errs by about exp(-2 pi HWHM / df) (the window
        // exp(-pi LB t) at the end of the acquisition time 1/df): 2e-17 here; kernel truncation at
        // +-SW costs ~ (HWHM/SW)^2 ~ 1e-6 of the peak far from it, less near it
        assertEquals(0.0, maxAbsError(s, shift, 1.0, expected), 1e-6 * peak);
    }

    @Test
    void zeroOrderPhaseRotatesAbsorptionIntoDispersion() {
        Acquisition acq = acquisition(1024).withPhaseDeg(90, 0);
        double shift = acq.axis().ppm(300);
        Lineshape l = new Lorentzian(50);
        Spectrum s = new SpectrumSynthesizer().synthesize(
                List.of(new SpinPopulation("a", SpinPackets.real(new double[] {shift}, new double[] {1.0}), l)), acq).spectrum();
        double hzPerPpm = REF * 1e-6;
        for (int j : new int[] {280, 300, 311}) {
            double x = (acq.axis().ppm(j) - shift) * hzPerPpm;
            assertEquals(-l.dispersion(x) * hzPerPpm, s.realAt(j), 1e-12 * l.absorption(0) * hzPerPpm);
            assertEquals(l.absorption(x) * hzPerPpm, s.imagAt(j), 1e-12 * l.absorption(0) * hzPerPpm);
        }
    }

    @Test
    void noiseHasTheRequestedSnrAndIsReproducible() {
        Acquisition acq = acquisition(8192);
        SpinPopulation pop = new SpinPopulation("a", SpinPackets.real(new double[] {250}, new double[] {1.0}), new Lorentzian(40));
        SpectrumSynthesizer synth = new SpectrumSynthesizer().withNoise(new NoiseModel(50, 11));
        SynthesisResult a = synth.synthesize(List.of(pop), acq);
        SynthesisResult b = synth.synthesize(List.of(pop), acq);
        assertArrayEquals(a.spectrum().real(), b.spectrum().real(), 0.0);
        Spectrum clean = a.components().get("a");
        double peak = java.util.Arrays.stream(clean.real()).max().orElseThrow();
        assertEquals(peak / 50, a.noiseSigma(), 1e-12 * peak);
        double ss = 0;
        for (int j = 0; j < 8192; j++) {
            double d = a.spectrum().imagAt(j) - clean.imagAt(j);
            ss += d * d;
        }
        // sample standard deviation of 8192 Gaussian values: relative spread 1/sqrt(2*8192) = 0.8%; 4% is 5 sigma
        assertEquals(a.noiseSigma(), Math.sqrt(ss / 8192), 0.04 * a.noiseSigma());
    }

    @Test
    void refusesWhatDoesNotFitInMemory() {
        Acquisition acq = Acquisition.of(1e6, Acquisition.MAX_POINTS, REF, 0);
        List<SpinPopulation> pops = new ArrayList<>();
        SpinPackets one = SpinPackets.real(new double[] {0}, new double[] {1});
        for (int i = 0; i < 400; i++) {
            pops.add(new SpinPopulation("p" + i, one, new Lorentzian(10)));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SpectrumSynthesizer().synthesize(pops, acq));
        assertTrue(e.getMessage().contains("MiB"), e.getMessage());
    }

    @Test
    void parallelAndSequentialDepositsAgree() {
        SpectralAxis axis = acquisition(4096).axis();
        SplittableRandom r = new SplittableRandom(3);
        int k = 600_000;
        double[] shift = new double[k];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            shift[i] = 180 + 140 * r.nextDouble();
            w[i] = r.nextDouble();
        }
        SpinPackets p = SpinPackets.real(shift, w);
        double[] a = new double[4096];
        double[] b = new double[4096];
        new SpectrumSynthesizer().withParallelism(1).deposit(p, axis, a, new double[4096]);
        new SpectrumSynthesizer().withParallelism(2).deposit(p, axis, b, new double[4096]);
        // bit for bit: the blocks and the order of their sum do not depend on the threads
        assertArrayEquals(a, b);
    }
}
