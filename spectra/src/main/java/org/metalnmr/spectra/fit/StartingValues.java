package org.metalnmr.spectra.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A model started from other values: the same model (names, bounds, evaluation, Jacobian,
 * components) with new initial values, clamped into the bounds. Used to start each fit of a
 * series from the result of the previous one, for any {@link SpectrumModel}.
 */
public final class StartingValues {

    private StartingValues() {
    }

    /**
     * @param model  the model
     * @param values new initial values, in parameter order
     * @return the model starting there
     */
    public static SpectrumModel startAt(SpectrumModel model, double[] values) {
        List<FitParameter> params = model.parameters();
        if (values.length != params.size()) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "starting values", values.length, "parameters of "
                    + model.name(), params.size());
        }
        List<FitParameter> started = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            started.add(params.get(j).withInitial(values[j]));
        }
        return new Started(model, List.copyOf(started));
    }

    /**
     * @param model  the model
     * @param result a fit of the same model (same parameter names)
     * @return the model starting at the fitted values
     */
    public static SpectrumModel startAt(SpectrumModel model, FitResult result) {
        double[] v = new double[model.parameters().size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = result.value(model.parameters().get(j).name());
        }
        return startAt(model, v);
    }

    private record Started(SpectrumModel inner, List<FitParameter> parameters) implements SpectrumModel {

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public void evaluate(double[] ppm, double[] params, double[] out) {
            inner.evaluate(ppm, params, out);
        }

        @Override
        public boolean hasAnalyticJacobian() {
            return inner.hasAnalyticJacobian();
        }

        @Override
        public void jacobian(double[] ppm, double[] params, double[] value, double[][] out) {
            inner.jacobian(ppm, params, value, out);
        }

        @Override
        public Map<String, double[]> components(double[] ppm, double[] params) {
            return inner.components(ppm, params);
        }

        @Override
        public Map<String, Double> fixedParameters() {
            return inner.fixedParameters();
        }

        @Override
        public boolean fitsComplexData() {
            return inner.fitsComplexData();
        }

        @Override
        public void evaluateComplex(double[] ppm, double[] params, double[] re, double[] im) {
            inner.evaluateComplex(ppm, params, re, im);
        }

        @Override
        public void jacobianComplex(double[] ppm, double[] params, double[] re, double[] im, double[][] jre, double[][] jim) {
            inner.jacobianComplex(ppm, params, re, im, jre, jim);
        }
    }

    /**
     * The smoothing the automatic line guesses use: a centred moving average over {@code 2 k + 1} points (fewer at the
     * ends), which lowers the noise by about sqrt(2 k + 1) before peaks are looked for.
     *
     * @param values     the values on a uniform axis
     * @param halfWidth  k [points], &gt;= 0
     * @return the smoothed values (a new array)
     */
    public static double[] movingAverage(double[] values, int halfWidth) {
        int m = values.length;
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0;
            int c = 0;
            for (int j = Math.max(0, i - halfWidth); j <= Math.min(m - 1, i + halfWidth); j++) {
                sum += values[j];
                c++;
            }
            out[i] = sum / c;
        }
        return out;
    }
}
