package org.metalnmr.toolkit.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.toolkit.forward.CellPhysics;

/**
 * The morphology model with a scenario's {@link CellPhysics} (a hand-made one here, so every number is known): the
 * foil's packets sit at K + chi n_i with their complex weights, aligned whiskers at the packed-deposit closed form with
 * the contrast chi and the cell field, amounts are integrals times the RF factor, and the Jacobian (chi through the
 * contrast by node differences) matches central differences.
 */
class MorphologyModelPhysicsTest {

    private static final double K = 261;
    private static final double CHI = 24.1e-6;
    private static final double HOST = -10e-6;
    private static final double OFFSET = 0.08;
    private static final double NA = 0.02;

    private static CellPhysics physics() {
        // three foil packets, complex weights summing to 1
        CellPhysics.Foil foil = new CellPhysics.Foil(new double[] {-0.70, -0.66, -0.5}, new double[] {0.7, 0.2, 0.1},
                new double[] {0.05, -0.03, -0.02}, 53);
        DemagnetizingFactors needle = new DemagnetizingFactors((1 - NA) / 2, (1 - NA) / 2, NA);
        CellPhysics.DepositField whiskers = new CellPhysics.DepositField(OFFSET, HOST, 1.12, -0.01, needle, 0.05, 7e18);
        CellPhysics.DepositField mossy = new CellPhysics.DepositField(0.02, HOST, 0.9, 0.05, needle, 0.15, 2e18);
        return new CellPhysics("hand-made", "7Li", K, CHI, 0, 90, foil, whiskers, mossy, 0.012, 0.257);
    }

    private static Map<MorphologyParameter, Double> values(Object... kv) {
        Map<MorphologyParameter, Double> m = new EnumMap<>(MorphologyParameter.class);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((MorphologyParameter) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    @Test
    void foilPacketsAndAlignedWhiskersSitWhereTheCellPutsThem() {
        MorphologySettings s = MorphologySettings.defaults(CellOrientation.cellB()).withPhysics(physics())
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY));
        MorphologyModel m = MorphologyModel.of(s, values(MorphologyParameter.WHISKER_SPREAD_DEG, 0.1, MorphologyParameter.WHISKER_PACKING, 0.05),
                0.1, 200, 320);
        // widths fixed at (Korringa + LB) / 2, the foil's Gaussian variance at 0, the lag at the scenario's
        Map<MorphologyParameter, Double> q = m.values(null);
        assertEquals((0.012 + 0.257) / 2, q.get(MorphologyParameter.FOIL_HWHM_PPM), 1e-15);
        assertEquals((0.012 + 0.257) / 2, q.get(MorphologyParameter.WHISKER_HWHM_PPM), 1e-15);
        assertEquals(0, q.get(MorphologyParameter.FOIL_GAUSS_VAR));
        assertEquals(53, q.get(MorphologyParameter.FOIL_PHASE_LAG_DEG));
        assertFalse(m.isFree(MorphologyParameter.FOIL_HWHM_PPM));
        assertTrue(m.isFree(MorphologyParameter.WHISKER_GAUSS_VAR));
        // foil: K + chi n_i, weighted by |W_i|
        var foil = m.shiftDistribution(MorphologyComponent.FOIL, m.initialValues());
        double[] n = {-0.70, -0.66, -0.5};
        for (int i = 0; i < 3; i++) {
            assertEquals(K + CHI * 1e6 * n[i], foil.shiftPpm()[i], 1e-12);
        }
        // whiskers along the normal (B0, cell B): N_p,zz = N_a, N_s = 1:
        // K + chi n_off + dchi (1/3 - N_a) + p dchi (N_a - 1), dchi = chi - chi_host (docs/physics.md section 4)
        double dchi = (CHI - HOST) * 1e6;
        double expected = K + CHI * 1e6 * OFFSET + dchi * (1.0 / 3 - NA) + 0.05 * dchi * (NA - 1);
        // spread 0.1 deg: sin^2 of the tilt about 3e-6, times 3/2 dchi: 1e-4 ppm
        assertEquals(expected, m.shiftDistribution(MorphologyComponent.WHISKERS, m.initialValues()).meanPpm(), 2e-4);
    }

    @Test
    void amountsAreNucleiSeenThroughTheCellsRfFactor() {
        MorphologySettings s = MorphologySettings.defaults(CellOrientation.cellB()).withPhysics(physics())
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS));
        MorphologyModel m = MorphologyModel.of(s, values(MorphologyParameter.FOIL_AMOUNT, 0, MorphologyParameter.WHISKER_AMOUNT, 2,
                MorphologyParameter.PHASE_DEG, 0, MorphologyParameter.WHISKER_GAUSS_VAR, 1), 0.01, 200, 320);
        double[] x = new double[40001];
        for (int i = 0; i < x.length; i++) {
            x[i] = -100 + i * 0.02;
        }
        double[] re = new double[x.length];
        double[] im = new double[x.length];
        m.evaluateComplex(x, m.initialValues(), re, im);
        double integral = 0;
        for (double v : re) {
            integral += v * 0.02;
        }
        // the absorption's area is the amount times Re f (the dispersion integrates to 0 over a symmetric window only up to
        // its 1/x tails: (1/pi) ln of the window's asymmetry about 280 ppm, times |Im f| a = 0.02, is below 1e-3 of it)
        assertEquals(2 * 1.12, integral, 2e-3 * 2 * 1.12);
    }

    @Test
    void jacobianWithChiFreeMatchesCentralDifferences() {
        MorphologySettings s = MorphologySettings.defaults(CellOrientation.cellB()).withPhysics(physics())
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS, MorphologyComponent.MOSSY))
                .withFreed(EnumSet.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM, MorphologyParameter.DEPOSIT_OFFSET_PPM));
        MorphologyModel m = MorphologyModel.of(s, values(MorphologyParameter.FOIL_AMOUNT, 3, MorphologyParameter.WHISKER_AMOUNT, 2,
                MorphologyParameter.MOSSY_AMOUNT, 1, MorphologyParameter.PHASE_DEG, 20, MorphologyParameter.WHISKER_SPREAD_DEG, 25,
                MorphologyParameter.WHISKER_PACKING, 0.12, MorphologyParameter.MOSSY_PACKING, 0.2, MorphologyParameter.WHISKER_GAUSS_VAR, 1.69,
                MorphologyParameter.MOSSY_GAUSS_VAR, 0.25, MorphologyParameter.DEPOSIT_OFFSET_PPM, 0.5), 0.1, 200, 320);
        double[] x = new double[1201];
        for (int i = 0; i < x.length; i++) {
            x[i] = 320 - 0.1 * i;
        }
        double[] p = m.initialValues();
        double[] value = new double[x.length];
        double[][] jac = new double[p.length][x.length];
        m.jacobian(x, p, value, jac);
        List<FitParameter> ps = m.parameters();
        for (int j = 0; j < p.length; j++) {
            // the binned sum is piecewise linear in each packet's position: a packet that crosses a grid node (0.025 ppm here)
            // inside [p - h, p + h] makes the difference average two slopes. At h = 1e-5 a packing step moves the whisker
            // packets by 3e-4 ppm and a few of 256 cross (measured 1.8e-3 relative); at 1e-7 crossings are rare and the
            // round-off (1e-16 / 1e-7 of values of order 1) stays far below the tolerance
            double h = 1e-7 * Math.max(1, Math.abs(p[j]));
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
            // as MorphologyModelTest: the binned sum is piecewise linear in the packet positions, 1e-3 is generous
            assertTrue(err <= 1e-3 * colScale + 1e-12, ps.get(j).name() + ": error " + err + " of " + colScale);
        }
    }
}
