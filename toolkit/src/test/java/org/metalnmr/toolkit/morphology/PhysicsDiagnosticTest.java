package org.metalnmr.toolkit.morphology;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.toolkit.forward.CellPhysics;
import org.metalnmr.toolkit.forward.CellPhysicsExtraction;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.ForwardModelOptions;
import org.metalnmr.toolkit.forward.ForwardSimulation;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

class PhysicsDiagnosticTest {
    @Test
    void diag() throws Exception {
        String json = String.format(Locale.ROOT, """
                { "format": "metalnmr-scenario/1",
                  "cell": { "preset": "B", "stack": { "counterElectrodeThickness": 100e-6, "pelletThickness": 0.7e-3 } },
                  "deposits": [ { "name": "dendrites", "type": "whiskers", "site": "working-electrode", "material": "Li", "seed": 7,
                  "arealDensity": 2e10, "radius": { "distribution": "log-normal", "mean": 1.0e-6, "relativeSpread": 0.3 },
                  "length": { "distribution": "log-normal", "mean": 50e-6, "relativeSpread": 0.5 },
                  "orientation": { "model": "von-mises-fisher", "kappa": 20 } } ],
                  "nucleus": "7Li", "protonMHz": 500, "temperatureK": 323.15,
                  "acquisition": { "flipAngleDeg": 90, "spectralWidthHz": 200e3, "points": 8192, "lineBroadeningHz": 50, "carrierPpm": 130 } }
                """);
        ForwardSimulation sim = ForwardModel.defaults().withOptions(ForwardModelOptions.defaults()
                .withBmsVoxelSize(2e-4).withRfVoxelsAcrossLayer(0.5).withMaxPacketsPerDeposit(2_000)).simulate(ScenarioFiles.parse(json, "d"));
        CellPhysics ph = CellPhysicsExtraction.of(sim, "d");
        System.out.println("PHYS " + ph.knightShiftPpm() + " chi " + ph.chi() + " tilt " + ph.tiltDeg() + " fwhm " + ph.homogeneousFwhmPpm()
                + " lb " + ph.lineBroadeningFwhmPpm() + " foil packets " + ph.foil().field().length + " lag " + ph.foil().phaseLagDeg()
                + " foil mean " + ph.foil().meanShiftPpm(ph.knightShiftPpm(), ph.chi()));
        System.out.println("WHISK " + ph.whiskers());
        for (var c : sim.components()) {
            double[] s = c.packets().shiftPpm();
            double[] w = c.packets().weightRe();
            double[] wi = c.packets().weightIm();
            double sw = 0, ss = 0, swi = 0;
            for (int i = 0; i < s.length; i++) { sw += w[i]; ss += w[i] * s[i]; swi += wi[i]; }
            System.out.println("COMP " + c.name() + " " + c.kind() + " n " + s.length + " nuclei " + c.nuclei() + " sumW " + sw + " + i " + swi
                    + " mean " + ss / sw + " fwhm " + c.fwhmPpm());
        }
        for (var su : sim.summaries()) {
            System.out.println("SUM " + su);
        }
        Spectrum clean = sim.synthesize(new SpectrumSynthesizer()).spectrum();
        double[] ppm = clean.axis().ppmValues();
        MorphologySettings settings = MorphologySettings.defaults(CellOrientation.cellB()).withPhysics(ph)
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.WHISKERS)).withElectrolyteIfInRange(false);
        var whisk = sim.components().stream().filter(c -> c.name().equals("dendrites")).findFirst().orElseThrow();
        var foil = sim.components().stream().filter(c -> c.kind() == org.metalnmr.toolkit.forward.ComponentKind.BULK_METAL).toList();
        double fr = 0, fi = 0;
        for (var f : foil) { fr += f.packets().totalWeightRe(); fi += f.packets().totalWeightIm(); }
        MorphologyModel m = MorphologyModel.of(settings, Map.of(MorphologyParameter.FOIL_AMOUNT, Math.hypot(fr, fi),
                MorphologyParameter.WHISKER_AMOUNT, whisk.nuclei(), MorphologyParameter.WHISKER_SPREAD_DEG, Math.toDegrees(1 / Math.sqrt(20)),
                MorphologyParameter.WHISKER_PACKING, ph.whiskers().packing(), MorphologyParameter.WHISKER_GAUSS_VAR, 0.0,
                MorphologyParameter.PHASE_DEG, 0.0), clean.axis().stepPpm(), 200, 320);
        System.out.println("PARAMS " + m.parameters());
        System.out.println("WMEAN model " + m.shiftDistribution(MorphologyComponent.WHISKERS, m.initialValues()).meanPpm()
                + " foil " + m.shiftDistribution(MorphologyComponent.FOIL, m.initialValues()).meanPpm());
        double[] out = new double[ppm.length];
        m.evaluate(ppm, m.initialValues(), out);
        double peak = 0;
        for (double v : clean.real()) peak = Math.max(peak, v);
        System.out.println("PEAK " + peak + " axis step " + clean.axis().stepPpm() + " ppm0 " + ppm[0] + " ppm1 " + ppm[1]);
        double[] d = new double[10];
        double hw = ph.lorentzianHwhmPpm();
        for (int i = 0; i < ppm.length; i++) {
            if (ppm[i] > 238 && ppm[i] < 243) {
                double dr = 0;
                for (var f : foil) {
                    double[] s = f.packets().shiftPpm(); double[] w = f.packets().weightRe(); double[] wi = f.packets().weightIm();
                    for (int k = 0; k < s.length; k++) {
                        org.metalnmr.core.lineshape.ComplexVoigt.value(ppm[i] - s[k], hw, 0, d);
                        dr += w[k] * d[0] - wi[k] * d[1];
                    }
                }
                double[] one = new double[ppm.length];
                System.out.printf(Locale.ROOT, "DIRECT %.3f synth %.5g direct %.5g model %.5g%n", ppm[i], clean.real()[i], dr, out[i]);
            }
        }
        for (int i = 0; i < ppm.length; i++) {
            if (ppm[i] > 230 && ppm[i] < 290 && i % 4 == 0) {
                System.out.printf(Locale.ROOT, "CMP %.2f %.5f %.5f %.5f%n", ppm[i], clean.real()[i] / peak, out[i] / peak, (clean.real()[i] - out[i]) / peak);
            }
        }
    }
}
