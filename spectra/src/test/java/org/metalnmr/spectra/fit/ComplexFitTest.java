package org.metalnmr.spectra.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The complex-data fit ({@link SpectrumFitter#fitComplex}) against the closed forms of a complex Lorentzian
 * \( Z = A e^{i\varphi}/(\pi(\Gamma - i(\delta - \delta_0))) \) (real part the absorption, imaginary part the dispersion,
 * positive above the centre as in Bruker {@code 1i}).
 *
 * <p>Fisher information on a uniform grid of spacing Delta over an infinite range with noise sigma in each part: the
 * columns of A and phi, and of Gamma and delta0, are orthogonal, and the integrals
 * \( \int |L|^2 = 1/(\pi\Gamma) \), \( \int \mathrm{Re}(\bar L\, \partial_\Gamma L) = -A/(2\pi\Gamma^2) \),
 * \( \int |\partial_\Gamma L|^2 = A^2/(2\pi\Gamma^3) \) give
 * \[ \sigma_A = \sigma\sqrt{2\pi\Gamma\Delta},\quad \sigma_\varphi = \sigma_A/A\ \mathrm{[rad]},\quad
 *    \sigma_{\delta_0} = \sigma_\Gamma = 2\sigma\sqrt{\pi\Gamma^3\Delta}/A. \]
 */
class ComplexFitTest {

    private static final double A = 50;
    private static final double X0 = 1.3;
    private static final double GAMMA = 0.8;
    private static final double PHASE_DEG = 25;

    /** The complex Lorentzian with analytic derivatives; parameters A, x0, Gamma, phase [deg]. */
    private static final class ComplexLorentzian implements SpectrumModel {
        private final List<FitParameter> params;

        ComplexLorentzian(double a, double x0, double g, double ph) {
            params = List.of(new FitParameter("amount", a, 0, Double.POSITIVE_INFINITY),
                    new FitParameter("centerPpm", x0, -50, 50), new FitParameter("hwhmPpm", g, 1e-3, 50),
                    new FitParameter("phaseDeg", ph, -180, 180));
        }

        @Override
        public String name() {
            return "complex Lorentzian";
        }

        @Override
        public List<FitParameter> parameters() {
            return params;
        }

        @Override
        public void evaluate(double[] ppm, double[] p, double[] out) {
            double[] im = new double[ppm.length];
            evaluateComplex(ppm, p, out, im);
        }

        @Override
        public Map<String, double[]> components(double[] ppm, double[] p) {
            double[] v = new double[ppm.length];
            evaluate(ppm, p, v);
            return Map.of("line", v);
        }

        @Override
        public boolean fitsComplexData() {
            return true;
        }

        @Override
        public void evaluateComplex(double[] ppm, double[] p, double[] re, double[] im) {
            jacobianComplex(ppm, p, re, im, null, null);
        }

        @Override
        public void jacobianComplex(double[] ppm, double[] p, double[] re, double[] im, double[][] jre, double[][] jim) {
            double a = p[0];
            double g = p[2];
            double c = Math.cos(Math.toRadians(p[3]));
            double s = Math.sin(Math.toRadians(p[3]));
            for (int i = 0; i < ppm.length; i++) {
                double d = ppm[i] - p[1];
                double den = Math.PI * (g * g + d * d);
                // L = (g + i d) / den; Z = a e^{i phi} L
                double lr = g / den;
                double li = d / den;
                re[i] = a * (c * lr - s * li);
                im[i] = a * (c * li + s * lr);
                if (jre == null) {
                    continue;
                }
                // dL/dGamma = -1/(pi (g - i d)^2) = -(g + i d)^2 / (pi (g^2 + d^2)^2); dL/dx0 = -dL/dd = -i/(pi (g - i d)^2)
                double q = Math.PI * (g * g + d * d) * (g * g + d * d);
                double gr = -(g * g - d * d) / q;
                double gi = -(2 * g * d) / q;
                double xr = -gi;
                double xi = gr;
                jre[0][i] = c * lr - s * li;
                jim[0][i] = c * li + s * lr;
                jre[1][i] = a * (c * xr - s * xi);
                jim[1][i] = a * (c * xi + s * xr);
                jre[2][i] = a * (c * gr - s * gi);
                jim[2][i] = a * (c * gi + s * gr);
                double rad = Math.PI / 180;
                jre[3][i] = -im[i] * rad;
                jim[3][i] = re[i] * rad;
            }
        }
    }

    private static double[] axis(int m, double half) {
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = -half + 2 * half * i / (m - 1);
        }
        return x;
    }

    @Test
    void noiseFreeFitRecoversTheLineAndTheCovarianceIsTheClosedForm() {
        double half = 200 * GAMMA;
        double[] x = axis(8001, half);
        double delta = x[1] - x[0];
        double[] re = new double[x.length];
        double[] im = new double[x.length];
        ComplexLorentzian truth = new ComplexLorentzian(A, X0, GAMMA, PHASE_DEG);
        truth.evaluateComplex(x, new double[] {A, X0, GAMMA, PHASE_DEG}, re, im);
        double sigma = 0.01;
        FitResult r = new SpectrumFitter().withNoiseSigma(sigma).withTolerance(1e-12)
                .fitComplex(x, re, im, new ComplexLorentzian(0.7 * A, X0 + 0.4, 1.5 * GAMMA, 0));
        assertEquals(A, r.value("amount"), 1e-7 * A);
        assertEquals(X0, r.value("centerPpm"), 1e-8);
        assertEquals(GAMMA, r.value("hwhmPpm"), 1e-8);
        assertEquals(PHASE_DEG, r.value("phaseDeg"), 1e-7);
        assertEquals(2 * x.length - 4, r.degreesOfFreedom());
        assertEquals(x.length, r.ppm().length, "the result's data are the real part");
        // the range (+-200 Gamma) misses 2 Gamma / (pi R) = 0.3 % of the 1/d^2 integrals: 2 % tolerance
        double sa = sigma * Math.sqrt(2 * Math.PI * GAMMA * delta);
        double sx = 2 * sigma * Math.sqrt(Math.PI * GAMMA * GAMMA * GAMMA * delta) / A;
        assertEquals(sa, r.stderr("amount"), 0.02 * sa);
        assertEquals(Math.toDegrees(sa / A), r.stderr("phaseDeg"), 0.02 * Math.toDegrees(sa / A));
        assertEquals(sx, r.stderr("centerPpm"), 0.02 * sx);
        assertEquals(sx, r.stderr("hwhmPpm"), 0.02 * sx);
    }

    /**
     * Noise of different sigma in the two parts (the imaginary part twice as noisy): each part's sigma from a line-free
     * region (400-600 ppm, where the dispersion's curvature adds 1e-3 sigma) within 10 % (its statistical spread with 1365
     * points is 2 %), the mean reduced chi-square within 0.03 of 1 (its spread per fit is sqrt(2 / dof) = 0.016) and each parameter
     * within 2 standard errors of the truth in at least 90 % of 40 seeds (95.4 % expected).
     */
    @Test
    void noisyComplexDataAreWeightedByTheirOwnNoise() {
        double[] x = axis(8192, 600);
        double[] re0 = new double[x.length];
        double[] im0 = new double[x.length];
        new ComplexLorentzian(A, X0, GAMMA, PHASE_DEG).evaluateComplex(x, new double[] {A, X0, GAMMA, PHASE_DEG}, re0, im0);
        double sre = 0.05;
        double sim = 0.10;
        int seeds = 40;
        int[] within = new int[4];
        double sumReduced = 0;
        String[] names = {"amount", "centerPpm", "hwhmPpm", "phaseDeg"};
        double[] truth = {A, X0, GAMMA, PHASE_DEG};
        for (int seed = 1; seed <= seeds; seed++) {
            Random rnd = new Random(seed);
            double[] re = re0.clone();
            double[] im = im0.clone();
            for (int i = 0; i < x.length; i++) {
                re[i] += sre * rnd.nextGaussian();
                im[i] += sim * rnd.nextGaussian();
            }
            FitResult r = new SpectrumFitter().withRangePpm(-20, 20).withNoiseRegionPpm(400, 600).fitComplex(x, re, im, new ComplexLorentzian(40, 1, 1, 0));
            assertTrue(r.converged(), r.toString());
            assertEquals(sre, r.noiseSigma(), 0.1 * sre, "real-part sigma");
            double simFit = Double.parseDouble(r.noiseSource().replaceAll(".*sigma ([0-9.eE+-]+)\\).*", "$1"));
            assertEquals(sim, simFit, 0.1 * sim, "imaginary-part sigma");
            assertTrue(r.noiseSource().contains("imaginary"), r.noiseSource());
            sumReduced += r.reducedChiSquare();
            for (int j = 0; j < 4; j++) {
                within[j] += Math.abs(r.value(names[j]) - truth[j]) <= 2 * r.stderr(names[j]) ? 1 : 0;
            }
        }
        assertEquals(1.0, sumReduced / seeds, 0.03, "mean reduced chi-square");
        for (int j = 0; j < 4; j++) {
            assertTrue(within[j] >= 0.9 * seeds, names[j] + " within 2 stderr in " + within[j] + " of " + seeds);
        }
    }

    @Test
    void aZeroImaginaryPartIsNoData() {
        org.metalnmr.core.spectrum.SpectralAxis ax = new org.metalnmr.core.spectrum.SpectralAxis(64, 10, -10, 116.64e6);
        assertTrue(!SpectrumFitter.hasImaginaryPart(org.metalnmr.core.spectrum.Spectrum.ofReal(ax, new double[64])));
    }

    @Test
    void aRealOnlyModelCannotFitComplexData() {
        SpectrumModel realOnly = new ComplexLorentzian(1, 0, 1, 0);
        double[] x = axis(100, 10);
        SpectrumModel plain = new SpectrumModel() {
            @Override
            public String name() {
                return "real only";
            }

            @Override
            public List<FitParameter> parameters() {
                return realOnly.parameters();
            }

            @Override
            public void evaluate(double[] ppm, double[] p, double[] out) {
                realOnly.evaluate(ppm, p, out);
            }

            @Override
            public Map<String, double[]> components(double[] ppm, double[] p) {
                return Map.of();
            }
        };
        assertThrows(InvalidInputException.class, () -> new SpectrumFitter().fitComplex(x, new double[100], new double[100], plain));
    }
}
