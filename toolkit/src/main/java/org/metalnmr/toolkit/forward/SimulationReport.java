package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.SynthesisResult;

/**
 * The numbers and figures of one simulated spectrum, as the {@code simulate} command writes them:
 * {@code peaks} (maxima of the absorption-mode spectrum: shiftPpm, height and heightMolPerPpm (the same value, mol/ppm), fwhmPpm), {@code components} (per part or
 * deposit: integral in mol of fully-excited-equivalent nuclei, mean shift, phase, nuclei, visible
 * fraction, visibility correction, charge in mAh) and {@code totalIntegral} (sum of the component
 * integrals' magnitudes).
 *
 * @param simulation the simulation
 * @param synthesis  its spectrum and components
 * @param peaks      peaks of the total spectrum
 * @param summaries  per-component quantities
 */
public record SimulationReport(ForwardSimulation simulation, SynthesisResult synthesis, List<SpectrumPeak> peaks,
                               List<ComponentSummary> summaries) {

    /** Copies. */
    public SimulationReport {
        peaks = List.copyOf(peaks);
        summaries = List.copyOf(summaries);
    }

    /**
     * @param simulation a simulation
     * @return its report (synthesises the spectrum)
     */
    public static SimulationReport of(ForwardSimulation simulation) {
        SynthesisResult syn = simulation.synthesize();
        List<ComponentSummary> summaries = simulation.summaries();
        List<SpectrumPeak> peaks = PeakFinder.find(syn.spectrum().axis(), absorptionMode(syn, summaries), 0.002);
        return new SimulationReport(simulation, syn, peaks, summaries);
    }

    /**
     * The absorption-mode spectrum: each component rotated by its own phase lag, so that its integral is
     * real and positive, and the real parts summed. It is what a spectroscopist gets by phasing each line
     * separately; its maxima are the line positions, free of the dispersion tails of neighbouring lines.
     * (One spectrum cannot be phased for a thick foil, lag 45 degrees or more, and thin whiskers, lag 0, at once.)
     */
    static double[] absorptionMode(SynthesisResult syn, List<ComponentSummary> summaries) {
        int n = syn.spectrum().axis().size();
        double[] out = new double[n];
        for (ComponentSummary c : summaries) {
            Spectrum s = syn.components().get(c.name());
            if (s == null) {
                continue;
            }
            double phi = Math.toRadians(c.phaseDeg());
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            for (int i = 0; i < n; i++) {
                // Re[(re + i im) e^{+i phi}]: undoes the lag -phi of the component's integral
                out[i] += s.realAt(i) * cos - s.imagAt(i) * sin;
            }
        }
        return out;
    }

    /**
     * @param ppm a position in the spectrum
     * @return the name of the component whose absorption-mode spectrum is largest there (the one that makes a peak there)
     */
    public String dominantComponentAt(double ppm) {
        Spectrum total = synthesis.spectrum();
        int i = (int) Math.round(total.axis().index(ppm));
        i = Math.max(0, Math.min(total.axis().size() - 1, i));
        String best = "";
        double bestValue = Double.NEGATIVE_INFINITY;
        for (ComponentSummary c : summaries) {
            Spectrum s = synthesis.components().get(c.name());
            if (s == null) {
                continue;
            }
            double phi = Math.toRadians(c.phaseDeg());
            double v = s.realAt(i) * Math.cos(phi) - s.imagAt(i) * Math.sin(phi);
            if (v > bestValue) {
                bestValue = v;
                best = c.name();
            }
        }
        return best;
    }

    /** @return the result as an ordered map, ready for JSON (keys of CLI.md plus detail) */
    public Map<String, Object> toMap() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nucleus", simulation.scenario().nucleus());
        r.put("b0Tesla", simulation.scenario().b0Tesla());
        r.put("larmorHz", simulation.larmorHz());
        r.put("cellPreset", simulation.scenario().cell().preset().name());
        List<Map<String, Object>> pk = new ArrayList<>();
        for (SpectrumPeak p : peaks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shiftPpm", p.shiftPpm());
            double molPerPpm = p.height() / org.metalnmr.core.constants.PhysicalConstants.AVOGADRO;
            // "height" is the key of the CLI contract (CLI.md), in the spectrum's unit; heightMolPerPpm names that unit
            m.put("height", molPerPpm);
            m.put("heightMolPerPpm", molPerPpm);
            m.put("fwhmPpm", p.fwhmPpm());
            pk.add(m);
        }
        r.put("peaks", pk);
        r.put("spectrumUnit", INTENSITY_UNIT + " (the same mol per ppm of shift: spectrum.csv, peaks' heightMolPerPpm, figures)");
        List<Map<String, Object>> comps = new ArrayList<>();
        double total = 0;
        for (ComponentSummary c : summaries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            m.put("integral", c.integral());
            m.put("meanShiftPpm", Double.isFinite(c.meanShiftPpm()) ? c.meanShiftPpm() : null);
            m.put("phaseDeg", c.phaseDeg());
            m.put("nucleiMol", c.nucleiMol());
            m.put("visibleFraction", c.visibleFraction());
            m.put("visibilityCorrection", Double.isFinite(c.visibilityCorrection()) ? c.visibilityCorrection() : null);
            m.put("chargeMah", c.chargeMah());
            comps.add(m);
            total += c.integral();
        }
        r.put("components", comps);
        r.put("totalIntegral", total);
        double[] t = simulation.stageSeconds();
        r.put("secondsBms", t[0]);
        r.put("secondsRf", t[1]);
        r.put("secondsPackets", t[2]);
        r.put("integralUnit", "mol of fully excited observed nuclei (thin body at the coil centre, 90 degree pulse)");
        r.put("materialOverrides", materialOverrides());
        if (!simulation.voxelReports().isEmpty()) {
            r.put("voxelDeposits", simulation.voxelReports().stream().map(VoxelDepositReport::toMap).toList());
        }
        return r;
    }

    /** @return one entry per value the scenario or a calibration overrode: material, property, value, source */
    private List<Map<String, Object>> materialOverrides() {
        List<Map<String, Object>> out = new ArrayList<>();
        simulation.scenario().materials().overrides().forEach((name, o) -> o.entries().forEach((property, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("material", name);
            m.put("property", property);
            m.put("value", v.value());
            m.put("source", v.source());
            out.add(m);
        }));
        return out;
    }

    /**
     * @param title  plot title
     * @param loPpm  lowest ppm shown
     * @param hiPpm  highest ppm shown
     * @return the spectrum (real part, as recorded with the acquisition's phases, in mol/ppm) with each component dashed
     */
    public LinePlot spectrumPlot(String title, double loPpm, double hiPpm) {
        LinePlot plot = LinePlot.of(title, "shift [ppm]", "intensity, real part [" + INTENSITY_UNIT + "]")
                .withReversedX(true).withXRange(loPpm, hiPpm);
        plot = plot.withSeries(PlotSeries.solid("total", ppm(synthesis.spectrum()), real(synthesis.spectrum())));
        for (Map.Entry<String, Spectrum> e : synthesis.components().entrySet()) {
            plot = plot.withSeries(PlotSeries.dashed(e.getKey(), ppm(e.getValue()), real(e.getValue())));
        }
        return plot;
    }

    static double[] ppm(Spectrum s) {
        return s.axis().ppmValues();
    }

    /** @return the real part in mol/ppm (the spectrum is in nuclei per ppm) */
    static double[] real(Spectrum s) {
        double[] r = s.real();
        for (int i = 0; i < r.length; i++) {
            r[i] /= org.metalnmr.core.constants.PhysicalConstants.AVOGADRO;
        }
        return r;
    }

    /** Unit of the simulated spectra in every output (CSV columns, JSON keys, figure axes): mol of nuclei per ppm. */
    public static final String INTENSITY_UNIT = "mol/ppm";

    /** Fraction of a component's maximum (absorption mode) that bounds the default figure window. */
    static final double REGION_FRACTION = 0.02;

    /** @return spectrum.csv: columns ppm, real_mol_per_ppm, imag_mol_per_ppm */
    public String spectrumCsv() {
        return org.metalnmr.spectra.output.SpectrumCsv.format(synthesis.spectrum(), "mol_per_ppm",
                1 / org.metalnmr.core.constants.PhysicalConstants.AVOGADRO);
    }

    /**
     * The ppm window a figure of this spectrum should show by default: where the absorption-mode spectrum of a metal
     * component (anything but {@link ComponentKind#NON_METAL}) reaches {@value #REGION_FRACTION} of its maximum,
     * widened by a quarter of its width on each side and to at least 40 ppm; with no metal component, the same
     * for all components.
     *
     * @return {lo, hi} [ppm], within the spectrum's axis
     */
    public double[] metalRegionPpm() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int pass = 0; pass < 2 && !(lo < hi); pass++) {
            for (ComponentSummary c : summaries) {
                Spectrum s = synthesis.components().get(c.name());
                if (s == null || (pass == 0 && c.kind() == ComponentKind.NON_METAL)) {
                    continue;
                }
                // absorption mode (the component phased on its own): dispersion tails fall off as 1/shift, too slowly to bound a window
                double phi = Math.toRadians(c.phaseDeg());
                double[] a = new double[s.axis().size()];
                double max = 0;
                for (int i = 0; i < a.length; i++) {
                    a[i] = Math.abs(s.realAt(i) * Math.cos(phi) - s.imagAt(i) * Math.sin(phi));
                    max = Math.max(max, a[i]);
                }
                for (int i = 0; i < a.length; i++) {
                    if (max > 0 && a[i] >= REGION_FRACTION * max) {
                        lo = Math.min(lo, s.axis().ppm(i));
                        hi = Math.max(hi, s.axis().ppm(i));
                    }
                }
            }
        }
        var axis = synthesis.spectrum().axis();
        double axLo = Math.min(axis.firstPpm(), axis.lastPpm());
        double axHi = Math.max(axis.firstPpm(), axis.lastPpm());
        if (!(lo <= hi)) {
            return new double[] {axLo, axHi};
        }
        double margin = Math.max(0.25 * (hi - lo), 0.5 * Math.max(0, 40 - (hi - lo)));
        return new double[] {Math.max(axLo, lo - margin), Math.min(axHi, hi + margin)};
    }
}
