package org.metalnmr.toolkit.morphology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.lineshape.PacketLines;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.susceptibility.shift.PackedDeposit;
import org.metalnmr.susceptibility.shift.PopulationShift;
import org.metalnmr.susceptibility.shift.ShiftDistribution;
import org.metalnmr.toolkit.ToolkitMessage;
import org.metalnmr.toolkit.forward.CellPhysics;
import org.metalnmr.toolkit.morphology.MorphologyPackets.Packets;

/**
 * The physical morphology model ({@code fit --model morphology}): a fast semi-analytic version of the
 * forward model (docs/physics.md sections 3-5) whose parameters are amounts and shapes of metal, not line positions.
 * The real part of
 * \[ S(\delta) = \mathrm{Re}\Big[e^{i\varphi} \sum_c a_c\, f_c \sum_i w_{c,i}\, L(\delta - s_{c,i};\,\Gamma_c)\Big]
 *     + b_0 + b_1(\delta - \delta_{ref}) \]
 * with L the unit-area complex Lorentzian (see {@link PacketLines}), phi the spectrometer phase, a_c the
 * amounts, f_c the RF phase factor and (s_{c,i}, w_{c,i}) the shift distribution of component c:
 * <ul>
 * <li><b>foil</b>: one line at \( K + \chi(1/3 - N_{zz}) \), N_zz = cos^2 t of a thin plate whose normal makes
 * the angle t with B0 (cell B: t = 0, N_zz = 1, K - 2 chi/3; cell A: t = 90 deg, K + chi/3); seen through its
 * skin layer, f = exp(-i lag): the Bloembergen lag, 45 deg for small flips, -arg K(theta0) of the forward
 * model's {@code SkinLayerFlip} at the nominal flip angle (53 deg at 90 deg) by default. With a roughness
 * sigma_f ({@code foilRoughnessDeg}) the foil is locally flat plates whose normals n follow a von Mises-Fisher
 * distribution (kappa = 1/sigma_f^2) about the electrode normal, each at \( K + \chi(1/3 - (n\cdot\hat B_0)^2) \)
 * (docs/physics.md sect. 2; {@link PopulationShift#packed} with an isolated thin plate; docs/morphology-model.md
 * section 6).</li>
 * <li><b>bent foil</b>: the foil bent by 90 deg, its normal on the circle perpendicular to the electrode normal
 * (32 azimuths): N_zz = sin^2 t cos^2 psi; in cell B one line at K + chi/3 (docs/physics.md section 2: 272 ppm); same
 * width and skin lag as the foil.</li>
 * <li><b>whiskers</b>: long needles (N_a = 0, N_t = 1/2) with axes about the electrode normal
 * ({@link WhiskerOrientation}, spread sigma) packed at volume fraction p in a thin layer parallel to the
 * electrode: the packed-deposit mean field of {@link PackedDeposit},
 * \( \delta = K + \chi(1/3 - (1-p) N_p - p N_s) \), N_p = (1 - n_z^2)/2 for axis n, N_s = cos^2 t
 * ({@link PopulationShift#packed}, 32 Gauss-Legendre nodes in the polar variable, 24 azimuths unless the
 * normal is along B0: with the widths of real lines, at least 1 ppm, finer quadratures change nothing visible). Fully penetrated (radius much less than the skin depth): f = 1, so the amount is
 * proportional to the metal.</li>
 * <li><b>mossy</b>: the same with isotropic strands at packing p_m: mean shift \( K + p_m \chi (1/3 - N_s) \),
 * f = 1.</li>
 * <li><b>electrolyte</b>: one line at a free shift near 0 ppm, f = 1.</li>
 * <li><b>counter foil</b>: the second electrode of a symmetric cell: the foil's plates (same roughness, Gaussian width and
 * skin lag) shifted rigidly by {@code counterFoilOffsetPpm} (the stack's field differs between the electrodes; bounded by
 * chi/4 like the deposit offset), with its own amount and homogeneous width (docs/morphology-model.md section 6.1).</li>
 * <li>optionally ({@code depositOffsetPpm}, fixed at 0 unless freed) a rigid shift of whiskers and mossy metal
 * relative to the foil: the difference of the cell stack's macroscopic field between deposit and foil.</li>
 * </ul>
 * Complex data ({@link #fitsComplexData()}): the imaginary part is \( -\mathrm{Im} \) of the bracket above (Bruker
 * {@code 1i}: dispersion positive above the centre) plus its own baseline \( b_0' + b_1'(\delta - \delta_{ref}) \).
 * Packets of a component share one homogeneous HWHM Gamma_c. The shift distributions depend on p, sigma, K
 * and chi only through the packet positions: the Gauss weights do not change with them, so every derivative
 * is \( -\sum_i w_i (ds_i/d\theta) L'(\delta - s_i) \) (the rates ds_i/dtheta exact for K (1) and chi
 * ((s_i - K)/chi), by central differences of the quadrature nodes for the others); amounts, phases and
 * widths have analytic columns. So {@link #jacobian} is analytic up to those node differences.
 *
 * <p>Identifiability: with one orientation the foil line fixes only K + chi (1/3 - N_zz); freeing both K and chi
 * leaves the whisker packing and spread to separate them and the fitter reports the correlation (docs/morphology-model.md).
 *
 * <p>Instances are immutable; evaluation allocates its own work arrays, so one instance may be used from
 * several threads.
 */
public final class MorphologyModel implements SpectrumModel {

    private static final MorphologyParameter[] ALL = MorphologyParameter.values();
    /** Half-width of the bounds of a free Knight shift about the material table's value [ppm]. */
    public static final double KNIGHT_RANGE_PPM = 10;

    private final MorphologySettings settings;
    private final Set<MorphologyComponent> components;
    private final List<FitParameter> parameters;
    /** Free-parameter index by ordinal, -1 when fixed or absent. */
    private final int[] index;
    /** Value by ordinal of fixed quantities (NaN for free or absent). */
    private final double[] fixed;
    private final Map<String, Double> fixedReport;
    private final double baselineReferencePpm;
    private final MorphologyPackets packets;
    private final String name;
    /** The axis spacing and fit range the bounds were made for [ppm] (to rebuild the model with other settings). */
    private final double[] axisSpacingAndRange;

    private MorphologyModel(MorphologySettings settings, Set<MorphologyComponent> components, List<FitParameter> parameters,
                            int[] index, double[] fixed, double[] axisSpacingAndRange) {
        this.settings = settings;
        this.axisSpacingAndRange = axisSpacingAndRange.clone();
        double baselineReferencePpm = (axisSpacingAndRange[1] + axisSpacingAndRange[2]) / 2;
        this.components = Collections.unmodifiableSet(EnumSet.copyOf(components));
        this.parameters = List.copyOf(parameters);
        this.index = index;
        this.fixed = fixed;
        this.baselineReferencePpm = baselineReferencePpm;
        this.packets = new MorphologyPackets(settings);
        Map<String, Double> fr = new LinkedHashMap<>();
        for (MorphologyParameter q : ALL) {
            if (index[q.ordinal()] < 0 && !Double.isNaN(fixed[q.ordinal()])) {
                fr.put(q.key(), fixed[q.ordinal()]);
            }
        }
        this.fixedReport = Collections.unmodifiableMap(fr);
        this.name = String.format(Locale.ROOT, "morphology (cell %s, %s)", settings.cell().label(), settings.nucleus());
    }

    /**
     * A model with the given starting values; the bounds follow from the axis spacing and the fit range.
     *
     * @param settings   what the model contains (the electrolyte is taken as listed in the components)
     * @param start      starting values of the free quantities (missing ones get neutral defaults)
     * @param spacingPpm the point spacing of the data [ppm] (sets the smallest width)
     * @param loPpm      fit range start [ppm]
     * @param hiPpm      fit range end [ppm]
     * @return the model
     */
    public static MorphologyModel of(MorphologySettings settings, Map<MorphologyParameter, Double> start, double spacingPpm,
                                     double loPpm, double hiPpm) {
        Set<MorphologyComponent> comps = settings.components();
        MetalShiftParameters table = settings.tableShift();
        double width = Math.abs(hiPpm - loPpm);
        double minHwhm = Math.max(0.25 * Math.abs(spacingPpm), 1e-3);
        double maxHwhm = Math.max(width, 10 * minHwhm);
        int[] index = new int[ALL.length];
        double[] fixed = new double[ALL.length];
        java.util.Arrays.fill(index, -1);
        java.util.Arrays.fill(fixed, Double.NaN);
        List<FitParameter> list = new ArrayList<>();
        for (MorphologyParameter q : ALL) {
            boolean present = MorphologyParameterTable.present(q, settings);
            if (!present) {
                continue;
            }
            double def = MorphologyParameterTable.defaultValue(q, settings, minHwhm, maxHwhm);
            boolean isFixed = settings.fixedValues().containsKey(q)
                    || settings.fixedByDefault(q) && !settings.freed().contains(q);
            if (isFixed) {
                fixed[q.ordinal()] = settings.fixedValues().getOrDefault(q, def);
                continue;
            }
            double[] range = MorphologyParameterTable.bounds(q, table, minHwhm, maxHwhm);
            double lo = range[0];
            double hi = range[1];
            double init = start.getOrDefault(q, def);
            index[q.ordinal()] = list.size();
            list.add(new FitParameter(q.key(), Math.min(hi, Math.max(lo, init)), lo, hi));
        }
        return new MorphologyModel(settings, comps, list, index, fixed, new double[] {spacingPpm, loPpm, hiPpm});
    }

    /**
     * The same model with the whisker layer's shape held, started at this model's starting values: the first stage of a
     * staged fresh fit (SeriesModel#withStagedFreshFit). While the whisker line is small (the first hours of plating) a
     * fit with the shape free can move the whisker component onto the broad part of the foil line, where it is larger,
     * and leave the small whisker line in the residual; held first, the whiskers stay where isolated needles along the
     * electrode normal are, at \( K + \chi/3 \) in cell B (docs/morphology-model.md section 6.2).
     *
     * @param packing   the held packing [1]
     * @param spreadDeg the held spread of the whisker axes [deg]
     * @return the held model, or null when this model has no whiskers or their packing and spread are not both free
     */
    public MorphologyModel withWhiskerShapeHeld(double packing, double spreadDeg) {
        if (!isFree(MorphologyParameter.WHISKER_PACKING) || !isFree(MorphologyParameter.WHISKER_SPREAD_DEG)) {
            return null;
        }
        Map<MorphologyParameter, Double> fix = new EnumMap<>(MorphologyParameter.class);
        fix.putAll(settings.fixedValues());
        fix.put(MorphologyParameter.WHISKER_PACKING, packing);
        fix.put(MorphologyParameter.WHISKER_SPREAD_DEG, spreadDeg);
        return of(settings.withFixedValues(fix), values(null), axisSpacingAndRange[0], axisSpacingAndRange[1], axisSpacingAndRange[2]);
    }

    /**
     * A model with starting values guessed from the data ({@link MorphologyStart}): peak positions set the
     * Knight shift or chi when they are free, a small grid over the whisker packing and spread, and for each a
     * linear least-squares solve for the amounts over a grid of phases; the best is kept.
     *
     * @param settings what the model contains
     * @param ppm      shifts of the data [ppm]
     * @param y        real part of the data
     * @param loPpm    fit range start [ppm] (NaN: lowest shift)
     * @param hiPpm    fit range end [ppm] (NaN: highest shift)
     * @return the model
     */
    public static MorphologyModel guess(MorphologySettings settings, double[] ppm, double[] y, double loPpm, double hiPpm) {
        return MorphologyStart.guess(settings, ppm, y, loPpm, hiPpm);
    }

    /**
     * @param params free parameter values (or null to use the initial values)
     * @return every quantity present (free and fixed) by parameter
     */
    public Map<MorphologyParameter, Double> values(double[] params) {
        double[] q = quantities(params == null ? initialValues() : params);
        Map<MorphologyParameter, Double> m = new EnumMap<>(MorphologyParameter.class);
        for (MorphologyParameter p : ALL) {
            if (!Double.isNaN(q[p.ordinal()])) {
                m.put(p, q[p.ordinal()]);
            }
        }
        return m;
    }

    /** @return the settings */
    public MorphologySettings settings() {
        return settings;
    }

    /** @return the components of this model */
    public Set<MorphologyComponent> components() {
        return components;
    }

    /**
     * @param q a quantity
     * @return whether it is a free parameter of this model
     */
    public boolean isFree(MorphologyParameter q) {
        return index[q.ordinal()] >= 0;
    }

    /** @return the initial values of the free parameters */
    public double[] initialValues() {
        double[] v = new double[parameters.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = parameters.get(j).initial();
        }
        return v;
    }

    /**
     * The shift distribution of a component at the given parameters.
     *
     * @param c      the component (must be in the model)
     * @param params free parameter values
     * @return its packets (shifts and weights summing to 1; complex weights counted by their magnitude)
     */
    public ShiftDistribution shiftDistribution(MorphologyComponent c, double[] params) {
        requireComponent(c);
        Packets p = packets.forComponent(c, quantities(params));
        if (p.wi() == null) {
            return new ShiftDistribution(p.s(), p.w());
        }
        // complex weights (a scenario's foil): each packet holds |W_i| of the signal, as the forward model's summaries count it
        double[] m = new double[p.w().length];
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.hypot(p.w()[i], p.wi()[i]);
            sum += m[i];
        }
        for (int i = 0; i < m.length; i++) {
            m[i] /= sum;
        }
        return new ShiftDistribution(p.s(), m);
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
        return fixedReport;
    }

    @Override
    public void evaluate(double[] ppm, double[] params, double[] out) {
        compute(ppm, params, out, null, null, null, false);
    }

    @Override
    public boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    public void jacobian(double[] ppm, double[] params, double[] value, double[][] out) {
        compute(ppm, params, value, null, out, null, true);
    }

    /** @return whether the settings ask for both parts of complex data ({@link MorphologySettings#complexData()}) */
    @Override
    public boolean fitsComplexData() {
        return settings.complexData();
    }

    /**
     * The imaginary part in the convention of Bruker {@code 1i}: the model's complex signal is
     * \( Z = e^{i\varphi} \sum_c a_c f_c \sum_i w_{ci} V \) with V of {@link PacketLines} (dispersion negative above the
     * centre); the spectrometer's imaginary part is \( -\mathrm{Im}\,Z \) (dispersion positive above the centre), the
     * real part \( \mathrm{Re}\,Z \); plus the imaginary baseline with {@code --baseline}.
     */
    @Override
    public void evaluateComplex(double[] ppm, double[] params, double[] re, double[] im) {
        compute(ppm, params, re, im, null, null, false);
    }

    @Override
    public void jacobianComplex(double[] ppm, double[] params, double[] re, double[] im, double[][] jre, double[][] jim) {
        compute(ppm, params, re, im, jre, jim, true);
    }

    /**
     * Value (real part into value, imaginary part into imag when not null) and, when wanted, the Jacobian columns of both
     * parts (jim may be null).
     */
    private void compute(double[] ppm, double[] params, double[] value, double[] imag, double[][] out, double[][] outIm,
                         boolean wantJacobian) {
        double[] q = quantities(params);
        PacketLines.Axis axis = PacketLines.Axis.of(ppm);
        int m = ppm.length;
        java.util.Arrays.fill(value, 0);
        if (imag != null) {
            java.util.Arrays.fill(imag, 0);
        }
        if (wantJacobian) {
            for (double[] col : out) {
                java.util.Arrays.fill(col, 0);
            }
            if (outIm != null) {
                for (double[] col : outIm) {
                    java.util.Arrays.fill(col, 0);
                }
            }
        }
        double[] re = new double[m];
        double[] im = new double[m];
        double[] dre = new double[m];
        double[] dim = new double[m];
        int phase = index[MorphologyParameter.PHASE_DEG.ordinal()];
        int lag = index[MorphologyParameter.FOIL_PHASE_LAG_DEG.ordinal()];
        double deg = Math.PI / 180;
        for (MorphologyComponent c : components) {
            java.util.Arrays.fill(re, 0);
            java.util.Arrays.fill(im, 0);
            Packets p = packets.forComponent(c, q);
            double hwhm = q[MorphologyParameterTable.hwhmOf(c).ordinal()];
            MorphologyParameter gp = MorphologyParameterTable.gaussOf(c);
            int jg = gp == null || !wantJacobian ? -1 : index[gp.ordinal()];
            int jw = wantJacobian ? index[MorphologyParameterTable.hwhmOf(c).ordinal()] : -1;
            // one table of the line for the value and every column of this component
            PacketLines.Kernel kernel = PacketLines.kernel(axis, p.s(), hwhm, MorphologyParameterTable.gaussSigma(c, q), jw >= 0 || jg >= 0);
            addPackets(kernel, p, null, PacketLines.Kind.VALUE, re, im);
            double[] g = factor(c, q);
            double a = q[MorphologyParameterTable.amountOf(c).ordinal()];
            int ja = wantJacobian ? index[MorphologyParameterTable.amountOf(c).ordinal()] : -1;
            for (int i = 0; i < m; i++) {
                // Z = (g0 + i g1)(re + i im) = r + i s; the data's imaginary part is -s
                double r = g[0] * re[i] - g[1] * im[i];
                double s = g[0] * im[i] + g[1] * re[i];
                value[i] += a * r;
                if (imag != null) {
                    imag[i] -= a * s;
                }
                if (!wantJacobian) {
                    continue;
                }
                if (ja >= 0) {
                    out[ja][i] += r;
                    if (outIm != null) {
                        outIm[ja][i] -= s;
                    }
                }
                // dZ/dphi = i Z: d r = -s, d s = r
                if (phase >= 0) {
                    out[phase][i] -= a * s * deg;
                    if (outIm != null) {
                        outIm[phase][i] -= a * r * deg;
                    }
                }
                if (lag >= 0 && MorphologyParameterTable.skinLayer(c)) {
                    out[lag][i] += a * s * deg;
                    if (outIm != null) {
                        outIm[lag][i] += a * r * deg;
                    }
                }
            }
            if (!wantJacobian) {
                continue;
            }
            if (jw >= 0) {
                addColumn(kernel, p, null, PacketLines.Kind.WIDTH, g, a, dre, dim, out[jw], outIm == null ? null : outIm[jw]);
            }
            if (jg >= 0) {
                addColumn(kernel, p, null, PacketLines.Kind.GAUSS, g, a, dre, dim, out[jg], outIm == null ? null : outIm[jg]);
            }
            for (MorphologyParameter shape : MorphologyParameterTable.shapeParameters(c)) {
                int js = index[shape.ordinal()];
                if (js < 0) {
                    continue;
                }
                addColumn(kernel, p, rates(c, q, p, shape), PacketLines.Kind.SHIFT, g, a, dre, dim, out[js],
                        outIm == null ? null : outIm[js]);
            }
        }
        addBaseline(ppm, q, value, imag);
        if (!wantJacobian) {
            return;
        }
        int b0 = index[MorphologyParameter.BASELINE0.ordinal()];
        int b1 = index[MorphologyParameter.BASELINE1.ordinal()];
        int b0i = index[MorphologyParameter.BASELINE0_IMAG.ordinal()];
        int b1i = index[MorphologyParameter.BASELINE1_IMAG.ordinal()];
        for (int i = 0; i < m; i++) {
            if (b0 >= 0) {
                out[b0][i] = 1;
            }
            if (b1 >= 0) {
                out[b1][i] = ppm[i] - baselineReferencePpm;
            }
            if (outIm != null && b0i >= 0) {
                outIm[b0i][i] = 1;
            }
            if (outIm != null && b1i >= 0) {
                outIm[b1i][i] = ppm[i] - baselineReferencePpm;
            }
        }
    }

    @Override
    public Map<String, double[]> components(double[] ppm, double[] params) {
        double[] q = quantities(params);
        PacketLines.Axis axis = PacketLines.Axis.of(ppm);
        int m = ppm.length;
        Map<String, double[]> map = new LinkedHashMap<>();
        for (MorphologyComponent c : components) {
            double[] re = new double[m];
            double[] im = new double[m];
            Packets p = packets.forComponent(c, q);
            addPackets(PacketLines.kernel(axis, p.s(), q[MorphologyParameterTable.hwhmOf(c).ordinal()], MorphologyParameterTable.gaussSigma(c, q), false), p, null,
                    PacketLines.Kind.VALUE, re, im);
            double[] g = factor(c, q);
            double a = q[MorphologyParameterTable.amountOf(c).ordinal()];
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = a * (g[0] * re[i] - g[1] * im[i]);
            }
            map.put(c.word(), v);
        }
        if (settings.baseline()) {
            double[] v = new double[m];
            addBaseline(ppm, q, v, null);
            map.put("baseline", v);
        }
        return map;
    }

    // ----- internals ----------------------------------------------------------------------------------

    /** Adds \( \sum_i W_i V_i \) (complex weights W = w + i wi) of the requested kind to re and im. */
    private static void addPackets(PacketLines.Kernel kernel, Packets p, double[] rates, PacketLines.Kind kind, double[] re,
                                   double[] im) {
        PacketLines.add(kernel, p.s(), p.w(), rates, kind, re, im);
        if (p.wi() == null) {
            return;
        }
        double[] tr = new double[re.length];
        double[] ti = new double[im.length];
        PacketLines.add(kernel, p.s(), p.wi(), rates, kind, tr, ti);
        for (int i = 0; i < re.length; i++) {
            // i wi (Vr + i Vi) = -wi Vi + i wi Vr
            re[i] -= ti[i];
            im[i] += tr[i];
        }
    }

    /**
     * The unit line of a component without the spectrometer phase and the amount: \( f_c \sum_i W_i V(\delta - s_i) \)
     * with f_c the skin lag of the foil and the RF factor of a deposit (for the starting values).
     */
    void unitLine(MorphologyComponent c, double[] q, PacketLines.Axis axis, double[] re, double[] im) {
        Packets p = packets.forComponent(c, q);
        double[] tr = new double[re.length];
        double[] ti = new double[im.length];
        addPackets(PacketLines.kernel(axis, p.s(), q[MorphologyParameterTable.hwhmOf(c).ordinal()], MorphologyParameterTable.gaussSigma(c, q), false), p, null, PacketLines.Kind.VALUE,
                tr, ti);
        double[] g = factor(c, q);
        double ph = Math.toRadians(q[MorphologyParameter.PHASE_DEG.ordinal()]);
        // remove the spectrometer phase from e^{i phi} f_c
        double fr = g[0] * Math.cos(ph) + g[1] * Math.sin(ph);
        double fi = g[1] * Math.cos(ph) - g[0] * Math.sin(ph);
        for (int i = 0; i < re.length; i++) {
            re[i] += fr * tr[i] - fi * ti[i];
            im[i] += fr * ti[i] + fi * tr[i];
        }
    }

    double[] quantities(double[] params) {
        if (params.length != parameters.size()) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "parameter values", params.length, "parameters of " + name,
                    parameters.size());
        }
        double[] q = fixed.clone();
        for (int o = 0; o < ALL.length; o++) {
            if (index[o] >= 0) {
                q[o] = params[index[o]];
            }
        }
        return q;
    }

    private void requireComponent(MorphologyComponent c) {
        if (!components.contains(c)) {
            throw new InvalidInputException(ToolkitMessage.MORPHOLOGY_NO_COMPONENT, name, c.word(), components);
        }
    }

    /**
     * e^{i phi} f_c as {re, im}: f_c the skin lag of the foil; for whiskers and mossy metal with a scenario's cell physics
     * their RF factor per nucleus from the cell's RF solve ({@link CellPhysics.DepositField#rfRe()}), else 1.
     */
    private double[] factor(MorphologyComponent c, double[] q) {
        double ph = Math.toRadians(q[MorphologyParameter.PHASE_DEG.ordinal()]);
        if (MorphologyParameterTable.skinLayer(c)) {
            ph -= Math.toRadians(q[MorphologyParameter.FOIL_PHASE_LAG_DEG.ordinal()]);
        }
        double cr = Math.cos(ph);
        double ci = Math.sin(ph);
        CellPhysics.DepositField dep = packets.depositPhysics(c);
        if (dep == null) {
            return new double[] {cr, ci};
        }
        return new double[] {cr * dep.rfRe() - ci * dep.rfIm(), cr * dep.rfIm() + ci * dep.rfRe()};
    }

    private void addBaseline(double[] ppm, double[] q, double[] out, double[] outIm) {
        if (!settings.baseline()) {
            return;
        }
        double b0 = q[MorphologyParameter.BASELINE0.ordinal()];
        double b1 = q[MorphologyParameter.BASELINE1.ordinal()];
        double b0i = q[MorphologyParameter.BASELINE0_IMAG.ordinal()];
        double b1i = q[MorphologyParameter.BASELINE1_IMAG.ordinal()];
        for (int i = 0; i < ppm.length; i++) {
            out[i] += b0 + b1 * (ppm[i] - baselineReferencePpm);
            if (outIm != null && !Double.isNaN(b0i)) {
                outIm[i] += b0i + b1i * (ppm[i] - baselineReferencePpm);
            }
        }
    }

    private static void addColumn(PacketLines.Kernel kernel, Packets p, double[] rates, PacketLines.Kind kind, double[] g,
                                  double a, double[] re, double[] im, double[] col, double[] colIm) {
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        addPackets(kernel, p, rates, kind, re, im);
        for (int i = 0; i < col.length; i++) {
            col[i] += a * (g[0] * re[i] - g[1] * im[i]);
            if (colIm != null) {
                colIm[i] -= a * (g[0] * im[i] + g[1] * re[i]);
            }
        }
    }

    /** ds_i / d(shape) for the packets p of component c at q. */
    private double[] rates(MorphologyComponent c, double[] q, Packets p, MorphologyParameter shape) {
        int n = p.s().length;
        double[] r = new double[n];
        if (shape == MorphologyParameter.CHI_PPM && packets.depositPhysics(c) != null) {
            // in a scenario's cell chi enters through the contrast and the cell field: not proportional to s - K
            return nodeDifferences(c, q, shape, n);
        }
        switch (shape) {
            case KNIGHT_PPM, ELECTROLYTE_SHIFT_PPM, DEPOSIT_OFFSET_PPM, COUNTER_FOIL_OFFSET_PPM -> java.util.Arrays.fill(r, 1);
            case CHI_PPM -> {
                // the BMS part is proportional to chi: ds/dchiPpm = (s - K - offset) / chiPpm
                double k = q[MorphologyParameter.KNIGHT_PPM.ordinal()];
                if (c == MorphologyComponent.WHISKERS || c == MorphologyComponent.MOSSY) {
                    k += q[MorphologyParameter.DEPOSIT_OFFSET_PPM.ordinal()];
                }
                if (c == MorphologyComponent.COUNTER_FOIL) {
                    k += q[MorphologyParameter.COUNTER_FOIL_OFFSET_PPM.ordinal()];
                }
                double chi = q[MorphologyParameter.CHI_PPM.ordinal()];
                for (int i = 0; i < n; i++) {
                    r[i] = (p.s()[i] - k) / chi;
                }
            }
            default -> {
                return nodeDifferences(c, q, shape, n);
            }
        }
        return r;
    }

    /** ds_i / d(shape) by central differences of the quadrature-node positions. */
    private double[] nodeDifferences(MorphologyComponent c, double[] q, MorphologyParameter shape, int n) {
        double[] r = new double[n];
        // central differences of the quadrature-node positions (weights do not move); the shifts are
        // linear in the packing and smooth in the spread, step 1e-4 of the value (>= 1e-4)
        int o = shape.ordinal();
        double v = q[o];
        double h = 1e-4 * Math.max(1, Math.abs(v));
        FitParameter fp = parameters.get(index[o]);
        double up = Math.min(fp.upper(), v + h);
        double dn = Math.max(fp.lower(), v - h);
        double[] qq = q.clone();
        qq[o] = up;
        double[] su = packets.forComponent(c, qq).s();
        qq[o] = dn;
        double[] sd = packets.forComponent(c, qq).s();
        for (int i = 0; i < n; i++) {
            r[i] = (su[i] - sd[i]) / (up - dn);
        }
        return r;
    }
}
