package org.metalnmr.susceptibility.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;

class PopulationShiftTest {

    private static final MetalShiftParameters M = new MetalShiftParameters(261, 2.41e-5);
    private static final double C = 1e6 * M.chi();

    /** Powder of plates: mean at the Knight shift; CDF P(s &le; S) = 1 - sqrt(1/3 - (S - K)/chi) (t uniform). */
    @Test
    void powderPatternOfPlates() {
        ShiftDistribution d = PopulationShift.isolated(M, DemagnetizingFactors.THIN_PLATE, AxisDistribution.isotropic());
        assertEquals(M.knightShiftPpm(), d.meanPpm(), 1e-10);
        // std of chi(1/3 - t^2) with t uniform: chi sqrt(<t^4> - <t^2>^2) = chi sqrt(1/5 - 1/9)
        assertEquals(C * Math.sqrt(1.0 / 5 - 1.0 / 9), d.stdPpm(), 1e-9);
        for (double f : new double[] {-0.5, -0.2, 0.0, 0.2}) {
            double s = M.knightShiftPpm() + f * C;
            // 48 Gauss nodes: the step CDF is within one node weight (< 0.035) of the exact one
            assertEquals(1 - Math.sqrt(1.0 / 3 - f), d.cumulativeWeight(s), 0.035);
        }
    }

    /**
     * von Mises-Fisher about B0: <t^2> = 1 - 2 (coth k - 1/k)/k; plates' mean = K + chi(1/3 - <t^2>).
     * Tolerance 1e-4 chi: the inverse-CDF t(u) has a logarithmic singularity at distance e^{-2 kappa}
     * outside [0, 1], which limits 48-node Gauss-Legendre to about 6e-5 relative (measured at kappa = 5).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 5, 50, 5000})
    void fisherSpreadMean(double kappa) {
        ShiftDistribution d = PopulationShift.isolated(M, DemagnetizingFactors.THIN_PLATE,
                AxisDistribution.vonMisesFisher(new Vector3d(0, 0, 1), kappa));
        double t2 = 1 - 2 * (1 / Math.tanh(kappa) - 1 / kappa) / kappa;
        assertEquals(M.knightShiftPpm() + C * (1.0 / 3 - t2), d.meanPpm(), 1e-4 * C);
    }

    /** Uniform cone about B0: <t^2> = (1 - c^3) / (3 (1 - c)), c = cos(half-angle); needles: N = (1 - t^2)/2. */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1.2})
    void coneSpreadMean(double half) {
        ShiftDistribution d = PopulationShift.isolated(M, DemagnetizingFactors.LONG_NEEDLE,
                AxisDistribution.cone(new Vector3d(0, 0, 1), half));
        double c = Math.cos(half);
        double t2 = (1 - c * c * c) / (3 * (1 - c));
        assertEquals(M.knightShiftPpm() + C * (1.0 / 3 - (1 - t2) / 2), d.meanPpm(), 1e-9);
    }

    /** A narrow spread about a tilted direction reproduces the single tilted body. */
    @Test
    void narrowSpreadEqualsSingleTiltedBody() {
        double tilt = Math.toRadians(35);
        Vector3d axis = new Vector3d(Math.sin(tilt), 0, Math.cos(tilt));
        ShiftDistribution d = PopulationShift.isolated(M, DemagnetizingFactors.LONG_NEEDLE, AxisDistribution.cone(axis, 1e-7));
        double single = IsolatedBodyShift.shiftPpm(M, IsolatedBodyShift.LimitingShape.NEEDLE, tilt);
        assertEquals(single, d.meanPpm(), 1e-9);
        assertEquals(0, d.stdPpm(), 1e-6);
    }

    /** Packed deposit: p = 0 isolated; p = 1 the region's value; needles along B0 in a layer normal to B0 go as chi(1/3 - p). */
    @Test
    void packedDepositLimits() {
        Quaterniond flat = new Quaterniond();
        for (double p : new double[] {0, 0.25, 0.5, 1}) {
            PackedDeposit dep = new PackedDeposit(p, DemagnetizingFactors.LONG_NEEDLE, DemagnetizingFactors.THIN_PLATE, flat);
            assertEquals(C * (1.0 / 3 - p), dep.bmsShiftPpm(M.chi(), new Vector3d(0, 0, 1)), 1e-12);
        }
        PackedDeposit full = new PackedDeposit(1, DemagnetizingFactors.SPHERE, DemagnetizingFactors.THIN_PLATE, flat);
        assertEquals(-2 * C / 3, full.bmsShiftPpm(M.chi(), new Quaterniond().rotateX(0.4)), 1e-12);
        ShiftDistribution d = PopulationShift.packed(M, new PackedDeposit(0.3, DemagnetizingFactors.LONG_NEEDLE,
                DemagnetizingFactors.THIN_PLATE, flat), AxisDistribution.vonMisesFisher(new Vector3d(0, 0, 1), 1e6));
        assertEquals(M.knightShiftPpm() + C * (1.0 / 3 - 0.3), d.meanPpm(), 1e-4);
    }

    @Test
    void histogramHoldsAllWeightInRange() {
        ShiftDistribution d = PopulationShift.isolated(M, DemagnetizingFactors.THIN_PLATE, AxisDistribution.isotropic());
        double[] h = d.histogram(200, 300, 50);
        double s = 0;
        for (double v : h) {
            s += v;
        }
        assertEquals(1, s, 1e-12);
    }
}
