package org.metalnmr.spectra.fit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.SpectrumModel;

class PseudoVoigtLinesModelTest {

    private static void checkJacobian(SpectrumModel model, double[] p) {
        double[] x = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = 220 + 0.225 * i;
        }
        int k = p.length;
        double[] value = new double[x.length];
        double[][] jac = new double[k][x.length];
        model.jacobian(x, p, value, jac);
        double[] direct = new double[x.length];
        model.evaluate(x, p, direct);
        double[] up = new double[x.length];
        double[] dn = new double[x.length];
        for (int j = 0; j < k; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(p[j]));
            double[] q = p.clone();
            q[j] += h;
            model.evaluate(x, q, up);
            q[j] = p[j] - h;
            model.evaluate(x, q, dn);
            double scale = 0;
            for (int i = 0; i < x.length; i++) {
                scale = Math.max(scale, Math.abs(jac[j][i]));
            }
            for (int i = 0; i < x.length; i++) {
                assertEquals(direct[i], value[i], 1e-14 * Math.max(1, Math.abs(direct[i])));
                // central difference error ~ h^2 f''' ~ 1e-12 relative; round-off ~ 1e-16/1e-6
                assertEquals((up[i] - dn[i]) / (2 * h), jac[j][i], 1e-7 * Math.max(scale, 1e-3),
                        model.parameters().get(j).name() + " at " + x[i]);
            }
        }
    }

    @Test
    void analyticJacobianOfPeaksWithBaselineMatchesFiniteDifferences() {
        double[] ppm = new double[2048];
        double[] y = new double[2048];
        for (int i = 0; i < ppm.length; i++) {
            ppm[i] = 200 + 0.05 * i;
            y[i] = 5 / (1 + Math.pow((ppm[i] - 247) / 3, 2)) + 2 / (1 + Math.pow((ppm[i] - 270) / 4, 2));
        }
        PseudoVoigtLinesModel model = PeaksModel.guess(2, ppm, y, 220, 310, true);
        assertEquals(List.of("centerPpm1", "hwhmPpm1", "eta1", "area1", "centerPpm2", "hwhmPpm2", "eta2", "area2", "phaseDeg",
                "baseline0", "baseline1"), model.parameters().stream().map(FitParameter::name).toList());
        checkJacobian(model, new double[] {247.2, 3.1, 0.4, 10, 268.9, 4.4, 0.7, 3.5, 37, 0.2, -0.01});
    }

    @Test
    void sharedParametersAccumulateTheirColumns() {
        PseudoVoigtLinesModel model = ModelFile.parse("""
                {"shared": {"w": {"value": 3, "min": 0.1, "max": 20}},
                 "lines": [{"centerPpm": 247, "hwhmPpm": "w", "eta": 0.5, "area": 10},
                           {"centerPpm": 268, "hwhmPpm": "w", "eta": {"value": 0.3, "fixed": true}, "area": 4}],
                 "phaseDeg": -20, "baseline": "constant"}
                """, "test");
        assertEquals(List.of("centerPpm1", "w", "eta1", "area1", "centerPpm2", "area2", "phaseDeg", "baseline0"),
                model.parameters().stream().map(FitParameter::name).toList());
        checkJacobian(model, new double[] {247, 3.3, 0.45, 10, 268.2, 4.1, -21, 0.1});
    }

    /** Components add up to the model; a 90 degree phase turns each line into minus its dispersion. */
    @Test
    void componentsSumToTheModel() {
        PseudoVoigtLinesModel model = PeaksModel.withInitialValues(List.of(new double[] {250, 2, 0.5, 1}, new double[] {260, 3, 0.2, 2}),
                0, 220, 310, 0.01);
        double[] x = {240, 250, 255.5, 262};
        double[] p = {250, 2, 0.5, 1, 260, 3, 0.2, 2, 90};
        double[] f = new double[4];
        model.evaluate(x, p, f);
        var comps = model.components(x, p);
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (double[] c : comps.values()) {
                sum += c[i];
            }
            assertEquals(f[i], sum, 1e-14);
        }
        assertEquals(-new org.metalnmr.core.lineshape.PseudoVoigt(2, 0.5).dispersion(x[0] - 250), comps.get("line1")[0], 1e-15);
    }
}
