package org.metalnmr.spectra.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;

/** Phase correction: the convention, ACME on closed-form lines and on the operando data, phasing on a region. */
class PhaseCorrectorTest {

    private static final int N = 4096;
    private static final SpectralAxis AXIS = new SpectralAxis(N, 400, -100, 116.64e6);

    /**
     * A Lorentzian of half width w [ppm] at x0 with the phase error phiDeg in the convention of Bruker's {@code 1i}:
     * \( S = A e^{-i\varphi}/(1 - i u) \), \( u = (\delta - \delta_0)/w \): real part \( 1/(1+u^2) \) (absorption)
     * and imaginary part \( +u/(1+u^2) \) (dispersion, positive above the centre) when phi = 0.
     */
    static double[][] lorentzian(double x0, double w, double height, double phiDeg) {
        double[] re = new double[N];
        double[] im = new double[N];
        double c = Math.cos(Math.toRadians(-phiDeg));
        double s = Math.sin(Math.toRadians(-phiDeg));
        for (int i = 0; i < N; i++) {
            double u = (AXIS.ppm(i) - x0) / w;
            double a = height / (1 + u * u);
            double d = height * u / (1 + u * u);
            re[i] = a * c - d * s;
            im[i] = a * s + d * c;
        }
        return new double[][] {re, im};
    }

    static Spectrum spectrum(double[][] p) {
        return new Spectrum(AXIS, p[0], p[1], OptionalDouble.empty(), Map.of());
    }

    /** @return the signed difference a - b folded into [-180, 180) [deg] */
    static double angle(double a, double b) {
        double d = (a - b) % 360;
        if (d >= 180) {
            d -= 360;
        }
        if (d < -180) {
            d += 360;
        }
        return d;
    }

    @Test
    void applyingAPhaseAndItsOppositeGivesTheSpectrumBack() {
        Spectrum s = spectrum(lorentzian(250, 2, 1, 37));
        Spectrum back = PhaseCorrector.apply(PhaseCorrector.apply(s, 71, -40), -71, 40);
        for (int i = 0; i < N; i++) {
            assertEquals(s.realAt(i), back.realAt(i), 1e-12);
            assertEquals(s.imagAt(i), back.imagAt(i), 1e-12);
        }
    }

    @Test
    void aManualPhaseIsTheOneOfTheFidProcessor() {
        // the same pivot and sign: phasing after the transform equals phasing inside it
        double[] re = new double[256];
        double[] im = new double[256];
        for (int j = 0; j < 256; j++) {
            double t = j * 1e-4;
            re[j] = Math.exp(-t / 2e-3) * Math.cos(2 * Math.PI * 1500 * t);
            im[j] = Math.exp(-t / 2e-3) * Math.sin(2 * Math.PI * 1500 * t);
        }
        FreeInductionDecay fid = new FreeInductionDecay(re, im, 1e-4, 3.25, 116.7e6);
        Spectrum unphased = FidProcessor.process(fid, ProcessingParameters.DEFAULT, 116.64e6, OptionalDouble.empty(), Map.of());
        Spectrum inside = FidProcessor.process(fid, ProcessingParameters.DEFAULT.withPhaseDeg(33, -75), 116.64e6,
                OptionalDouble.empty(), Map.of());
        Spectrum after = PhaseCorrector.apply(unphased, 33, -75);
        for (int i = 0; i < inside.axis().size(); i++) {
            assertEquals(inside.realAt(i), after.realAt(i), 1e-9);
            assertEquals(inside.imagAt(i), after.imagAt(i), 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 30, 45, 120, 200, 315})
    void acmeRecoversTheKnownPhaseOfALorentzian(double phiDeg) {
        // the closed-form line (no noise): pure absorption is the unique minimum of derivative entropy + negativity
        Spectrum s = spectrum(lorentzian(250, 1.5, 1, phiDeg));
        assertEquals(0, angle(PhaseCorrector.automaticZeroOrder(s, 0), phiDeg), 0.1);
        // zero and first order: at the line the total phase is what counts
        double[] p = PhaseCorrector.automatic(s);
        double atLine = p[0] + p[1] * (AXIS.index(250) - N / 2) / N;
        assertEquals(0, angle(atLine, phiDeg), 0.5);
    }

    @Test
    void withNoiseTheRegionPhaseIsUnbiasedAndAcmeIsBiasedByAFewDegrees() {
        double[][] p = lorentzian(250, 1.5, 1, 63);
        double sigma = 0.01;
        Random rnd = new Random(11);
        for (int i = 0; i < N; i++) {
            p[0][i] += sigma * rnd.nextGaussian();
            p[1][i] += sigma * rnd.nextGaussian();
        }
        Spectrum s = spectrum(p);
        // region: the phase of a sum of M points of the line (absorption integral I = sum of 1/(1+u^2)) with
        // independent noise sigma in each part has the standard error sigma sqrt(M) / I [rad]
        PpmWindow w = new PpmWindow(220, 280);
        double integral = 0;
        int m = 0;
        for (int i = 0; i < N; i++) {
            if (w.contains(AXIS.ppm(i))) {
                double u = (AXIS.ppm(i) - 250) / 1.5;
                integral += 1 / (1 + u * u);
                m++;
            }
        }
        double standardErrorDeg = Math.toDegrees(sigma * Math.sqrt(m) / integral);
        assertEquals(0, angle(PhaseCorrector.region(s, w, 0), 63), 4 * standardErrorDeg);
        // ACME is not a statistical estimator: its negativity penalty on the noise pulls the phase (measured on
        // this line at signal-to-noise 100 over 8 noise seeds: -1.0 to -3.1 deg; at 1000: -0.8 to -1.1 deg)
        assertEquals(0, angle(PhaseCorrector.automaticZeroOrder(s, 0), 63), 4.0);
    }

    @Test
    void aSymmetricRegionPhasesItsLineExactly() {
        Spectrum s = spectrum(lorentzian(250, 1.5, 1, 77));
        // a window symmetric about the line: the dispersion sums to zero (odd), the phase is exact
        double step = Math.abs(AXIS.stepPpm());
        double c = AXIS.ppm(Math.round(AXIS.index(250)));
        assertEquals(0, angle(PhaseCorrector.region(s, new PpmWindow(c - 100 * step, c + 100 * step), 0), 77), 1e-9);
    }

    @Test
    void anAsymmetricRegionMissesByTheClosedFormOfItsDispersionIntegral() {
        // window from -a to +b widths about the line: absorption integral atan(a) + atan(b), dispersion
        // integral (1/2) ln((1 + b^2)/(1 + a^2)); the phase found is off by atan(dispersion/absorption)
        double w = 1.5;
        double a = 5;
        double b = 20;
        Spectrum s = spectrum(lorentzian(250, w, 1, 0));
        double found = PhaseCorrector.region(s, new PpmWindow(250 - a * w, 250 + b * w), 0);
        double absorption = Math.atan(a) + Math.atan(b);
        double dispersion = 0.5 * Math.log((1 + b * b) / (1 + a * a)); // Bruker's sign: positive above the line
        double expected = -Math.toDegrees(Math.atan2(dispersion, absorption));
        // the sum over points approximates the integral to a fraction of a degree (0.12 ppm steps, w = 1.5 ppm)
        assertEquals(expected, angle(found, 0), 0.3);
        assertTrue(Math.abs(expected) > 20, "the effect tested is large: " + expected);
    }

    @Test
    void acmeFindsNothingToCorrectInTopSpinsPhasedSpectrumOfExperiment301() {
        // TopSpin's 1r/1i of experiment 301 were phased by the operator (procs PHC0 245.72 deg, PHC1 -101.44 deg):
        // ACME finds no zero-order correction to make (measured: -0.03 deg)
        Spectrum processed = SpectrumReaders.read(ProjectData.operandoExperiment(301)).get(0).spectrum();
        assertEquals(0, angle(PhaseCorrector.automaticZeroOrder(processed, 0), 0), 3.0);
    }

    static double procs(Path exp, String key) throws IOException {
        for (String line : Files.readAllLines(exp.resolve("pdata/1/procs"))) {
            if (line.startsWith("##$" + key + "=")) {
                return Double.parseDouble(line.substring(line.indexOf('=') + 1).trim());
            }
        }
        throw new IllegalStateException(key);
    }

    /** Pearson correlation of two arrays over the points of a window. */
    static double correlation(SpectralAxis axis, double[] a, double[] b, PpmWindow w) {
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        int n = 0;
        for (int i = 0; i < axis.size(); i++) {
            if (w.contains(axis.ppm(i))) {
                sa += a[i];
                sb += b[i];
                saa += a[i] * a[i];
                sbb += b[i] * b[i];
                sab += a[i] * b[i];
                n++;
            }
        }
        return (sab - sa * sb / n) / Math.sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 301, 599})
    void theRawTransformWithTopSpinsPhaseIsTopSpinsComplexSpectrum(int expno) throws IOException {
        Path exp = ProjectData.operandoExperiment(expno);
        Spectrum processed = SpectrumReaders.read(exp).get(0).spectrum();
        Spectrum raw = SpectrumReaders.read(exp, ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW))
                .get(0).spectrum();
        Spectrum phased = SpectrumCorrections.NONE.withPhase(PhaseCorrection.procs()).apply(raw, true).spectrum();
        PpmWindow metal = new PpmWindow(150, 350);
        // both parts are TopSpin's 1r and 1i over the metal lines, same sign (outside them TopSpin's ABSG 5 baseline
        // correction of 1r differs); no zero-order phase improves the match of the real part by a degree
        double r = correlation(raw.axis(), phased.real(), processed.real(), metal);
        double ri = correlation(raw.axis(), phased.imag(), processed.imag(), metal);
        assertTrue(r > 0.999, "real parts: correlation " + r);
        assertTrue(ri > 0.999, "imaginary parts: correlation " + ri);
        for (double extra : new double[] {-1, 1}) {
            double worse = correlation(raw.axis(), PhaseCorrector.apply(phased, extra, 0).real(), processed.real(), metal);
            assertTrue(worse < r, "an extra " + extra + " deg matches better: " + worse + " > " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 599})
    void aManualPhaseTurnsRawAndProcessedDataTheSameWay(int expno) throws IOException {
        // --phase manual adds the same phase to TopSpin's 1r/1i and to the raw transform: starting both from TopSpin's
        // phase, the same extra zero and first order leave the two spectra equal (an opposite sense of rotation would
        // turn them apart by twice the extra phase: correlation cos(2 x 40 deg) = 0.17 for a pure phase error)
        Path exp = ProjectData.operandoExperiment(expno);
        Spectrum processed = SpectrumReaders.read(exp).get(0).spectrum();
        Spectrum raw = SpectrumReaders.read(exp, ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW))
                .get(0).spectrum();
        double g = Double.parseDouble(raw.metadata().get("groupDelayPoints"));
        double[] p = PhaseCorrector.fromTopSpin(procs(exp, "PHC0"), procs(exp, "PHC1"), g);
        double extra0 = 40;
        double extra1 = -30;
        Spectrum turnedProcessed = SpectrumCorrections.NONE.withPhase(PhaseCorrection.manual(extra0, extra1))
                .apply(processed, false).spectrum();
        Spectrum turnedRaw = SpectrumCorrections.NONE.withPhase(PhaseCorrection.manual(p[0] + extra0, p[1] + extra1))
                .apply(raw, true).spectrum();
        PpmWindow metal = new PpmWindow(150, 350);
        double turned = correlation(raw.axis(), turnedRaw.real(), turnedProcessed.real(), metal);
        assertTrue(turned > 0.999, "correlation after the same manual phase " + turned);
        assertTrue(correlation(raw.axis(), turnedRaw.imag(), turnedProcessed.imag(), metal) > 0.999);
        // and the extra phase did change the spectra: the turned ones no longer match TopSpin's
        assertTrue(correlation(raw.axis(), turnedProcessed.real(), processed.real(), metal) < 0.9);
    }

    @Test
    void phasingOnTheIsolatedBulkLineOfExperiment1AgreesWithTheOperator() throws IOException {
        // experiment 1 has one sharp bulk-metal line at 247.8 ppm; the operator's phase there (TopSpin's PHC0/PHC1
        // converted) and the zero order that puts the line in absorption agree (measured: 61.1 and 59.2 deg)
        Path exp = ProjectData.operandoExperiment(1);
        Spectrum raw = SpectrumReaders.read(exp, ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW))
                .get(0).spectrum();
        double[] p = PhaseCorrector.fromTopSpin(procs(exp, "PHC0"), procs(exp, "PHC1"),
                Double.parseDouble(raw.metadata().get("groupDelayPoints")));
        int n = raw.axis().size();
        double line = raw.axis().index(247.8);
        double operator = p[0] + p[1] * (line - n / 2) / n;
        assertEquals(0, angle(PhaseCorrector.region(raw, new PpmWindow(232.8, 262.8), 0), operator), 3.0);
    }

    @Test
    void aSpectrumWithoutImaginaryPartCannotBePhased() {
        Spectrum s = Spectrum.ofReal(AXIS, lorentzian(250, 1.5, 1, 0)[0]);
        assertTrue(assertThrows(InvalidInputException.class, () -> PhaseCorrector.automatic(s)).getMessage()
                .contains("no imaginary part"));
    }
}
