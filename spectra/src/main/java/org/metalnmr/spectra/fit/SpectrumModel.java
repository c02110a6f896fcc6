package org.metalnmr.spectra.fit;

import java.util.List;
import java.util.Map;

/**
 * A model of the real part of a spectrum as a function of the shift, with named, bounded
 * parameters: what {@link SpectrumFitter} fits. Implementations: the built-in {@code peaks:N}
 * and model-file models of {@code core.fit.model}; the physical morphology model of the toolkit.
 *
 * <p>Contract: {@link #evaluate} and {@link #jacobian} are called many times on the same ppm
 * array and must not keep references to the arrays they are given; they must be pure (same
 * input, same output) and safe to call from one thread at a time.
 */
public interface SpectrumModel {

    /** @return a short description, e.g. {@code peaks:2} or the model file name */
    String name();

    /** @return the free parameters, in the order of the parameter vectors */
    List<FitParameter> parameters();

    /**
     * Evaluates the model.
     *
     * @param ppm    the shifts [ppm]
     * @param params parameter values, in the order of {@link #parameters()}
     * @param out    receives the model value at each shift (length of ppm)
     */
    void evaluate(double[] ppm, double[] params, double[] out);

    /** @return whether {@link #jacobian} is implemented analytically */
    default boolean hasAnalyticJacobian() {
        return false;
    }

    /**
     * The analytic Jacobian, column by column.
     *
     * @param ppm    the shifts [ppm]
     * @param params parameter values
     * @param value  receives the model value (as {@link #evaluate})
     * @param out    receives {@code out[j][i]} = d model(ppm[i]) / d params[j]
     * @throws UnsupportedOperationException when {@link #hasAnalyticJacobian()} is false
     */
    default void jacobian(double[] ppm, double[] params, double[] value, double[][] out) {
        throw new UnsupportedOperationException("model " + name() + " has no analytic Jacobian");
    }

    /**
     * The named parts of the model for plotting (e.g. each line, the baseline); they add up to
     * the model.
     *
     * @param ppm    the shifts [ppm]
     * @param params parameter values
     * @return component name to values at the shifts, in display order
     */
    Map<String, double[]> components(double[] ppm, double[] params);

    /** @return parameters held fixed by the model definition (name to value), reported with the result */
    default Map<String, Double> fixedParameters() {
        return Map.of();
    }
}
