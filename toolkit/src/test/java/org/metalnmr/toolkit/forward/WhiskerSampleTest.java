package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.geometry.deposit.ConeOrientation;
import org.metalnmr.geometry.deposit.VonMisesFisherOrientation;
import org.metalnmr.susceptibility.shift.AxisDistribution;

/** The per-whisker shift shared by the forward and the morphology model, and the spread map of the sample. */
class WhiskerSampleTest {

    private static final double K = 261;
    private static final double CHI = 24.1e-6;

    /** One whisker: a long needle (N_a = 0, N_t = 1/2) with the given axis, packing, field and neighbour field. */
    private static WhiskerSample one(double[] axis, double packing, double cellField, double host, double neighbourPpm) {
        return new WhiskerSample(axis, new double[] {0, 0, 1}, new double[] {0.5}, new double[] {0}, new double[] {cellField},
                new double[] {host}, new double[] {packing}, new double[] {neighbourPpm}, host, CHI, new double[] {1}, new double[] {0}, null);
    }

    @Test
    void isolatedNeedleAlongAndAcrossB0() {
        // docs/physics.md section 4: a long needle along B0 sits at K + chi/3, across it at K - chi/6 (N_zz = 1/2)
        assertEquals(K + CHI * 1e6 / 3, one(new double[] {0, 0, 1}, 0, 0, 0, 0).shiftPpm(0, K, CHI, new Vector3d(0, 0, 1), 1), 1e-12);
        assertEquals(K - CHI * 1e6 / 6, one(new double[] {1, 0, 0}, 0, 0, 0, 0).shiftPpm(0, K, CHI, new Vector3d(1, 0, 0), 1), 1e-12);
    }

    @Test
    void packedLayerNeighboursAndCellFieldAddWithTheContrast() {
        double host = -9.8e-6;
        double dchi = CHI - host;
        Vector3d z = new Vector3d(0, 0, 1);
        // needle along the normal of a layer along B0: N_p = 0, N_s = 1, so the packed term is -dchi p; the cell field adds
        // chi n; the neighbour field scales with the packing scale and the contrast
        WhiskerSample w = one(new double[] {0, 0, 1}, 0.1, 0.05, host, 0.7);
        double expected = K + CHI * 1e6 * 0.05 + dchi * 1e6 / 3 - dchi * 1e6 * 0.1 + 0.7;
        assertEquals(expected, w.shiftPpm(0, K, CHI, z, 1), 1e-9);
        double scaled = K + CHI * 1e6 * 0.05 + dchi * 1e6 / 3 - dchi * 1e6 * 0.2 + 2 * 0.7;
        assertEquals(scaled, w.shiftPpm(0, K, CHI, z, 2), 1e-9);
        // at twice chi: contrast 2 chi - host in the own-shape, packed and neighbour terms, the cell field 2 chi n
        double chi2 = 2 * CHI;
        double d2 = chi2 - host;
        double at2 = K + chi2 * 1e6 * 0.05 + d2 * 1e6 / 3 - d2 * 1e6 * 0.1 + 0.7 * d2 / dchi;
        assertEquals(at2, w.shiftPpm(0, K, chi2, z, 1), 1e-9);
    }

    /** A von Mises-Fisher sample about z, each whisker's quantile from the law: at the law's spread every axis stays. */
    @Test
    void spreadMapIsTheIdentityAtThePopulationsOwnLaw() {
        double kappa = 20;
        VonMisesFisherOrientation law = new VonMisesFisherOrientation(kappa);
        int n = 400;
        SplittableRandom rng = new SplittableRandom(3);
        double[] axis = new double[3 * n];
        double[] nrm = new double[3 * n];
        double[] u = new double[n];
        Vector3d d = new Vector3d();
        for (int i = 0; i < n; i++) {
            law.sample(rng, d);
            axis[3 * i] = d.x;
            axis[3 * i + 1] = d.y;
            axis[3 * i + 2] = d.z;
            nrm[3 * i + 2] = 1;
            u[i] = law.cdfCosine(d.z);
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] half = new double[n];
        java.util.Arrays.fill(half, 0.49);
        double[] na = new double[n];
        java.util.Arrays.fill(na, 0.02);
        WhiskerSample w = new WhiskerSample(axis, nrm, half, na, new double[n], new double[n], new double[n], new double[n], 0, CHI, ones,
                new double[n], u);
        double[] s = w.shiftsPpm(K, CHI, AxisDistribution.vonMisesFisher(new Vector3d(0, 0, 1), kappa), 1);
        for (int i = 0; i < n; i++) {
            Vector3d a = new Vector3d(axis[3 * i], axis[3 * i + 1], axis[3 * i + 2]);
            // folding of the hemisphere changes F by at most e^{-2 kappa}
            assertEquals(w.shiftPpm(i, K, CHI, a, 1), s[i], 1e-8);
        }
        // a larger spread tilts the whiskers further (N_zz grows with the tilt in cell B): the mean shift falls
        double[] wider = w.shiftsPpm(K, CHI, AxisDistribution.vonMisesFisher(new Vector3d(0, 0, 1), kappa / 4), 1);
        double before = java.util.Arrays.stream(s).average().orElseThrow();
        double after = java.util.Arrays.stream(wider).average().orElseThrow();
        assertEquals(true, after < before, after + " vs " + before);
    }

    /** The laws' distribution functions against draws: Kolmogorov-Smirnov distance within 1.63/sqrt(n) (1 % level). */
    @Test
    void distributionFunctionsMatchTheDraws() {
        int n = 20_000;
        for (var law : java.util.List.of(new VonMisesFisherOrientation(20), new VonMisesFisherOrientation(0.5), new ConeOrientation(0.6))) {
            SplittableRandom rng = new SplittableRandom(11);
            double[] c = new double[n];
            Vector3d d = new Vector3d();
            for (int i = 0; i < n; i++) {
                c[i] = law.sample(rng, d).z;
            }
            java.util.Arrays.sort(c);
            double ks = 0;
            for (int i = 0; i < n; i++) {
                double f = law.cdfCosine(c[i]);
                ks = Math.max(ks, Math.max(Math.abs(f - (double) i / n), Math.abs(f - (i + 1.0) / n)));
            }
            assertEquals(0, ks, 1.63 / Math.sqrt(n), law.toString());
            assertEquals(1, law.cdfCosine(1), 1e-12);
        }
    }
}
