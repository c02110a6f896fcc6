package org.metalnmr.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.validation.ReferenceTable;

/**
 * The published skin depths of docs/physics.md section 3 (8 nuclei x 3 fields), recomputed from the
 * resistivity and mu_r table and the IUPAC gyromagnetic ratios. Tolerance 0.3 %: the published values
 * are rounded to 4 significant figures (0.05-0.1 %) and the Larmor frequencies of their source may use
 * frequency ratios Xi rather than gamma ratios (up to 0.01 %).
 */
public final class SkinDepthChecks implements CheckProvider {

    private static final String SOURCE = "docs/physics.md sect. 3 published skin-depth table (293 K)";

    @Override
    public String topic() {
        return "01 skin-depth";
    }

    @Override
    public List<CheckResult> run() {
        ReferenceTable t = ReferenceTable.load("/reference/skin-depth/published-skin-depths.csv");
        List<CheckResult> out = new ArrayList<>();
        for (String[] r : t.rows()) {
            double mhz = Double.parseDouble(r[2]);
            double f = FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol(r[0]), mhz * 1e6);
            double d = SkinDepth.skinDepth(Materials.byName(r[1]), f, 293.0);
            out.add(CheckResult.relative("skin depth " + r[0] + " in " + r[1] + " at " + r[2] + " MHz", "skin-depth",
                    Double.parseDouble(r[3]), d * 1e6, 0.003, "um", SOURCE));
        }
        return out;
    }
}
