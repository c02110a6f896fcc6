package org.metalnmr.spectra.fit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The outcome of a fit. Statistics, with sigma the noise per point, m points, k free parameters:
 * \( \chi^2 = \sum_i (y_i - f_i)^2/\sigma^2 \), dof = m - k, reduced \( \chi^2 = \chi^2/\mathrm{dof} \)
 * (about 1 for an adequate model and a right sigma), AIC \( = \chi^2 + 2k \), BIC
 * \( = \chi^2 + k\ln m \) (Gaussian likelihood with known sigma, constants dropped: compare
 * models on the same data and range only; the lower wins; Burnham &amp; Anderson, Model Selection
 * and Multimodel Inference, 2002, sect. 2.2 and 6.4).
 *
 * @param modelName        the model's name
 * @param parameters       fitted values and standard errors, by name in model order
 * @param fixedParameters  parameters held fixed by the model, by name
 * @param correlation      correlation matrix of the free parameters (model order), row by row
 * @param chiSquare        chi-square
 * @param reducedChiSquare chi-square per degree of freedom
 * @param degreesOfFreedom m - k
 * @param aic              Akaike information criterion
 * @param bic              Bayesian information criterion
 * @param noiseSigma       the noise sigma used
 * @param noiseSource      where sigma came from: "given", "region", "automatic" or "residual"
 * @param converged        whether the optimiser met its convergence criteria
 * @param iterations       iterations of the best start
 * @param evaluations      model evaluations of the best start
 * @param starts           number of starts made
 * @param warnings         identifiability and convergence warnings, in words
 * @param ppm              shifts of the fitted points [ppm]
 * @param data             data at those points
 * @param model            best-fit model at those points
 * @param components       named model components at those points
 */
public record FitResult(String modelName, Map<String, ParameterEstimate> parameters, Map<String, Double> fixedParameters,
                        double[][] correlation, double chiSquare, double reducedChiSquare, int degreesOfFreedom, double aic,
                        double bic, double noiseSigma, String noiseSource, boolean converged, int iterations, int evaluations,
                        int starts, List<String> warnings, double[] ppm, double[] data, double[] model,
                        Map<String, double[]> components) {

    /** Copies. */
    public FitResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        fixedParameters = Collections.unmodifiableMap(new LinkedHashMap<>(fixedParameters));
        correlation = copy(correlation);
        warnings = List.copyOf(warnings);
        ppm = ppm.clone();
        data = data.clone();
        model = model.clone();
        Map<String, double[]> c = new LinkedHashMap<>();
        components.forEach((k, v) -> c.put(k, v.clone()));
        components = Collections.unmodifiableMap(c);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * @param name parameter name
     * @return its fitted value
     * @throws org.metalnmr.core.error.InvalidInputException when the model has no such free parameter
     */
    public double value(String name) {
        return estimate(name).value();
    }

    /**
     * @param name parameter name
     * @return its standard error
     */
    public double stderr(String name) {
        return estimate(name).stderr();
    }

    private ParameterEstimate estimate(String name) {
        ParameterEstimate e = parameters.get(name);
        if (e == null) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "free parameter of the fit", parameters.keySet(), name);
        }
        return e;
    }

    /** @return the free parameter names in model order */
    public List<String> parameterNames() {
        return List.copyOf(parameters.keySet());
    }

    @Override
    public double[][] correlation() {
        return copy(correlation);
    }

    @Override
    public double[] ppm() {
        return ppm.clone();
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    @Override
    public double[] model() {
        return model.clone();
    }

    /** @return data minus model at the fitted points */
    public double[] residual() {
        double[] r = new double[data.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = data[i] - model[i];
        }
        return r;
    }

    @Override
    public Map<String, double[]> components() {
        Map<String, double[]> c = new LinkedHashMap<>();
        components.forEach((k, v) -> c.put(k, v.clone()));
        return Collections.unmodifiableMap(c);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "FitResult[" + modelName + ", " + parameters + ", reducedChiSquare=" + reducedChiSquare + ", converged="
                + converged + ", warnings=" + warnings + "]";
    }
}
