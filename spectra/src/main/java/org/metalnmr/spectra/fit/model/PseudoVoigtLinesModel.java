package org.metalnmr.spectra.fit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.core.lineshape.Dawson;
import org.metalnmr.core.lineshape.PseudoVoigt;

/**
 * A sum of pseudo-Voigt lines under one zero-order phase, with an optional linear baseline:
 * \[ f(\delta) = \mathrm{Re}\Big[e^{i\varphi}\sum_l a_l\big(A_l(\delta - c_l) + i D_l(\delta - c_l)\big)\Big]
 *   + b_0 + b_1(\delta - \delta_{ref}) = \sum_l a_l (A_l\cos\varphi - D_l\sin\varphi) + b_0 + b_1(\delta - \delta_{ref}) \]
 * with \( A_l + iD_l \) the unit-area complex {@link PseudoVoigt} of half width \( h_l \) [ppm]
 * and Lorentzian fraction \( \eta_l \), so \( a_l \) is the ppm-integral of line l's absorption
 * [data units x ppm] whatever the phase. A metal line with the 45 degree twist of the skin
 * effect is fitted with \( \varphi \approx \pm 45^\circ \). The Jacobian is analytic.
 *
 * <p>Each quantity (centre, hwhm, eta, area of each line, phase, baseline0, baseline1) is a
 * {@link ParameterRef}: a free parameter, possibly shared by several lines, or a fixed value.
 * Built by {@link PeaksModel} ({@code peaks:N}) and {@link ModelFile} (JSON model files).
 */
public final class PseudoVoigtLinesModel implements SpectrumModel {

    private static final double INV_PI = 1 / Math.PI;
    private static final double SQRT_LN2 = Math.sqrt(Math.log(2));
    private static final double GAUSS_C = Math.sqrt(Math.log(2) / Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final int CENTER = 0;
    private static final int HWHM = 1;
    private static final int ETA = 2;
    private static final int AREA = 3;

    private final String name;
    private final List<FitParameter> parameters;
    private final List<String> lineNames;
    private final int[][] lineIndex;
    private final double[][] lineFixed;
    private final int phaseIndex;
    private final double phaseFixedDeg;
    private final boolean baseline;
    private final int[] baselineIndex;
    private final double[] baselineFixed;
    private final double baselineReferencePpm;
    private final Map<String, Double> fixed;

    /**
     * One line: its name and the references of its four quantities.
     *
     * @param name      component name
     * @param centerPpm centre [ppm]
     * @param hwhmPpm   half width at half maximum [ppm], &gt; 0
     * @param eta       Lorentzian fraction in [0, 1]
     * @param area      area [data units x ppm]
     */
    public record Line(String name, ParameterRef centerPpm, ParameterRef hwhmPpm, ParameterRef eta, ParameterRef area) {
    }

    /**
     * @param name                 model name
     * @param freeParameters       the free parameters (each referenced at least once)
     * @param lines                the lines
     * @param phaseDeg             the zero-order phase [deg]
     * @param baseline0            the baseline offset, or null for no baseline
     * @param baseline1            the baseline slope [data units / ppm], or null for a constant baseline
     * @param baselineReferencePpm shift where the slope term vanishes [ppm]
     */
    public PseudoVoigtLinesModel(String name, List<FitParameter> freeParameters, List<Line> lines, ParameterRef phaseDeg,
                                 ParameterRef baseline0, ParameterRef baseline1, double baselineReferencePpm) {
        this.name = name;
        this.parameters = List.copyOf(freeParameters);
        if (lines.isEmpty()) {
            throw new InvalidInputException(SpectraMessage.MODEL_NO_LINES, name);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            if (index.put(parameters.get(j).name(), j) != null) {
                throw new InvalidInputException(CoreMessage.DUPLICATE_NAME, "parameter", parameters.get(j).name(), "model " + name);
            }
        }
        boolean[] used = new boolean[parameters.size()];
        Map<String, Double> fixedValues = new LinkedHashMap<>();
        int n = lines.size();
        lineNames = new ArrayList<>();
        lineIndex = new int[n][4];
        lineFixed = new double[n][4];
        for (int l = 0; l < n; l++) {
            Line line = lines.get(l);
            lineNames.add(line.name());
            ParameterRef[] refs = {line.centerPpm(), line.hwhmPpm(), line.eta(), line.area()};
            for (int q = 0; q < 4; q++) {
                lineIndex[l][q] = resolve(refs[q], index, used, fixedValues);
                lineFixed[l][q] = refs[q] instanceof ParameterRef.Fixed f ? f.value() : Double.NaN;
            }
            if (lineIndex[l][HWHM] < 0 && !(lineFixed[l][HWHM] > 0)) {
                throw new InvalidInputException(SpectraMessage.MODEL_FIXED_VALUE, name, line.name(), "hwhm", lineFixed[l][HWHM] + " ppm",
                        "> 0 ppm");
            }
            if (lineIndex[l][ETA] < 0 && !(lineFixed[l][ETA] >= 0 && lineFixed[l][ETA] <= 1)) {
                throw new InvalidInputException(SpectraMessage.MODEL_FIXED_VALUE, name, line.name(), "eta", lineFixed[l][ETA],
                        "in [0, 1]");
            }
        }
        phaseIndex = resolve(phaseDeg, index, used, fixedValues);
        phaseFixedDeg = phaseDeg instanceof ParameterRef.Fixed f ? f.value() : 0;
        baseline = baseline0 != null;
        baselineIndex = new int[] {-1, -1};
        baselineFixed = new double[2];
        if (baseline) {
            baselineIndex[0] = resolve(baseline0, index, used, fixedValues);
            baselineFixed[0] = baseline0 instanceof ParameterRef.Fixed f ? f.value() : 0;
            if (baseline1 != null) {
                baselineIndex[1] = resolve(baseline1, index, used, fixedValues);
                baselineFixed[1] = baseline1 instanceof ParameterRef.Fixed f ? f.value() : 0;
            }
        }
        this.baselineReferencePpm = baselineReferencePpm;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                throw new InvalidInputException(SpectraMessage.MODEL_UNUSED_PARAMETER, name, parameters.get(j).name());
            }
        }
        fixed = Collections.unmodifiableMap(fixedValues);
    }

    private int resolve(ParameterRef ref, Map<String, Integer> index, boolean[] used, Map<String, Double> fixedValues) {
        if (ref instanceof ParameterRef.Free free) {
            Integer j = index.get(free.name());
            if (j == null) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "a parameter of model " + name, index.keySet(), free.name());
            }
            used[j] = true;
            return j;
        }
        ParameterRef.Fixed f = (ParameterRef.Fixed) ref;
        fixedValues.put(f.name(), f.value());
        return -1;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<FitParameter> parameters() {
        return parameters;
    }

    @Override
    public Map<String, Double> fixedParameters() {
        return fixed;
    }

    /** @return the line (component) names */
    public List<String> lineNames() {
        return List.copyOf(lineNames);
    }

    /** @return the shift where the baseline slope term vanishes [ppm] */
    public double baselineReferencePpm() {
        return baselineReferencePpm;
    }

    private double quantity(double[] p, int line, int q) {
        int j = lineIndex[line][q];
        return j >= 0 ? p[j] : lineFixed[line][q];
    }

    @Override
    public void evaluate(double[] ppm, double[] p, double[] out) {
        compute(ppm, p, out, null);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] ppm, double[] p, double[] value, double[][] out) {
        compute(ppm, p, value, out);
    }

    private void compute(double[] ppm, double[] p, double[] out, double[][] jac) {
        int m = ppm.length;
        double phiDeg = phaseIndex >= 0 ? p[phaseIndex] : phaseFixedDeg;
        double phi = Math.toRadians(phiDeg);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        java.util.Arrays.fill(out, 0, m, 0.0);
        // per-call scratch (the model is shared between threads): Dawson's F and exp(-u^2) of a
        // line, and a column that receives the derivatives by fixed quantities
        double[] dawson = new double[m];
        double[] gauss = new double[m];
        double[] discard = null;
        if (jac != null) {
            for (double[] col : jac) {
                java.util.Arrays.fill(col, 0, m, 0.0);
            }
            discard = new double[m];
        }
        for (int l = 0; l < lineNames.size(); l++) {
            double c = quantity(p, l, CENTER);
            double h = quantity(p, l, HWHM);
            double eta = quantity(p, l, ETA);
            double a = quantity(p, l, AREA);
            // the same rounding as uScale in addLineWithDerivatives
            Dawson.valuesAndGaussians(ppm, m, c, SQRT_LN2 * (1 / h), dawson, gauss);
            if (jac == null) {
                addLine(ppm, m, c, h, eta, a, cos, sin, dawson, gauss, out);
            } else {
                addLineWithDerivatives(ppm, m, c, h, eta, a, cos, sin, dawson, gauss, out, column(jac, lineIndex[l][CENTER], discard),
                        column(jac, lineIndex[l][HWHM], discard), column(jac, lineIndex[l][ETA], discard),
                        column(jac, lineIndex[l][AREA], discard), column(jac, phaseIndex, discard));
            }
        }
        if (baseline) {
            double b0 = baselineIndex[0] >= 0 ? p[baselineIndex[0]] : baselineFixed[0];
            double b1 = baselineIndex[1] >= 0 ? p[baselineIndex[1]] : baselineFixed[1];
            for (int i = 0; i < m; i++) {
                double dx = ppm[i] - baselineReferencePpm;
                out[i] += b0 + b1 * dx;
                if (jac != null) {
                    if (baselineIndex[0] >= 0) {
                        jac[baselineIndex[0]][i] += 1;
                    }
                    if (baselineIndex[1] >= 0) {
                        jac[baselineIndex[1]][i] += dx;
                    }
                }
            }
        }
    }

    private static double[] column(double[][] jac, int index, double[] discard) {
        return index >= 0 ? jac[index] : discard;
    }

    /**
     * Adds a (A cos phi - D sin phi) of one line: {@link PseudoVoigt#values} inlined with per-line
     * constants, given Dawson's F and exp(-u^2) at u = sqrt(ln 2) (delta - c) / h from
     * {@link Dawson#valuesAndGaussians}. The table look-ups are in that separate loop so that this
     * one is straight-line arithmetic on arrays, which the JIT compiles to SIMD instructions.
     */
    private static void addLine(double[] ppm, int m, double c, double h, double eta, double a, double cos, double sin,
                                double[] dawson, double[] gauss, double[] out) {
        double invH = 1 / h;
        double gAmp = GAUSS_C * invH;
        double k = TWO_OVER_SQRT_PI * gAmp;
        double g = 1 - eta;
        double h2 = h * h;
        double aCos = a * cos;
        double aSin = a * sin;
        for (int i = 0; i < m; i++) {
            double x = ppm[i] - c;
            double invS = 1 / (h2 + x * x);
            double absorption = eta * h * INV_PI * invS + g * gAmp * gauss[i];
            double dispersion = -eta * x * INV_PI * invS - g * k * dawson[i];
            out[i] += aCos * absorption - aSin * dispersion;
        }
    }

    /**
     * As {@link #addLine}, and adds the derivatives to the Jacobian columns given (the columns of
     * fixed quantities are one scratch column, so that the loop has no branches).
     */
    private static void addLineWithDerivatives(double[] ppm, int m, double c, double h, double eta, double a, double cos, double sin,
                                               double[] dawson, double[] gauss, double[] out, double[] cc, double[] ch, double[] ce,
                                               double[] ca, double[] cp) {
        double invH = 1 / h;
        double uScale = SQRT_LN2 * invH;
        double gAmp = GAUSS_C * invH;
        double k = TWO_OVER_SQRT_PI * gAmp;
        double g = 1 - eta;
        double h2 = h * h;
        double aCos = a * cos;
        double aSin = a * sin;
        double aPhase = a * Math.PI / 180;
        for (int i = 0; i < m; i++) {
            double x = ppm[i] - c;
            double u = uScale * x;
            double ga = gAmp * gauss[i];
            double f = dawson[i];
            double gd = -k * f;
            double invS = 1 / (h2 + x * x);
            double invPiS = INV_PI * invS;
            double la = h * invPiS;
            double ld = -x * invPiS;
            double absorption = eta * la + g * ga;
            double dispersion = eta * ld + g * gd;
            out[i] += aCos * absorption - aSin * dispersion;
            double fPrime = 1 - 2 * u * f;
            double invPiS2 = invPiS * invS;
            double lx = x * x - h2;
            double dAdx = eta * (-2 * x * h * invPiS2) + g * (-2 * u * ga * uScale);
            double dDdx = eta * (lx * invPiS2) + g * (-k * fPrime * uScale);
            cc[i] -= aCos * dAdx - aSin * dDdx;
            double dAdh = eta * (lx * invPiS2) + g * (ga * (2 * u * u - 1) * invH);
            double dDdh = eta * (2 * x * h * invPiS2) + g * ((-gd + k * fPrime * u) * invH);
            ch[i] += aCos * dAdh - aSin * dDdh;
            ce[i] += aCos * (la - ga) - aSin * (ld - gd);
            ca[i] += cos * absorption - sin * dispersion;
            cp[i] -= aPhase * (absorption * sin + dispersion * cos);
        }
    }

    @Override
    public Map<String, double[]> components(double[] ppm, double[] p) {
        Map<String, double[]> result = new LinkedHashMap<>();
        double phi = Math.toRadians(phaseIndex >= 0 ? p[phaseIndex] : phaseFixedDeg);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        int m = ppm.length;
        double[] dawson = new double[m];
        double[] gauss = new double[m];
        for (int l = 0; l < lineNames.size(); l++) {
            double c = quantity(p, l, CENTER);
            double h = quantity(p, l, HWHM);
            double eta = quantity(p, l, ETA);
            double a = quantity(p, l, AREA);
            double[] y = new double[m];
            Dawson.valuesAndGaussians(ppm, m, c, SQRT_LN2 * (1 / h), dawson, gauss);
            addLine(ppm, m, c, h, eta, a, cos, sin, dawson, gauss, y);
            result.put(lineNames.get(l), y);
        }
        if (baseline) {
            double b0 = baselineIndex[0] >= 0 ? p[baselineIndex[0]] : baselineFixed[0];
            double b1 = baselineIndex[1] >= 0 ? p[baselineIndex[1]] : baselineFixed[1];
            double[] y = new double[ppm.length];
            for (int i = 0; i < ppm.length; i++) {
                y[i] = b0 + b1 * (ppm[i] - baselineReferencePpm);
            }
            result.put("baseline", y);
        }
        return result;
    }

    @Override
    public String toString() {
        return "PseudoVoigtLinesModel[" + name + ", " + parameters.size() + " free parameters]";
    }
}
