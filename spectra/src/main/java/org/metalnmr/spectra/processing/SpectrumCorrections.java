package org.metalnmr.spectra.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * The corrections made to a spectrum after it is read (and, for raw data, transformed), in this
 * order: phase ({@link PhaseCorrector}; data without an imaginary part first get one from
 * {@link HilbertTransform}), baseline ({@link BaselineCorrector}), referencing.
 *
 * <p><b>Referencing to a line</b> ({@link Referencing.Mode#LINE}): the largest real value in the
 * window, at point m, refined by the vertex of the parabola through points m-1, m, m+1,
 * \( m^* = m + \tfrac12 (y_{m-1} - y_{m+1})/(y_{m-1} - 2y_m + y_{m+1}) \), is moved to the target:
 * every shift gets \( \Delta = \delta_\mathrm{target} - \delta(m^*) \). The reference frequency of
 * the axis is kept (a shift of \( \Delta \) ppm changes it by \( \Delta\cdot 10^{-6} \) relative,
 * below any use made of it).
 *
 * @param phase       how the phase is chosen
 * @param baseline    the baseline correction, when one is wanted
 * @param referencing how the axis is referenced
 */
public record SpectrumCorrections(PhaseCorrection phase, Optional<BaselineCorrection> baseline, Referencing referencing) {

    /** Nothing changed: phase as read, no baseline, axis as read. */
    public static final SpectrumCorrections NONE = new SpectrumCorrections(PhaseCorrection.AS_READ, Optional.empty(),
            Referencing.NONE);

    /** Validates. */
    public SpectrumCorrections {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(referencing, "referencing");
    }

    /**
     * @param p the phase choice
     * @return a copy with it
     */
    public SpectrumCorrections withPhase(PhaseCorrection p) {
        return new SpectrumCorrections(p, baseline, referencing);
    }

    /**
     * @param b the baseline correction
     * @return a copy with it
     */
    public SpectrumCorrections withBaseline(BaselineCorrection b) {
        return new SpectrumCorrections(phase, Optional.of(b), referencing);
    }

    /**
     * @param r the referencing
     * @return a copy with it
     */
    public SpectrumCorrections withReferencing(Referencing r) {
        return new SpectrumCorrections(phase, baseline, r);
    }

    /**
     * A corrected spectrum with the steps done.
     *
     * @param spectrum the result
     * @param steps    the steps, in order, with the values found (phases, baseline, shift)
     */
    public record Corrected(Spectrum spectrum, List<ProcessingStep> steps) {

        /** Copies. */
        public Corrected {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Applies the corrections.
     *
     * @param s       the spectrum as read
     * @param rawData whether it was transformed here from a raw FID (not phased), rather than read
     *                as processed data (phased by the software that saved it)
     * @return the corrected spectrum and its steps
     * @throws InvalidInputException when a choice does not apply to these data (e.g. TopSpin's
     *         phase for raw data, a phase for data without an imaginary part, a window outside the axis)
     */
    public Corrected apply(Spectrum s, boolean rawData) {
        List<ProcessingStep> steps = new ArrayList<>();
        Spectrum out = phase(s, rawData, steps);
        if (baseline.isPresent()) {
            BaselineCorrection b = baseline.get();
            BaselineCorrector.Result r = BaselineCorrector.correct(out, b);
            out = r.spectrum();
            List<List<Double>> windows = new ArrayList<>();
            for (PpmWindow w : r.regions()) {
                windows.add(List.of(w.loPpm(), w.hiPpm()));
            }
            List<Double> coefficients = new ArrayList<>();
            for (double c : r.coefficients()) {
                coefficients.add(c);
            }
            steps.add(ProcessingStep.of("baseline", "method", "polynomial least squares over signal-free regions, real part",
                    "order", b.order(), "regions", b.automaticRegions() ? "automatic (from the noise)" : "given",
                    "regionsPpm", windows, "points", r.points(), "rmsAboutBaseline", r.rms(),
                    "coefficients", coefficients, "variable", "x = 2 i/(N-1) - 1, i the point index"));
        }
        out = reference(out, steps);
        return new Corrected(out, steps);
    }

    private Spectrum phase(Spectrum in, boolean rawData, List<ProcessingStep> steps) {
        Spectrum s = in;
        boolean changesPhase = phase.mode() != PhaseCorrection.Mode.AS_READ && phase.mode() != PhaseCorrection.Mode.PROCS;
        if (changesPhase && HilbertTransform.lacksImaginary(s)) {
            s = HilbertTransform.withImaginaryFromReal(s);
            steps.add(ProcessingStep.of("imaginary", "method", "Hilbert transform of the real part (causality, Kramers-Kronig)",
                    "why", "the data have no imaginary part, and a phase change needs one"));
        }
        String pivot = "centre point N/2 (the carrier), phase_i = phc0 + phc1 (i - N/2)/N, TopSpin's sense of rotation";
        switch (phase.mode()) {
            case AS_READ -> {
                steps.add(ProcessingStep.of("phase", "mode", "as read", "note", rawData
                        ? "not phased: the Fourier transform of the FID with the digital-filter delay removed"
                        : "the phase the data were saved with" + topspin(s)));
                return s;
            }
            case PROCS -> {
                if (!rawData) {
                    steps.add(ProcessingStep.of("phase", "mode", "procs", "note", "TopSpin's phase, as saved in 1r/1i" + topspin(s)));
                    return s;
                }
                Map<String, String> meta = s.metadata();
                if (!meta.containsKey("procsPhc0Deg") || !meta.containsKey("groupDelayPoints")) {
                    throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "phase 'procs' for " + source(s),
                            "auto, auto0, region:LO:HI or manual phases (this experiment has no procs with PHC0/PHC1)", "procs");
                }
                double phc0 = Double.parseDouble(meta.get("procsPhc0Deg"));
                double phc1 = Double.parseDouble(meta.get("procsPhc1Deg"));
                double g = Double.parseDouble(meta.get("groupDelayPoints"));
                double[] p = PhaseCorrector.fromTopSpin(phc0, phc1, g);
                steps.add(ProcessingStep.of("phase", "mode", "procs", "topspinPhc0Deg", phc0, "topspinPhc1Deg", phc1,
                        "groupDelayPoints", g, "phc0Deg", p[0], "phc1Deg", p[1], "pivot", pivot,
                        "conversion", "phc1 = PHC1, phc0 = PHC0 + PHC1/2 + 180 g (TopSpin's pivot at the first point,"
                                + " digital-filter delay removed about the first point)",
                        "relativeTo", "the unphased transform"));
                return PhaseCorrector.apply(s, p[0], p[1]);
            }
            case MANUAL -> {
                steps.add(ProcessingStep.of("phase", "mode", "manual", "phc0Deg", phase.phc0Deg(), "phc1Deg", phase.phc1Deg(),
                        "pivot", pivot, "relativeTo", rawData ? "the unphased transform" : "the phase as read"));
                return PhaseCorrector.apply(s, phase.phc0Deg(), phase.phc1Deg());
            }
            case AUTOMATIC -> {
                double[] p = PhaseCorrector.automatic(s);
                steps.add(ProcessingStep.of("phase", "mode", "auto", "method", "ACME (Chen et al., J. Magn. Reson. 158, 164 (2002)):"
                                + " minimum entropy of the first derivative plus a penalty on negative intensity, zero and first order",
                        "phc0Deg", p[0], "phc1Deg", p[1], "pivot", pivot,
                        "relativeTo", rawData ? "the unphased transform" : "the phase as read"));
                return PhaseCorrector.apply(s, p[0], p[1]);
            }
            case AUTOMATIC_ZERO_ORDER -> {
                double p0 = PhaseCorrector.automaticZeroOrder(s, phase.phc1Deg());
                steps.add(ProcessingStep.of("phase", "mode", "auto0", "method", "ACME (Chen et al., J. Magn. Reson. 158, 164 (2002)),"
                                + " zero order only", "phc0Deg", p0, "phc1Deg", phase.phc1Deg(), "pivot", pivot,
                        "relativeTo", rawData ? "the unphased transform" : "the phase as read"));
                return PhaseCorrector.apply(s, p0, phase.phc1Deg());
            }
            case REGION -> {
                double p0 = PhaseCorrector.region(s, phase.region(), phase.phc1Deg());
                steps.add(ProcessingStep.of("phase", "mode", "region", "regionPpm", List.of(phase.region().loPpm(), phase.region().hiPpm()),
                        "method", "zero order that makes the sum of the spectrum over the region real and positive (the line there in"
                                + " absorption)", "phc0Deg", p0, "phc1Deg", phase.phc1Deg(), "pivot", pivot,
                        "relativeTo", rawData ? "the unphased transform" : "the phase as read"));
                return PhaseCorrector.apply(s, p0, phase.phc1Deg());
            }
            default -> throw new InternalInvariantException(CoreMessage.UNHANDLED_CASE, "SpectrumCorrections.phase", "mode " + phase.mode());
        }
    }

    private Spectrum reference(Spectrum s, List<ProcessingStep> steps) {
        switch (referencing.mode()) {
            case NONE -> {
                return s;
            }
            case OFFSET -> {
                steps.add(ProcessingStep.of("reference", "mode", "offset", "offsetPpm", referencing.offsetPpm()));
                return new Spectrum(s.axis().shiftedBy(referencing.offsetPpm()), s.real(), s.imag(), s.acquisitionTimeSeconds(),
                        s.metadata());
            }
            case LINE -> {
                double found = linePositionPpm(s, referencing.window());
                double shift = referencing.targetPpm() - found;
                steps.add(ProcessingStep.of("reference", "mode", "line",
                        "windowPpm", List.of(referencing.window().loPpm(), referencing.window().hiPpm()),
                        "targetPpm", referencing.targetPpm(), "foundPpm", found, "shiftPpm", shift,
                        "method", "maximum of the real part in the window, refined by a parabola through three points"));
                return new Spectrum(s.axis().shiftedBy(shift), s.real(), s.imag(), s.acquisitionTimeSeconds(), s.metadata());
            }
            default -> throw new InternalInvariantException(CoreMessage.UNHANDLED_CASE, "SpectrumCorrections.reference",
                    "mode " + referencing.mode());
        }
    }

    /**
     * @param s      a spectrum
     * @param window where to look [ppm]
     * @return the position of the largest real value in the window, refined by a parabola [ppm]
     * @throws InvalidInputException when the window holds fewer than 3 points
     */
    public static double linePositionPpm(Spectrum s, PpmWindow window) {
        int n = s.axis().size();
        int best = -1;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (window.contains(s.axis().ppm(i))) {
                count++;
                if (best < 0 || s.realAt(i) > s.realAt(best)) {
                    best = i;
                }
            }
        }
        if (count < 3) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "points of the spectrum in the reference window "
                    + window + " ppm", 3, n, String.format(Locale.ROOT, "[points] (the spectrum spans %.4g to %.4g ppm)",
                    s.axis().ppm(0), s.axis().ppm(n - 1)), count);
        }
        if (best == 0 || best == n - 1) {
            return s.axis().ppm(best);
        }
        double a = s.realAt(best - 1);
        double b = s.realAt(best);
        double c = s.realAt(best + 1);
        double den = a - 2 * b + c;
        double shift = den == 0 ? 0 : 0.5 * (a - c) / den;
        return s.axis().ppm(best + Math.max(-0.5, Math.min(0.5, shift)));
    }

    private static String source(Spectrum s) {
        return s.metadata().getOrDefault("source", "input");
    }

    private static String topspin(Spectrum s) {
        String t = s.metadata().get("topspinProcessing");
        return t == null ? "" : " (" + t + ")";
    }
}
