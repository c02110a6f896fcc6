package org.metalnmr.toolkit.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.lineshape.Lorentzian;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;
import org.metalnmr.core.synthesis.SynthesisResult;
import org.metalnmr.geometry.deposit.VonMisesFisherOrientation;
import org.metalnmr.toolkit.forward.Component;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardSimulation;

/**
 * The cell panel: cell A against cell B (docs/physics.md section 2), spectra of the foil, the whiskers and
 * the lines of the built-in compare-cells scenario from {@link CellSolveCache}: the fields solved once, each
 * variant's packets (isotope, flip angle, whisker orientation spread and packing) re-run on them by the forward
 * model, and what is cheaper still done per request: the deposit amount at the same packing (the whiskers are
 * thinner than the skin depth, so their signal scales with their number; more of the face covered) and the line
 * broadening of the acquisition (the same synthesis as {@link ForwardSimulation#synthesize()}, with the broadening
 * replaced).
 */
final class CellPanel {

    /** Spectral window shown [ppm]. */
    static final double LOW_PPM = -40;
    /** Upper end of the window [ppm]. */
    static final double HIGH_PPM = 340;
    /** Most points of a returned spectrum. */
    static final int MAX_POINTS = 1200;

    private final CellSolveCache cache;

    CellPanel(CellSolveCache cache) {
        this.cache = cache;
    }

    /**
     * @param q parameters: isotope, flipDeg, kappa, whiskersPerMm2 (each a re-run of the packets), depositScale, broadeningHz
     * @return the status, and when solved both cells' spectra and summaries
     */
    Map<String, Object> answer(QueryParameters q) {
        CellVariant v = CellVariant.read(q);
        double scale = q.number("depositScale", "[1]", 0, 5, 1);
        double broadening = q.number("broadeningHz", "[Hz]", 0, 5000, 50);
        q.refuseUnread();
        CellSolveCache.Lookup look = cache.lookup(v);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("status", look.status());
        r.put("isotope", v.isotope());
        r.put("flipDeg", v.flipDeg());
        r.put("kappa", v.kappa());
        r.put("meanTiltDeg", Math.toDegrees(Math.acos(new VonMisesFisherOrientation(v.kappa()).meanCosine())));
        r.put("whiskersPerMm2", v.whiskersPerMm2());
        r.put("facePacking", CellSolveCache.facePacking(v.whiskersPerMm2()));
        r.put("depositScale", scale);
        r.put("broadeningHz", broadening);
        if (look.stage() != null) {
            r.put("stage", look.stage());
        }
        if (look.error() != null) {
            r.put("error", look.error());
        }
        if (look.pair() == null) {
            return r;
        }
        r.put("computedBy", v.equals(CellVariant.DEFAULT) ? "field solves" : "packets re-run on the kept fields");
        r.put("solveSeconds", look.pair().seconds());
        Map<String, Object> a = cell(look.pair().cellA(), scale, broadening);
        Map<String, Object> b = cell(look.pair().cellB(), scale, broadening);
        r.put("cellA", a);
        r.put("cellB", b);
        r.put("metalIntegralRatioBOverA", (double) b.get("metalIntegralMol") / (double) a.get("metalIntegralMol"));
        return r;
    }

    /** @return the maps PNG (the fields of both cells), or null while they are being solved */
    byte[] mapsPng() {
        return cache.mapsPng();
    }

    /** One cell's spectrum, its components' spectra (real part) and summaries, deposits scaled. */
    static Map<String, Object> cell(ForwardSimulation sim, double depositScale, double broadeningHz) {
        List<SpinPopulation> pops = new ArrayList<>();
        List<Map<String, Object>> summaries = new ArrayList<>();
        double metal = 0;
        for (Component c : sim.components()) {
            double f = isDeposit(c.kind()) ? depositScale : 1;
            SpinPackets p = c.packets();
            SpinPackets scaled = new SpinPackets(p.shiftPpm(), times(p.weightRe(), f), times(p.weightIm(), f));
            double hwhmHz = c.fwhmPpm() * 1e-6 * sim.larmorHz() / 2;
            pops.add(new SpinPopulation(c.name(), scaled, new Lorentzian(hwhmHz)));
            double integralMol = Math.hypot(scaled.totalWeightRe(), scaled.totalWeightIm()) / PhysicalConstants.AVOGADRO;
            if (c.kind() != ComponentKind.NON_METAL) {
                metal += integralMol;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", c.name());
            s.put("kind", c.kind().name());
            s.put("integralMol", integralMol);
            s.put("nucleiMol", c.nuclei() * f / PhysicalConstants.AVOGADRO);
            summaries.add(s);
        }
        Acquisition acq = sim.acquisition();
        Acquisition widened = new Acquisition(acq.spectralWidthHz(), acq.points(), acq.referenceFrequencyHz(), acq.carrierPpm(),
                broadeningHz, acq.phase0Deg(), acq.phase1Deg());
        SynthesisResult res = new SpectrumSynthesizer().synthesize(pops, widened);
        double[] ppm = res.spectrum().axis().ppmValues();
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = 0; i < ppm.length; i++) {
            if (ppm[i] >= LOW_PPM && ppm[i] <= HIGH_PPM) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        int stride = Math.max(1, (int) Math.ceil((hi - lo + 1) / (double) MAX_POINTS));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ppm", window(ppm, lo, hi, stride, 1));
        out.put("total", window(res.spectrum().real(), lo, hi, stride, 1 / PhysicalConstants.AVOGADRO));
        Map<String, Object> comps = new LinkedHashMap<>();
        for (Map.Entry<String, Spectrum> e : res.components().entrySet()) {
            comps.put(e.getKey(), window(e.getValue().real(), lo, hi, stride, 1 / PhysicalConstants.AVOGADRO));
        }
        out.put("components", comps);
        out.put("summaries", summaries);
        out.put("metalIntegralMol", metal);
        // the whisker line's position: the |w|-weighted mean shift of its packets (independent of the deposit amount)
        out.put("whiskerShiftPpm", sim.summaries().stream().filter(c -> c.kind() == ComponentKind.WHISKERS)
                .mapToDouble(ComponentSummary::meanShiftPpm).findFirst().orElse(Double.NaN));
        out.put("intensityUnit", "mol/ppm");
        return out;
    }

    private static boolean isDeposit(ComponentKind k) {
        return k != ComponentKind.BULK_METAL && k != ComponentKind.NON_METAL;
    }

    private static double[] times(double[] v, double f) {
        double[] o = v.clone();
        for (int i = 0; i < o.length; i++) {
            o[i] *= f;
        }
        return o;
    }

    private static double[] window(double[] v, int lo, int hi, int stride, double factor) {
        int n = (hi - lo) / stride + 1;
        double[] o = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = v[lo + i * stride] * factor;
        }
        return o;
    }
}
