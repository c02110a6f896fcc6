package org.metalnmr.spectra.fit;

import java.util.List;
import java.util.Map;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;

/**
 * A model of the real part of a spectrum as a function of the shift, with named, bounded
 * parameters: what {@link SpectrumFitter} fits. A model that also gives the imaginary part
 * ({@link #fitsComplexData()}) is fitted to both parts of a spectrum that has them. Implementations: the built-in {@code peaks:N}
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
     * @throws InvalidInputException when {@link #hasAnalyticJacobian()} is false
     */
    default void jacobian(double[] ppm, double[] params, double[] value, double[][] out) {
        throw new InvalidInputException(SpectraMessage.MODEL_NO_JACOBIAN, name());
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

    /**
     * @return whether the model gives the imaginary part too ({@link #evaluateComplex}, {@link #jacobianComplex}) and
     *         wants both parts of the data fitted when the spectrum has them
     */
    default boolean fitsComplexData() {
        return false;
    }

    /**
     * Evaluates the real and imaginary parts, in the convention of the data: for a spectrum phased to absorption the
     * imaginary part is the dispersion, \( \mathrm{Im}\,L = (\delta - \delta_0)/(\pi(\Gamma^2 + (\delta - \delta_0)^2)) \)
     * for a unit Lorentzian (positive above the centre, as in Bruker {@code 1i}).
     *
     * @param ppm    the shifts [ppm]
     * @param params parameter values
     * @param re     receives the real part (as {@link #evaluate})
     * @param im     receives the imaginary part
     * @throws InvalidInputException when {@link #fitsComplexData()} is false
     */
    default void evaluateComplex(double[] ppm, double[] params, double[] re, double[] im) {
        throw new InvalidInputException(SpectraMessage.MODEL_NOT_COMPLEX, name());
    }

    /**
     * The analytic Jacobian of both parts (models with {@link #fitsComplexData()} have one).
     *
     * @param ppm    the shifts [ppm]
     * @param params parameter values
     * @param re     receives the real part of the model
     * @param im     receives the imaginary part
     * @param jre    receives {@code jre[j][i]} = d Re model(ppm[i]) / d params[j]
     * @param jim    receives {@code jim[j][i]} = d Im model(ppm[i]) / d params[j]
     * @throws InvalidInputException when {@link #fitsComplexData()} is false
     */
    default void jacobianComplex(double[] ppm, double[] params, double[] re, double[] im, double[][] jre, double[][] jim) {
        throw new InvalidInputException(SpectraMessage.MODEL_NOT_COMPLEX, name());
    }
}
