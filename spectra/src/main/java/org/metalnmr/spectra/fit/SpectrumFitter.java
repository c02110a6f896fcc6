package org.metalnmr.spectra.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.SpectraMessage;

/**
 * Bounded nonlinear least squares of a {@link SpectrumModel} to the real part of a spectrum:
 * minimises \( \sum_i (y_i - f(\delta_i; p))^2 \) over the points of the fit range with the
 * Levenberg-Marquardt optimiser of Hipparchus (Moré's MINPACK formulation; J. J. Moré, Lecture
 * Notes in Mathematics 630, 105 (1978)).
 *
 * <ul>
 * <li>Bounds: the optimiser works on unbounded variables q mapped onto the bounds
 * ({@link BoundsTransform}, MINUIT's sin / sqrt maps), with the Jacobian
 * \( J_q = J_p\,\mathrm{diag}(dp/dq) \).</li>
 * <li>Speed: the m x k problem is compressed to k + 1 rows at each evaluation
 * ({@link ResidualCompression}, an exact rewriting of the Levenberg-Marquardt subproblem), so the
 * optimiser's own QR factorisations cost O(k^3) instead of O(m k^2). The model value and the
 * normal matrix \( J_p^{\mathsf T} J_p \) of the evaluation at the optimum are kept, so an analytic
 * model is not evaluated again for the covariance (a numerical one is: with central differences).</li>
 * <li>Stopping: relative change of the cost and of the parameters below the tolerance (default
 * 1e-8), or, when sigma is known, a change of chi-square below 1e-3 between accepted iterations
 * (at most 0.03 standard errors of any parameter; it ends the slow creep of a parameter towards
 * a bound through the bound transform, which otherwise costs hundreds of iterations on real data
 * that the model does not describe exactly), or the evaluation budget (default 100 (k + 1)); a start that runs out of budget keeps
 * the best point it reached and is flagged not converged.</li>
 * <li>Jacobian: the model's analytic one when it has it, otherwise forward differences with step
 * \( 10^{-7}\max(|p|, 10^{-3}) \) (central differences for the final covariance).</li>
 * <li>Noise sigma: given ({@link #withNoiseSigma}), from a signal-free region of the whole
 * spectrum ({@link #withNoiseRegionPpm}) or automatic ({@link NoiseEstimator#automatic}, the
 * default); when the automatic estimate is zero (noise-free data) the residual rms
 * \( \sqrt{\chi^2_{unit}/\mathrm{dof}} \) is used and reported as "residual".</li>
 * <li>Covariance: \( C = \sigma^2 (J_p^{\mathsf T} J_p)^{-1} \) at the optimum, in the original
 * parameters, inverted after scaling to unit diagonal by SVD. Directions with singular values
 * below 1e-10 of the largest are undetermined: the parameters that load on them get an infinite
 * standard error. With {@link #withErrorsScaledByReducedChiSquare} C is multiplied by the
 * reduced chi-square (the usual choice when sigma is not trusted).</li>
 * <li>Several starts ({@link #withStarts}): the first from the model's initial values, the others
 * jittered (seeded): uniformly within a quarter of the range either side for two-sided bounds,
 * by a log-normal factor of spread 0.3 about the bound or zero otherwise; the best chi-square
 * wins.</li>
 * <li>Warnings (in {@link FitResult#warnings()}): no convergence; a parameter on its bound; a
 * parameter not determined (infinite error); an error larger than the distance of the value
 * from its one-sided bound (e.g. an area not distinguishable from 0) or larger than half of a
 * two-sided range; a pair with |correlation| &gt; 0.99.</li>
 * </ul>
 *
 * <p>Configured by {@code with*} methods returning new instances; immutable and thread-safe.
 */
public final class SpectrumFitter {

    /** Correlation above which a pair is reported as not separately identifiable. */
    public static final double CORRELATION_WARNING = 0.99;
    private static final double SINGULAR = 1e-10;
    /**
     * Change of chi-square between accepted iterations below which the fit has converged: a
     * parameter change of at most sqrt(1e-3) = 0.03 standard errors.
     */
    static final double CHI_SQUARE_STEP = 1e-3;

    private final double rangeLo;
    private final double rangeHi;
    private final double noiseLo;
    private final double noiseHi;
    private final double sigma;
    private final int starts;
    private final long seed;
    private final int maxEvaluations;
    private final double tolerance;
    private final boolean scaleByReducedChiSquare;

    /**
     * A fitter over the whole spectrum, automatic noise, one start, relative tolerance 1e-8 on the
     * cost and the parameters (the defaults of MINPACK and scipy.optimize.least_squares), at most
     * 100 (k + 1) evaluations per start for k parameters.
     */
    public SpectrumFitter() {
        this(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 1L, 0, 1e-8, false);
    }

    private SpectrumFitter(double rangeLo, double rangeHi, double noiseLo, double noiseHi, double sigma, int starts, long seed,
                           int maxEvaluations, double tolerance, boolean scale) {
        this.rangeLo = rangeLo;
        this.rangeHi = rangeHi;
        this.noiseLo = noiseLo;
        this.noiseHi = noiseHi;
        this.sigma = sigma;
        this.starts = starts;
        this.seed = seed;
        this.maxEvaluations = maxEvaluations;
        this.tolerance = tolerance;
        this.scaleByReducedChiSquare = scale;
    }

    /**
     * @param lo one end of the fit range [ppm]
     * @param hi the other end [ppm]
     * @return a fitter restricted to this range
     */
    public SpectrumFitter withRangePpm(double lo, double hi) {
        Checks.finite("fit range start [ppm]", lo);
        Checks.finite("fit range end [ppm]", hi);
        return new SpectrumFitter(Math.min(lo, hi), Math.max(lo, hi), noiseLo, noiseHi, sigma, starts, seed, maxEvaluations, tolerance,
                scaleByReducedChiSquare);
    }

    /**
     * @param lo one end of a signal-free region [ppm] (anywhere in the spectrum)
     * @param hi the other end [ppm]
     * @return a fitter taking sigma from this region
     */
    public SpectrumFitter withNoiseRegionPpm(double lo, double hi) {
        Checks.finite("noise region start [ppm]", lo);
        Checks.finite("noise region end [ppm]", hi);
        return new SpectrumFitter(rangeLo, rangeHi, Math.min(lo, hi), Math.max(lo, hi), Double.NaN, starts, seed, maxEvaluations,
                tolerance, scaleByReducedChiSquare);
    }

    /**
     * @param noiseSigma the noise standard deviation per point, in data units
     * @return a fitter using it
     */
    public SpectrumFitter withNoiseSigma(double noiseSigma) {
        Checks.positive("noise sigma", "[data units]", noiseSigma);
        return new SpectrumFitter(rangeLo, rangeHi, Double.NaN, Double.NaN, noiseSigma, starts, seed, maxEvaluations, tolerance,
                scaleByReducedChiSquare);
    }

    /**
     * @param count      number of starts, &gt;= 1 (the first from the initial values)
     * @param randomSeed seed of the jitter
     * @return a fitter making several starts
     */
    public SpectrumFitter withStarts(int count, long randomSeed) {
        Checks.inRange("number of starts", "[1]", 1, 10_000, count);
        return new SpectrumFitter(rangeLo, rangeHi, noiseLo, noiseHi, sigma, count, randomSeed, maxEvaluations, tolerance,
                scaleByReducedChiSquare);
    }

    /**
     * @param evaluations largest number of model evaluations per start (0: 100 (k + 1))
     * @return a fitter with this budget
     */
    public SpectrumFitter withMaxEvaluations(int evaluations) {
        if (evaluations != 0) {
            Checks.inRange("maximum evaluations", "[1]", 10, 10_000_000, evaluations);
        }
        return new SpectrumFitter(rangeLo, rangeHi, noiseLo, noiseHi, sigma, starts, seed, evaluations, tolerance,
                scaleByReducedChiSquare);
    }

    /**
     * @param relative relative tolerance on the cost and on the parameters (Levenberg-Marquardt
     *                 stopping criteria)
     * @return a fitter with this tolerance
     */
    public SpectrumFitter withTolerance(double relative) {
        Checks.inRange("relative tolerance", "[1]", 1e-15, 1e-2, relative);
        return new SpectrumFitter(rangeLo, rangeHi, noiseLo, noiseHi, sigma, starts, seed, maxEvaluations, relative,
                scaleByReducedChiSquare);
    }

    /**
     * @param scale whether to multiply the covariance by the reduced chi-square
     * @return a fitter with this choice
     */
    public SpectrumFitter withErrorsScaledByReducedChiSquare(boolean scale) {
        return new SpectrumFitter(rangeLo, rangeHi, noiseLo, noiseHi, sigma, starts, seed, maxEvaluations, tolerance, scale);
    }

    /**
     * Fits the real part of a spectrum.
     *
     * @param spectrum the data
     * @param model    the model
     * @return the result
     */
    public FitResult fit(Spectrum spectrum, SpectrumModel model) {
        if (model.fitsComplexData() && hasImaginaryPart(spectrum)) {
            return fitComplex(spectrum.axis().ppmValues(), spectrum.real(), spectrum.imag(), model);
        }
        return fit(spectrum.axis().ppmValues(), spectrum.real(), model);
    }

    /**
     * @param spectrum a spectrum
     * @return whether it has an imaginary part that holds data (readers fill an absent one with zeros, e.g. a text file of
     *         ppm and real columns)
     */
    public static boolean hasImaginaryPart(Spectrum spectrum) {
        double[] im = spectrum.imag();
        if (im == null) {
            return false;
        }
        for (double v : im) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fits the real and the imaginary part of a spectrum together (a model with {@link SpectrumModel#fitsComplexData()}):
     * minimises \( \sum_i (y^{re}_i - f^{re}_i)^2/\sigma_{re}^2 + (y^{im}_i - f^{im}_i)^2/\sigma_{im}^2 \), each part
     * weighted by its own noise sigma (estimated as for the real part, from the same region or automatically; a given
     * sigma holds for both). The imaginary part is scaled by \( \sigma_{re}/\sigma_{im} \) and stacked under the real
     * part, so the optimiser, the stopping rules and the covariance are those of {@link #fit(double[], double[],
     * SpectrumModel)} on 2m points; dof = 2m - k, BIC with ln(2m). The result's data, model and components are the real
     * part (for plots and reports); {@link FitResult#noiseSigma()} is sigma of the real part and the noise source says
     * that both parts were fitted and gives sigma of the imaginary part.
     *
     * @param ppmAll the shifts of all points [ppm]
     * @param reAll  real part at those shifts
     * @param imAll  imaginary part at those shifts
     * @param model  a model with an imaginary part
     * @return the result
     * @throws InvalidInputException when the model has no imaginary part or the range holds too few points
     */
    public FitResult fitComplex(double[] ppmAll, double[] reAll, double[] imAll, SpectrumModel model) {
        if (!model.fitsComplexData()) {
            throw new InvalidInputException(SpectraMessage.MODEL_NOT_COMPLEX, model.name());
        }
        if (ppmAll.length != reAll.length || ppmAll.length != imAll.length) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "data", Math.min(reAll.length, imAll.length), "ppm",
                    ppmAll.length);
        }
        int[] idx = rangeIndices(ppmAll, rangeLo, rangeHi);
        int k = model.parameters().size();
        int m = idx.length;
        if (2 * m <= k) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of points in the fit range " + rangeLo + ":" + rangeHi
                    + " ppm", k + 1, ppmAll.length, "[points, more than the " + k + " free parameters]", m);
        }
        double[] sRe = noise(ppmAll, reAll);
        double[] sIm = noise(ppmAll, imAll);
        double[] y = new double[2 * m];
        double[] x = new double[2 * m];
        double scale = 0;
        for (int i = 0; i < m; i++) {
            x[i] = ppmAll[idx[i]];
            x[m + i] = x[i];
            y[i] = reAll[idx[i]];
            y[m + i] = imAll[idx[i]];
            scale = Math.max(scale, Math.max(Math.abs(y[i]), Math.abs(y[m + i])));
            Checks.finite("data value (real part) at " + x[i] + " ppm", y[i]);
            Checks.finite("data value (imaginary part) at " + x[i] + " ppm", y[m + i]);
        }
        boolean residualSigma = !(sRe[0] > 1e-12 * scale && sIm[0] > 1e-12 * scale);
        double ratio = residualSigma ? 1.0 : sRe[0] / sIm[0];
        for (int i = 0; i < m; i++) {
            y[m + i] *= ratio;
        }
        String source = residualSigma ? "residual" : String.format(Locale.ROOT,
                "%s; real and imaginary parts fitted (imaginary part: sigma %.6g)", sourceName(sRe[1]), sIm[0]);
        FitResult stacked = solve(new StackedComplex(model, m, ratio), x, y, sRe[0], source, residualSigma);
        double[] xr = java.util.Arrays.copyOf(x, m);
        double[] yr = java.util.Arrays.copyOf(y, m);
        double[] fr = java.util.Arrays.copyOf(stacked.model(), m);
        double[] p = new double[k];
        for (int j = 0; j < k; j++) {
            p[j] = stacked.value(model.parameters().get(j).name());
        }
        return new FitResult(model.name(), stacked.parameters(), stacked.fixedParameters(), stacked.correlation(),
                stacked.chiSquare(), stacked.reducedChiSquare(), stacked.degreesOfFreedom(), stacked.aic(), stacked.bic(),
                stacked.noiseSigma(), stacked.noiseSource(), stacked.converged(), stacked.iterations(), stacked.evaluations(),
                stacked.starts(), stacked.warnings(), xr, yr, fr, model.components(xr, p));
    }

    /** @return {sigma, source code (0 given, 1 region, 2 automatic)} of one part of the data */
    private double[] noise(double[] ppmAll, double[] yAll) {
        if (!Double.isNaN(sigma)) {
            return new double[] {sigma, 0};
        } else if (!Double.isNaN(noiseLo)) {
            return new double[] {NoiseEstimator.fromRegion(ppmAll, yAll, noiseLo, noiseHi), 1};
        }
        return new double[] {NoiseEstimator.automatic(yAll), 2};
    }

    private static String sourceName(double code) {
        return code == 0 ? "given" : code == 1 ? "region" : "automatic";
    }

    /**
     * The complex model seen as a real one on the stacked axis (x repeated twice): the real part on the first m points,
     * the imaginary part times the noise ratio on the last m.
     */
    private record StackedComplex(SpectrumModel inner, int m, double ratio) implements SpectrumModel {

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public List<FitParameter> parameters() {
            return inner.parameters();
        }

        @Override
        public void evaluate(double[] ppm, double[] params, double[] out) {
            double[] x = java.util.Arrays.copyOf(ppm, m);
            double[] re = new double[m];
            double[] im = new double[m];
            inner.evaluateComplex(x, params, re, im);
            for (int i = 0; i < m; i++) {
                out[i] = re[i];
                out[m + i] = ratio * im[i];
            }
        }

        @Override
        public boolean hasAnalyticJacobian() {
            return true;
        }

        @Override
        public void jacobian(double[] ppm, double[] params, double[] value, double[][] out) {
            int k = params.length;
            double[] x = java.util.Arrays.copyOf(ppm, m);
            double[] re = new double[m];
            double[] im = new double[m];
            double[][] jre = new double[k][m];
            double[][] jim = new double[k][m];
            inner.jacobianComplex(x, params, re, im, jre, jim);
            for (int i = 0; i < m; i++) {
                value[i] = re[i];
                value[m + i] = ratio * im[i];
            }
            for (int j = 0; j < k; j++) {
                System.arraycopy(jre[j], 0, out[j], 0, m);
                for (int i = 0; i < m; i++) {
                    out[j][m + i] = ratio * jim[j][i];
                }
            }
        }

        @Override
        public Map<String, double[]> components(double[] ppm, double[] params) {
            // the caller takes the components of the real part on the unstacked axis
            return Map.of();
        }

        @Override
        public Map<String, Double> fixedParameters() {
            return inner.fixedParameters();
        }
    }

    /**
     * Selects the points of the fit range.
     *
     * @param ppm all shifts [ppm]
     * @param lo  range start [ppm] (NaN: no limit)
     * @param hi  range end [ppm] (NaN: no limit)
     * @return indices of the points in [lo, hi], ascending
     */
    public static int[] rangeIndices(double[] ppm, double lo, double hi) {
        int count = 0;
        int[] idx = new int[ppm.length];
        for (int i = 0; i < ppm.length; i++) {
            if ((Double.isNaN(lo) || ppm[i] >= lo) && (Double.isNaN(hi) || ppm[i] <= hi)) {
                idx[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, count);
    }

    /**
     * Fits values given on shifts.
     *
     * @param ppmAll the shifts of all points [ppm] (uniformly spaced when sigma is automatic)
     * @param yAll   the data at those shifts
     * @param model  the model
     * @return the result
     * @throws InvalidInputException when the range holds no more points than parameters
     */
    public FitResult fit(double[] ppmAll, double[] yAll, SpectrumModel model) {
        if (ppmAll.length != yAll.length) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "data", yAll.length, "ppm", ppmAll.length);
        }
        int[] idx = rangeIndices(ppmAll, rangeLo, rangeHi);
        List<FitParameter> params = model.parameters();
        int k = params.size();
        int m = idx.length;
        if (m <= k) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of points in the fit range " + rangeLo + ":" + rangeHi
                    + " ppm", k + 1, ppmAll.length, "[points, more than the " + k + " free parameters]", m);
        }
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = ppmAll[idx[i]];
            y[i] = yAll[idx[i]];
            if (!Double.isFinite(y[i])) {
                Checks.finite("data value at " + x[i] + " ppm", y[i]);
            }
        }
        double[] sn = noise(ppmAll, yAll);
        double scale = 0;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        // noise below 1e-12 of the data is round-off of noise-free (synthetic) data: use the residual
        boolean residualSigma = !(sn[0] > 1e-12 * scale);
        return solve(model, x, y, sn[0], sourceName(sn[1]), residualSigma);
    }

    /** The fit of the selected points x, y with noise s (or the residual rms when residualSigma). */
    private FitResult solve(SpectrumModel model, double[] x, double[] y, double sigmaIn, String sourceIn, boolean residualSigma) {
        List<FitParameter> params = model.parameters();
        int k = params.size();
        int m = x.length;
        double s = sigmaIn;
        String source = sourceIn;
        double work = residualSigma ? 1.0 : s;

        BoundsTransform transform = new BoundsTransform(params);
        SplittableRandom random = new SplittableRandom(seed);
        double[] p0 = new double[k];
        for (int j = 0; j < k; j++) {
            p0[j] = params.get(j).initial();
        }
        Run best = null;
        for (int start = 0; start < starts; start++) {
            double[] init = start == 0 ? p0 : jitter(params, p0, random);
            Run run = optimise(model, x, y, work, transform, init, !residualSigma);
            if (best == null || run.cost < best.cost) {
                best = run;
            }
        }
        double[] p = best.p;
        double[] fitted;
        double[][] gram;
        if (best.fitted != null) {
            // the optimiser evaluated the analytic Jacobian at exactly this point: reuse it
            fitted = best.fitted;
            gram = best.gram;
        } else {
            fitted = new double[m];
            double[][] jac = new double[k][m];
            jacobian(model, x, p, params, fitted, jac, true);
            gram = new double[k][k];
            double[] r = new double[m];
            for (int i = 0; i < m; i++) {
                r[i] = y[i] - fitted[i];
            }
            double[] ones = new double[k];
            java.util.Arrays.fill(ones, 1.0);
            ResidualCompression.compress(jac, r, ones, 1.0, new double[k + 1][k], gram);
        }
        double ssr = 0;
        for (int i = 0; i < m; i++) {
            double r = y[i] - fitted[i];
            ssr += r * r;
        }
        int dof = m - k;
        if (residualSigma) {
            s = Math.sqrt(ssr / dof);
            source = "residual";
            if (!(s > 0)) {
                s = Double.MIN_NORMAL;
            }
        }
        double chi2 = ssr / (s * s);
        double reduced = chi2 / dof;
        List<String> warnings = new ArrayList<>();
        if (!best.converged) {
            warnings.add("the optimiser did not converge within " + best.evaluations + " evaluations; the result is the best point reached");
        }
        double[][] cov = covariance(gram, s, params, warnings);
        if (scaleByReducedChiSquare) {
            for (double[] row : cov) {
                for (int j = 0; j < k; j++) {
                    row[j] *= reduced;
                }
            }
        }
        Map<String, ParameterEstimate> estimates = new LinkedHashMap<>();
        double[][] corr = new double[k][k];
        for (int j = 0; j < k; j++) {
            double se = Math.sqrt(cov[j][j]);
            estimates.put(params.get(j).name(), new ParameterEstimate(p[j], se));
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double d = Math.sqrt(cov[a][a] * cov[b][b]);
                corr[a][b] = a == b ? 1.0 : (Double.isFinite(d) && d > 0 ? cov[a][b] / d : 0.0);
            }
        }
        identifiabilityWarnings(params, p, cov, corr, warnings);
        return new FitResult(model.name(), estimates, model.fixedParameters(), corr, chi2, reduced, dof, chi2 + 2 * k,
                chi2 + k * Math.log(m), s, source, best.converged, best.iterations, best.evaluations, starts, warnings, x, y, fitted,
                model.components(x, p));
    }

    /**
     * One start's result; fitted and gram (the model and the normal matrix A^T A of the analytic
     * Jacobian at p) are null when they were not computed at exactly p.
     */
    private record Run(double[] p, double cost, boolean converged, int iterations, int evaluations, double[] fitted, double[][] gram) {
    }

    private Run optimise(SpectrumModel model, double[] x, double[] y, double s, BoundsTransform transform, double[] init,
                         boolean chiSquareScale) {
        int m = x.length;
        List<FitParameter> params = model.parameters();
        int k = params.size();
        double[] bestP = init.clone();
        double[] bestCost = {Double.POSITIVE_INFINITY};
        int[] evaluations = {0};
        int budget = maxEvaluations > 0 ? maxEvaluations : 100 * (k + 1);
        double[] pw = new double[k];
        double[] dpdq = new double[k];
        double[] value = new double[m];
        double[][] jac = new double[k][m];
        double[] r = new double[m];
        double[] columnScale = new double[k];
        double[][] gram = new double[k][k];
        // model value and normal matrix at bestP (analytic Jacobian only: the final covariance of
        // a numerical one uses central differences)
        boolean keep = model.hasAnalyticJacobian();
        double[] bestValue = keep ? new double[m] : null;
        double[][] bestGram = keep ? new double[k][k] : null;
        MultivariateJacobianFunction f = point -> {
            evaluations[0]++;
            transform.toExternal(point.toArray(), pw, dpdq);
            jacobian(model, x, pw, params, value, jac, false);
            double cost = 0;
            for (int i = 0; i < m; i++) {
                r[i] = y[i] - value[i];
                double ri = r[i] / s;
                cost += ri * ri;
            }
            for (int j = 0; j < k; j++) {
                columnScale[j] = dpdq[j] / s;
            }
            double[][] rows = new double[k + 1][k];
            double[] v = ResidualCompression.compress(jac, r, columnScale, 1 / s, rows, gram);
            if (cost < bestCost[0] && Double.isFinite(cost)) {
                bestCost[0] = cost;
                System.arraycopy(pw, 0, bestP, 0, k);
                if (keep) {
                    System.arraycopy(value, 0, bestValue, 0, m);
                    for (int j = 0; j < k; j++) {
                        System.arraycopy(gram[j], 0, bestGram[j], 0, k);
                    }
                }
            }
            return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(rows, false));
        };
        LevenbergMarquardtOptimizer optimizer = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(tolerance)
                .withParameterRelativeTolerance(tolerance)
                .withOrthoTolerance(1e-12);
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .model(f)
                .target(new double[k + 1])
                .start(transform.toInternal(init))
                .maxEvaluations(budget)
                .maxIterations(budget)
                .lazyEvaluation(false);
        if (chiSquareScale) {
            // residuals are in units of sigma, so the squared cost is chi-square: stop when an
            // accepted step changes it by less than CHI_SQUARE_STEP (statistically irrelevant)
            builder = builder.checker((iteration, previous, current) -> {
                double before = previous.getCost();
                double after = current.getCost();
                return iteration > 1 && Math.abs(before * before - after * after) < CHI_SQUARE_STEP;
            });
        }
        try {
            LeastSquaresOptimizer.Optimum opt = optimizer.optimize(builder.build());
            double[] q = opt.getPoint().toArray();
            double[] p = new double[k];
            transform.toExternal(q, p, new double[k]);
            double cost = opt.getCost();
            boolean atBest = keep && java.util.Arrays.equals(p, bestP);
            return new Run(p, cost * cost, true, opt.getIterations(), opt.getEvaluations(), atBest ? bestValue : null,
                    atBest ? bestGram : null);
        } catch (MathIllegalStateException e) {
            // evaluation or iteration budget exhausted: keep the best point seen
            return new Run(bestP, bestCost[0], false, evaluations[0], evaluations[0], keep && Double.isFinite(bestCost[0]) ? bestValue
                    : null, keep && Double.isFinite(bestCost[0]) ? bestGram : null);
        } catch (MathRuntimeException e) {
            throw new MetalNmrException(e, CoreMessage.FIT_FAILED, e.getMessage());
        }
    }

    /** Model values and Jacobian columns at p (analytic, or finite differences). */
    private static void jacobian(SpectrumModel model, double[] x, double[] p, List<FitParameter> params, double[] value,
                                 double[][] jac, boolean central) {
        if (model.hasAnalyticJacobian()) {
            model.jacobian(x, p, value, jac);
            return;
        }
        model.evaluate(x, p, value);
        int m = x.length;
        double[] up = new double[m];
        double[] dn = new double[m];
        double[] q = p.clone();
        for (int j = 0; j < p.length; j++) {
            double h = 1e-7 * Math.max(Math.abs(p[j]), 1e-3);
            if (central) {
                h = 1e-5 * Math.max(Math.abs(p[j]), 1e-3);
            }
            FitParameter fp = params.get(j);
            boolean canUp = p[j] + h <= fp.upper();
            boolean canDn = p[j] - h >= fp.lower();
            if (central && canUp && canDn) {
                q[j] = p[j] + h;
                model.evaluate(x, q, up);
                q[j] = p[j] - h;
                model.evaluate(x, q, dn);
                for (int i = 0; i < m; i++) {
                    jac[j][i] = (up[i] - dn[i]) / (2 * h);
                }
            } else {
                double step = canUp ? h : -h;
                q[j] = p[j] + step;
                model.evaluate(x, q, up);
                for (int i = 0; i < m; i++) {
                    jac[j][i] = (up[i] - value[i]) / step;
                }
            }
            q[j] = p[j];
        }
    }

    /** @param gram J^T J at the optimum (J: the model's Jacobian in the original parameters) */
    private static double[][] covariance(double[][] gram, double s, List<FitParameter> params, List<String> warnings) {
        int k = gram.length;
        double[][] a = new double[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                a[r][c] = gram[r][c] / (s * s);
            }
        }
        double[] d = new double[k];
        boolean[] undetermined = new boolean[k];
        for (int j = 0; j < k; j++) {
            d[j] = a[j][j] > 0 ? 1 / Math.sqrt(a[j][j]) : 0;
            undetermined[j] = !(a[j][j] > 0);
        }
        double[][] scaled = new double[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                scaled[r][c] = undetermined[r] || undetermined[c] ? (r == c ? 1 : 0) : a[r][c] * d[r] * d[c];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(scaled, false));
        double[] sv = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double[][] inv = new double[k][k];
        List<String> nullLoaded = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            if (sv[t] < SINGULAR * sv[0]) {
                for (int j = 0; j < k; j++) {
                    if (Math.abs(v.getEntry(j, t)) > 0.1 && !undetermined[j]) {
                        undetermined[j] = true;
                        nullLoaded.add(params.get(j).name());
                    }
                }
                continue;
            }
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    inv[r][c] += v.getEntry(r, t) * v.getEntry(c, t) / sv[t];
                }
            }
        }
        if (!nullLoaded.isEmpty()) {
            warnings.add("the data do not determine a combination of " + nullLoaded
                    + " (singular Jacobian): these parameters are not identifiable");
        }
        double[][] cov = new double[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                if (undetermined[r] || undetermined[c]) {
                    cov[r][c] = r == c ? Double.POSITIVE_INFINITY : 0;
                } else {
                    cov[r][c] = inv[r][c] * d[r] * d[c];
                }
            }
        }
        return cov;
    }

    private static void identifiabilityWarnings(List<FitParameter> params, double[] p, double[][] cov, double[][] corr,
                                                List<String> warnings) {
        int k = params.size();
        for (int j = 0; j < k; j++) {
            FitParameter fp = params.get(j);
            double se = Math.sqrt(cov[j][j]);
            boolean lo = Double.isFinite(fp.lower());
            boolean hi = Double.isFinite(fp.upper());
            double range = fp.upper() - fp.lower();
            double tol = lo && hi ? 1e-6 * range : 1e-9 * Math.max(1, Math.abs(p[j]));
            if (Double.isFinite(se)) {
                tol = Math.max(tol, 1e-3 * se);
            }
            if (lo && p[j] - fp.lower() <= tol || hi && fp.upper() - p[j] <= tol) {
                warnings.add(String.format(Locale.ROOT, "%s = %.6g is at its bound [%g, %g]", fp.name(), p[j], fp.lower(), fp.upper()));
            }
            if (!Double.isFinite(se)) {
                warnings.add(fp.name() + " is not determined by the data (infinite standard error): not identifiable");
            } else if (lo && hi && se > 0.5 * range) {
                warnings.add(String.format(Locale.ROOT, "%s is not identifiable: standard error %.3g exceeds half its allowed range %.3g",
                        fp.name(), se, 0.5 * range));
            } else if (lo != hi) {
                double distance = lo ? p[j] - fp.lower() : fp.upper() - p[j];
                if (se > distance) {
                    warnings.add(String.format(Locale.ROOT,
                            "%s is not identifiable: standard error %.3g exceeds its distance %.3g from its bound %g",
                            fp.name(), se, distance, lo ? fp.lower() : fp.upper()));
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (Math.abs(corr[a][b]) > CORRELATION_WARNING) {
                    warnings.add(String.format(Locale.ROOT,
                            "%s and %s are strongly correlated (r = %.4f): they are not separately identifiable",
                            params.get(a).name(), params.get(b).name(), corr[a][b]));
                }
            }
        }
    }

    private static double[] jitter(List<FitParameter> params, double[] p0, SplittableRandom random) {
        double[] p = new double[p0.length];
        for (int j = 0; j < p0.length; j++) {
            FitParameter fp = params.get(j);
            boolean lo = Double.isFinite(fp.lower());
            boolean hi = Double.isFinite(fp.upper());
            double v;
            if (lo && hi) {
                double quarter = 0.25 * (fp.upper() - fp.lower());
                v = p0[j] + (2 * random.nextDouble() - 1) * quarter;
            } else if (lo) {
                v = fp.lower() + (p0[j] - fp.lower()) * Math.exp(0.3 * random.nextGaussian());
            } else if (hi) {
                v = fp.upper() - (fp.upper() - p0[j]) * Math.exp(0.3 * random.nextGaussian());
            } else {
                v = p0[j] * Math.exp(0.3 * random.nextGaussian());
            }
            p[j] = Math.min(fp.upper(), Math.max(fp.lower(), v));
        }
        return p;
    }
}
