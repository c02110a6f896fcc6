package org.metalnmr.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.validation.rf.PorousComparison;

/**
 * The effective-medium model of porous deposits ({@code rf.porous}: sigma_eff = sigma (p - p_c)/(1 - p_c),
 * slab closed form with d_eff, times each strand's own axial-cylinder factor) against explicit random
 * strand arrays solved with the 2D eddy-current solver ({@link PorousComparison}: strands 2 um = d/5 in
 * a layer 4d thick, RF field along the strands, seed 42, p_c = 0.676 for overlapping disks).
 * <ul>
 * <li>Isolated strands (p = 0.15 and 0.30): no connected path, each strand is penetrated on its own:
 * the model's real and imaginary parts within 1e-3 (the 2D discretisation error of a 2 um strand at
 * s/8 spacing, docs/rf-solvers.md section 5).</li>
 * <li>Dense connected networks (overlapping strands, p = 0.9 and 0.97): the mean |S| of the model
 * (at each sample's covered fraction) within 15 % of the mean |S| of four explicit random arrays
 * (seeds 42-45), the documented agreement of the linear EMA law for p &gt;= 0.9 (docs/rf-solvers.md
 * section 5). An ensemble, not one sample: at p = 0.9 single layers of 20 strand diameters scatter by
 * about +-12 % (|S| = 0.151-0.197 for these seeds; seed 42 alone is 15.0 % off the model, the others
 * 2-6 %), so 15 % is about 2.5 standard errors of the four-sample mean. Near the percolation
 * threshold (p = 0.7-0.8) the law is known to fail and is not checked.</li>
 * </ul>
 */
public final class EffectiveMediumChecks implements CheckProvider {

    private static final String TOPIC = "rf-porous";
    private static final double S = 2e-6;
    private static final double LAYER = 4e-5;
    private static final double PC = 0.676;
    private static final int SAMPLES = 4;
    private static final String SOURCE = "explicit random strand array, 2D eddy solver (docs/rf-solvers.md sect. 5)";

    @Override
    public String topic() {
        return "04 rf-porous";
    }

    @Override
    public List<CheckResult> run() {
        List<CheckResult> out = new ArrayList<>();
        for (double p : new double[] {0.15, 0.30}) {
            Complex[] r = PorousComparison.run(false, p, S, LAYER, 42);
            Complex model = PorousComparison.model(r[1].getReal(), PC, S, LAYER);
            String name = String.format(java.util.Locale.ROOT, "isolated strands p = %.2f: EMA", p);
            out.add(new CheckResult(name + " Re S/V", TOPIC, r[0].getReal(), model.getReal(), 1e-3, "1", SOURCE));
            out.add(new CheckResult(name + " Im S/V", TOPIC, r[0].getImaginary(), model.getImaginary(), 1e-3, "1", SOURCE));
        }
        for (double p : new double[] {0.9, 0.97}) {
            double numeric = 0;
            double model = 0;
            for (long seed = 42; seed < 42 + SAMPLES; seed++) {
                Complex[] r = PorousComparison.run(true, p, S, LAYER, seed);
                numeric += r[0].norm() / SAMPLES;
                model += PorousComparison.model(r[1].getReal(), PC, S, LAYER).norm() / SAMPLES;
            }
            out.add(CheckResult.relative(String.format(java.util.Locale.ROOT, "connected network p = %.2f (4 samples): EMA mean |S/V|", p), TOPIC,
                    numeric, model, 0.15, "1", SOURCE + "; linear EMA law, p_c = 0.676"));
        }
        return out;
    }
}
