package org.metalnmr.toolkit.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;

/**
 * The morphology model against the closed forms of docs/physics.md section 4 (Li: K = 261 ppm, chi = 24.1e-6 from the
 * material table), its Jacobian against differences, and a noise-free fit from its own guess.
 */
class MorphologyModelTest {

    private static final double K = 261.0;
    private static final double CHI = 24.1;

    static double[] axis(double hi, double lo, int m) {
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = hi + (lo - hi) * i / (m - 1);
        }
        return x;
    }

    static MorphologyModel model(MorphologySettings s, Map<MorphologyParameter, Double> v) {
        return MorphologyModel.of(s, v, 0.1, 200, 320);
    }

    private static Map<MorphologyParameter, Double> values(Object... kv) {
        Map<MorphologyParameter, Double> m = new EnumMap<>(MorphologyParameter.class);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((MorphologyParameter) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    private static double mean(MorphologyModel m, MorphologyComponent c) {
        return m.shiftDistribution(c, m.initialValues()).meanPpm();
    }

    @Test
    void foilAndBentFoilSitAtThePlateShifts() {
        Set<MorphologyComponent> comps = EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.BENT_FOIL);
        MorphologyModel b = model(MorphologySettings.defaults(CellOrientation.cellB()).withComponents(comps), Map.of());
        // plate normal along B0: K + chi (1/3 - 1); bent by 90 deg (normal across B0): K + chi/3 (docs/physics.md sect. 2: 272 ppm)
        assertEquals(K - 2 * CHI / 3, mean(b, MorphologyComponent.FOIL), 1e-9);
        assertEquals(K + CHI / 3, mean(b, MorphologyComponent.BENT_FOIL), 1e-9);
        MorphologyModel a = model(MorphologySettings.defaults(CellOrientation.cellA()).withComponents(comps), Map.of());
        assertEquals(K + CHI / 3, mean(a, MorphologyComponent.FOIL), 1e-9);
        // cell A: bent normals on the circle through B0, <cos^2> = 1/2 -> K + chi (1/3 - 1/2)
        assertEquals(K - CHI / 6, mean(a, MorphologyComponent.BENT_FOIL), 1e-9);
    }

    @Test
    void whiskerAndMossyShiftsFollowThePackedDepositMeanField() {
        Set<MorphologyComponent> comps = EnumSet.of(MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY);
        MorphologySettings sb = MorphologySettings.defaults(CellOrientation.cellB()).withComponents(comps);
        // isolated needles along B0: K + chi/3; in cell B the layer pulls them down by p chi (N_p = 0, N_s = 1)
        MorphologyModel iso = model(sb, values(MorphologyParameter.WHISKER_SPREAD_DEG, 0.1, MorphologyParameter.WHISKER_PACKING, 0,
                MorphologyParameter.MOSSY_PACKING, 0));
        assertEquals(K + CHI / 3, mean(iso, MorphologyComponent.WHISKERS), 1e-4 * CHI);
        MorphologyModel packed = model(sb, values(MorphologyParameter.WHISKER_SPREAD_DEG, 0.1, MorphologyParameter.WHISKER_PACKING, 0.25,
                MorphologyParameter.MOSSY_PACKING, 0.3));
        assertEquals(K + CHI * (1.0 / 3 - 0.25), mean(packed, MorphologyComponent.WHISKERS), 1e-4 * CHI);
        // isotropic strands: the orientation average of 1/3 - N_p is 0, leaving p chi (1/3 - N_s)
        assertEquals(K, mean(iso, MorphologyComponent.MOSSY), 1e-9);
        assertEquals(K + 0.3 * CHI * (1.0 / 3 - 1), mean(packed, MorphologyComponent.MOSSY), 1e-9);
        // cell A: needles along the normal, across B0: K - chi/6 when isolated
        MorphologyModel a = model(sb.withCell(CellOrientation.cellA()), values(MorphologyParameter.WHISKER_SPREAD_DEG, 0.1,
                MorphologyParameter.WHISKER_PACKING, 0, MorphologyParameter.MOSSY_PACKING, 0.3));
        assertEquals(K - CHI / 6, mean(a, MorphologyComponent.WHISKERS), 1e-4 * CHI);
        assertEquals(K + 0.3 * CHI / 3, mean(a, MorphologyComponent.MOSSY), 1e-9);
        // a von Mises-Fisher spread sigma lowers the mean of vertical needles by (chi/2) <sin^2>, <sin^2> = 2/kappa
        // - 2/kappa^2 (coth kappa - ...); for kappa = 1/sigma^2 = 100 it is 0.0198
        MorphologyModel spread = model(sb, values(MorphologyParameter.WHISKER_SPREAD_DEG, Math.toDegrees(0.1),
                MorphologyParameter.WHISKER_PACKING, 0, MorphologyParameter.MOSSY_PACKING, 0));
        double kappa = 100;
        double cos2 = 1 - 2 / kappa * (1 / Math.tanh(kappa) - 1 / kappa); // <cos^2> of von Mises-Fisher (Fisher 1953)
        // 64 Gauss-Legendre nodes in u for t' = F^-1(u) (a logarithm): not exact for t'^2, error ~1e-6 chi
        assertEquals(K + CHI * (1.0 / 3 - (1 - cos2) / 2), mean(spread, MorphologyComponent.WHISKERS), 1e-5 * CHI);
    }

    @Test
    void amountsAreIntegralsAndTheFoilLagsBySkinPhase() {
        MorphologySettings s = MorphologySettings.defaults(CellOrientation.cellB())
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY));
        // Lorentzian lines (Gaussian widths 0) for the closed-form integrals of the foil's absorption and dispersion; the
        // deposits' Voigt lines keep unit area
        MorphologyModel m = model(s, values(MorphologyParameter.FOIL_AMOUNT, 3, MorphologyParameter.WHISKER_AMOUNT, 2,
                MorphologyParameter.MOSSY_AMOUNT, 1, MorphologyParameter.PHASE_DEG, 0, MorphologyParameter.FOIL_GAUSS_VAR, 0,
                MorphologyParameter.WHISKER_GAUSS_VAR, 2.25, MorphologyParameter.MOSSY_GAUSS_VAR, 0.49));
        // 90 degree pulse on a thick surface: lag -arg K(pi/2) of the forward model's skin-layer table (53 deg)
        double lag = m.fixedParameters().get("foilPhaseLagDeg");
        assertTrue(lag > 50 && lag < 56, "lag " + lag);
        double[] x = axis(2266, -1734, 40001);
        Map<String, double[]> c = m.components(x, m.initialValues());
        double step = 0.1;
        // fully penetrated deposits at phase 0: the integral of the real part is the amount (tails beyond 2000 ppm:
        // 2 Gamma / (pi L) = 6e-4 of it)
        assertEquals(2, sum(c.get("whiskers")) * step, 2 * 1e-3);
        assertEquals(1, sum(c.get("mossy")) * step, 1e-3);
        // the foil's real part is amount (cos(lag) A + sin(lag) D); over [x0 - L1, x0 + L2] the Lorentzian gives
        // int A = (atan(L1/G) + atan(L2/G)) / pi and int D = -ln((L2^2 + G^2) / (L1^2 + G^2)) / (2 pi)
        double g = m.values(null).get(MorphologyParameter.FOIL_HWHM_PPM);
        double x0 = K - 2 * CHI / 3;
        double l1 = x0 + 1734;
        double l2 = 2266 - x0;
        double intA = (Math.atan(l1 / g) + Math.atan(l2 / g)) / Math.PI;
        double intD = -Math.log((l2 * l2 + g * g) / (l1 * l1 + g * g)) / (2 * Math.PI);
        double rad = Math.toRadians(lag);
        // Riemann sum of a Lorentzian of HWHM 2 ppm on a 0.1 ppm grid: error far below 1e-6 of the area
        assertEquals(3 * (Math.cos(rad) * intA + Math.sin(rad) * intD), sum(c.get("foil")) * step, 1e-5);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    @Test
    void analyticJacobianMatchesCentralDifferences() {
        for (CellOrientation cell : List.of(CellOrientation.cellB(), new CellOrientation(60, null))) {
            for (boolean uniform : new boolean[] {true, false}) {
                MorphologySettings s = MorphologySettings.defaults(cell).withComponents(EnumSet.allOf(MorphologyComponent.class))
                        .withFreed(EnumSet.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM,
                                MorphologyParameter.FOIL_PHASE_LAG_DEG)).withBaseline(true);
                MorphologyModel m = MorphologyModel.of(s, values(MorphologyParameter.FOIL_AMOUNT, 3, MorphologyParameter.BENT_FOIL_AMOUNT, 0.4,
                        MorphologyParameter.WHISKER_AMOUNT, 2, MorphologyParameter.MOSSY_AMOUNT, 1, MorphologyParameter.ELECTROLYTE_AMOUNT, 0.7,
                        MorphologyParameter.PHASE_DEG, 20, MorphologyParameter.BASELINE0, 0.01, MorphologyParameter.BASELINE1, 1e-4,
                        MorphologyParameter.WHISKER_SPREAD_DEG, 25, MorphologyParameter.WHISKER_PACKING, 0.12,
                        MorphologyParameter.MOSSY_PACKING, 0.2, MorphologyParameter.ELECTROLYTE_SHIFT_PPM, 1.5,
                        MorphologyParameter.FOIL_GAUSS_VAR, 0.64, MorphologyParameter.WHISKER_GAUSS_VAR, 1.69,
                        MorphologyParameter.MOSSY_GAUSS_VAR, 0.25), 0.1, -20, 320);
                double[] x = axis(320, -20, 1701);
                if (!uniform) {
                    for (int i = 1; i < x.length - 1; i += 2) {
                        x[i] += 0.03;
                    }
                }
                double[] p = m.initialValues();
                int k = p.length;
                double[] value = new double[x.length];
                double[][] jac = new double[k][x.length];
                m.jacobian(x, p, value, jac);
                double[] direct = new double[x.length];
                m.evaluate(x, p, direct);
                double scale = 0;
                for (int i = 0; i < x.length; i++) {
                    assertEquals(direct[i], value[i], 1e-12);
                    scale = Math.max(scale, Math.abs(value[i]));
                }
                List<FitParameter> ps = m.parameters();
                for (int j = 0; j < k; j++) {
                    double h = 1e-5 * Math.max(1, Math.abs(p[j]));
                    double[] up = p.clone();
                    double[] dn = p.clone();
                    up[j] += h;
                    dn[j] -= h;
                    double[] fu = new double[x.length];
                    double[] fd = new double[x.length];
                    m.evaluate(x, up, fu);
                    m.evaluate(x, dn, fd);
                    double colScale = 0;
                    double err = 0;
                    for (int i = 0; i < x.length; i++) {
                        double fdv = (fu[i] - fd[i]) / (2 * h);
                        colScale = Math.max(colScale, Math.abs(fdv));
                        err = Math.max(err, Math.abs(fdv - jac[j][i]));
                    }
                    // central differences are accurate to h^2 |f'''| / 6; the binned model is piecewise linear in the packet
                    // positions, so a packet crossing a node inside [p - h, p + h] adds O(h / delta) relative: 1e-3 is generous
                    assertTrue(err <= 1e-3 * colScale + 1e-9 * scale, ps.get(j).name() + " (" + cell.label() + ", uniform " + uniform
                            + "): error " + err + " of " + colScale);
                }
            }
        }
    }

    @Test
    void noiseFreeSpectrumIsRecoveredFromTheGuess() {
        MorphologySettings s = MorphologySettings.defaults(CellOrientation.cellB())
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY));
        Map<MorphologyParameter, Double> truth = values(MorphologyParameter.FOIL_AMOUNT, 5, MorphologyParameter.FOIL_HWHM_PPM, 2.5,
                MorphologyParameter.WHISKER_AMOUNT, 3, MorphologyParameter.WHISKER_SPREAD_DEG, 15, MorphologyParameter.WHISKER_PACKING, 0.1,
                MorphologyParameter.WHISKER_HWHM_PPM, 3, MorphologyParameter.MOSSY_AMOUNT, 1, MorphologyParameter.MOSSY_PACKING, 0.3,
                MorphologyParameter.MOSSY_HWHM_PPM, 2, MorphologyParameter.PHASE_DEG, 30, MorphologyParameter.FOIL_GAUSS_VAR, 1.44,
                MorphologyParameter.WHISKER_GAUSS_VAR, 0.64, MorphologyParameter.MOSSY_GAUSS_VAR, 1.0);
        double[] x = axis(320, 200, 1201);
        MorphologyModel gen = MorphologyModel.of(s, truth, 0.1, 200, 320);
        double[] y = new double[x.length];
        gen.evaluate(x, gen.initialValues(), y);
        MorphologyModel guessed = MorphologyModel.guess(s, x, y, 220, 310);
        FitResult r = new SpectrumFitter().withRangePpm(220, 310).fit(x, y, guessed);
        assertTrue(r.converged(), r.warnings().toString());
        for (Map.Entry<MorphologyParameter, Double> e : truth.entrySet()) {
            assertEquals(e.getValue(), r.value(e.getKey().key()), 1e-4 * Math.max(1, Math.abs(e.getValue())), e.getKey().key());
        }
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThrows(InvalidInputException.class, () -> MorphologyComponent.parseList("electrolyte"));
        assertThrows(InvalidInputException.class, () -> MorphologyComponent.parseList("foil,dendrites"));
        assertThrows(InvalidInputException.class, () -> CellOrientation.parse("C"));
        assertThrows(InvalidInputException.class, () -> CellOrientation.parse("120"));
        assertThrows(InvalidInputException.class, () -> MorphologySettings.defaults(CellOrientation.cellB())
                .withFreed(EnumSet.of(MorphologyParameter.WHISKER_PACKING)));
        assertThrows(InvalidInputException.class, () -> MorphologySettings.defaults(CellOrientation.cellB()).withNucleus("1H"));
    }
}
