package org.metalnmr.toolkit.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.io.SpectrumReaders;

/**
 * The counter foil (the second electrode of a symmetric cell): its limits against the one-foil model, its Jacobian, and what
 * it does on the real Li||Li spectra (docs/morphology-model.md section 6).
 */
class CounterFoilTest {

    private static MorphologySettings settings(boolean counter) {
        EnumSet<MorphologyComponent> c = EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS);
        if (counter) {
            c.add(MorphologyComponent.COUNTER_FOIL);
        }
        return MorphologySettings.defaults(CellOrientation.cellB()).withComplexData(true).withBaseline(true).withComponents(c);
    }

    private static Map<MorphologyParameter, Double> common() {
        Map<MorphologyParameter, Double> m = new EnumMap<>(MorphologyParameter.class);
        m.put(MorphologyParameter.FOIL_HWHM_PPM, 3.0);
        m.put(MorphologyParameter.FOIL_GAUSS_VAR, 1.0);
        m.put(MorphologyParameter.FOIL_ROUGHNESS_DEG, 14.0);
        m.put(MorphologyParameter.WHISKER_AMOUNT, 2.0);
        m.put(MorphologyParameter.WHISKER_SPREAD_DEG, 10.0);
        m.put(MorphologyParameter.WHISKER_PACKING, 0.15);
        m.put(MorphologyParameter.WHISKER_GAUSS_VAR, 4.0);
        m.put(MorphologyParameter.PHASE_DEG, 8.0);
        m.put(MorphologyParameter.BASELINE0, 0.01);
        m.put(MorphologyParameter.BASELINE0_IMAG, -0.02);
        return m;
    }

    /**
     * Limit: a counter foil at offset 0 with the foil's width is the same foil, so foil a + counter b equals a foil of amount
     * a + b (in both parts, to rounding); and its packets are the foil's shifted rigidly by the offset (mean + offset).
     */
    @Test
    void atZeroOffsetAndEqualWidthTheTwoFoilsAreOneFoil() {
        double[] x = MorphologyModelTest.axis(320, 200, 1201);
        Map<MorphologyParameter, Double> two = common();
        two.put(MorphologyParameter.FOIL_AMOUNT, 1.0);
        two.put(MorphologyParameter.COUNTER_FOIL_AMOUNT, 2.0);
        two.put(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM, 0.0);
        two.put(MorphologyParameter.COUNTER_FOIL_HWHM_PPM, 3.0);
        two.put(MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG, 14.0);
        Map<MorphologyParameter, Double> one = common();
        one.put(MorphologyParameter.FOIL_AMOUNT, 3.0);
        MorphologyModel m2 = MorphologyModel.of(settings(true), two, 0.1, 200, 320);
        MorphologyModel m1 = MorphologyModel.of(settings(false), one, 0.1, 200, 320);
        int n = x.length;
        double[] r2 = new double[n];
        double[] i2 = new double[n];
        double[] r1 = new double[n];
        double[] i1 = new double[n];
        m2.evaluateComplex(x, m2.initialValues(), r2, i2);
        m1.evaluateComplex(x, m1.initialValues(), r1, i1);
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.hypot(r1[i], i1[i]));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(r1[i], r2[i], 1e-12 * scale);
            assertEquals(i1[i], i2[i], 1e-12 * scale);
        }
        two.put(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM, 1.7);
        MorphologyModel shifted = MorphologyModel.of(settings(true), two, 0.1, 200, 320);
        double foil = shifted.shiftDistribution(MorphologyComponent.FOIL, shifted.initialValues()).meanPpm();
        double counter = shifted.shiftDistribution(MorphologyComponent.COUNTER_FOIL, shifted.initialValues()).meanPpm();
        assertEquals(foil + 1.7, counter, 1e-12);
    }

    /**
     * The counter foil's own roughness: its packets are plates with von Mises-Fisher normals of its own spread, so in cell B
     * their mean is \( K + \chi(1/3 - \langle t^2\rangle) + o \) with \( \langle t^2\rangle = 1 - 2(\coth\kappa - 1/\kappa)/\kappa \),
     * \( \kappa = 1/\sigma^2 \) (Fisher, Lewis and Embleton 1987, sect. 4.2; the same closed form and tolerance as
     * MorphologyComplexTest), whatever the working foil's roughness; fitting the real part only (the roughness not free) the
     * counter foil is the foil's plates shifted by the offset.
     */
    @Test
    void counterFoilHasItsOwnRoughness() {
        double k = 261.0;
        double chi = 24.1;
        for (double spread : new double[] {5, 14, 30}) {
            Map<MorphologyParameter, Double> v = common();
            v.put(MorphologyParameter.KNIGHT_PPM, k);
            v.put(MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG, spread);
            v.put(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM, 1.3);
            MorphologyModel m = MorphologyModel.of(settings(true), v, 0.1, 200, 320);
            double kappa = 1 / Math.pow(Math.toRadians(spread), 2);
            double t2 = 1 - 2 * (1 / Math.tanh(kappa) - 1 / kappa) / kappa;
            double mean = m.shiftDistribution(MorphologyComponent.COUNTER_FOIL, m.initialValues()).meanPpm();
            assertEquals(k + chi * (1.0 / 3 - t2) + 1.3, mean, 1e-3 * chi * (1 - t2), "spread " + spread);
        }
        Map<MorphologyParameter, Double> v = common();
        v.put(MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG, 30.0);
        v.put(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM, 1.3);
        MorphologyModel real = MorphologyModel.of(settings(true).withComplexData(false), v, 0.1, 200, 320);
        double foil = real.shiftDistribution(MorphologyComponent.FOIL, real.initialValues()).meanPpm();
        assertEquals(foil + 1.3, real.shiftDistribution(MorphologyComponent.COUNTER_FOIL, real.initialValues()).meanPpm(), 1e-12);
    }

    /** The counter foil is the bulk-metal line at the higher shift: its offset is bounded by [0, chi/4]. */
    @Test
    void theCounterFoilOffsetIsOneSigned() {
        MorphologyModel m = MorphologyModel.of(settings(true), common(), 0.1, 200, 320);
        FitParameter o = m.parameters().stream().filter(p -> p.name().equals(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM.key()))
                .findFirst().orElseThrow();
        assertEquals(0, o.lower(), 0);
        assertEquals(0.25 * 24.1, o.upper(), 1e-9);
    }

    /**
     * Both parts' Jacobian against central differences, all parameters free (chi too): on the uniform axis (binned packet
     * sums) with the counter foil's roughness equal to the foil's (14 deg), and on an uneven axis (exact packet sums, no
     * binning nodes for a shifted packet to cross) with its own roughness of 22 deg.
     */
    @Test
    void jacobianMatchesCentralDifferences() {
        double[] uniform = MorphologyModelTest.axis(320, 200, 1201);
        double[] uneven = uniform.clone();
        for (int i = 1; i < uneven.length - 1; i++) {
            uneven[i] += (i % 2 == 0 ? 0.3 : -0.3) * 0.1;
        }
        checkJacobian(uniform, 14.0);
        checkJacobian(uneven, 22.0);
    }

    private static void checkJacobian(double[] x, double counterRoughnessDeg) {
        Map<MorphologyParameter, Double> v = common();
        v.put(MorphologyParameter.FOIL_AMOUNT, 1.0);
        v.put(MorphologyParameter.COUNTER_FOIL_AMOUNT, 2.0);
        v.put(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM, 1.6);
        v.put(MorphologyParameter.COUNTER_FOIL_HWHM_PPM, 1.2);
        v.put(MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG, counterRoughnessDeg);
        MorphologyModel m = MorphologyModel.of(settings(true).withFreed(EnumSet.of(MorphologyParameter.CHI_PPM)), v, 0.1, 200, 320);
        double[] p = m.initialValues();
        int k = p.length;
        int n = x.length;
        double[] re = new double[n];
        double[] im = new double[n];
        double[][] jre = new double[k][n];
        double[][] jim = new double[k][n];
        m.jacobianComplex(x, p, re, im, jre, jim);
        List<FitParameter> ps = m.parameters();
        for (int j = 0; j < k; j++) {
            double h = 1e-5 * Math.max(1, Math.abs(p[j]));
            double[] up = p.clone();
            double[] dn = p.clone();
            up[j] += h;
            dn[j] -= h;
            double[] ur = new double[n];
            double[] ui = new double[n];
            double[] dr = new double[n];
            double[] di = new double[n];
            m.evaluateComplex(x, up, ur, ui);
            m.evaluateComplex(x, dn, dr, di);
            double colScale = 0;
            double err = 0;
            for (int i = 0; i < n; i++) {
                double fr = (ur[i] - dr[i]) / (2 * h);
                double fi = (ui[i] - di[i]) / (2 * h);
                colScale = Math.max(colScale, Math.hypot(fr, fi));
                err = Math.max(err, Math.max(Math.abs(fr - jre[j][i]), Math.abs(fi - jim[j][i])));
            }
            // as MorphologyComplexTest: h^2 truncation plus packets crossing a node of the binned sum
            assertTrue(err <= 1e-3 * colScale + 1e-12, ps.get(j).name() + " (counter roughness " + counterRoughnessDeg + "): error "
                    + err + " of " + colScale);
        }
    }

    /**
     * The real spectra: the default complex fit with the counter foil against the same fit without it, on experiment 599
     * (48.7 h, whiskers dominate) and 25 (1.9 h, the onset, the foil dominates). Measured (one-signed offset, own roughness,
     * docs/morphology-model.md section 6.2): 599 from 22.2 to 11.57, 25 from 56.3 to 3.60; asserted: at least a factor 1.5
     * lower, below the measured value plus 35 % (as MorphologyComplexTest: a different start or optimiser path moves it by a
     * few %), the offset inside its one-signed bounds, and the Knight shift within 3 ppm of the table's 261 ppm (measured
     * 261.4 and 261.6; with the two-signed offset the fit of 25 sat at K = 266.5 ppm, the offset at -3.6 ppm: the labels of
     * the two foil lines were swapped and K no longer the Knight shift).
     */
    @Test
    void theCounterFoilHalvesTheMisfitOfRealSpectra() {
        Map<String, Double> measured = Map.of("599", 11.57, "25", 3.60);
        for (String exp : List.of("599", "25")) {
            Spectrum sp = SpectrumReaders.read(Path.of("..", "data", "operando-li-li", "bruker", exp)).get(0).spectrum();
            double[] ppm = sp.axis().ppmValues();
            SpectrumFitter fitter = new SpectrumFitter().withRangePpm(200, 320);
            FitResult with = fitter.fit(sp, MorphologyModel.guess(settings(true), ppm, sp.real(), 200, 320));
            FitResult without = fitter.fit(sp, MorphologyModel.guess(settings(false), ppm, sp.real(), 200, 320));
            assertTrue(with.reducedChiSquare() * 1.5 < without.reducedChiSquare(),
                    exp + ": with the counter foil " + with.reducedChiSquare() + ", without " + without.reducedChiSquare());
            assertTrue(with.reducedChiSquare() < 1.35 * measured.get(exp), exp + ": reduced chi-square " + with.reducedChiSquare());
            double offset = with.value(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM.key());
            double bound = 0.25 * 24.1;
            assertTrue(offset >= 0 && offset <= bound, exp + ": offset " + offset);
            assertEquals(261.0, with.value(MorphologyParameter.KNIGHT_PPM.key()), 3.0, exp + ": Knight shift");
        }
    }
}
