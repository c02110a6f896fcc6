package org.metalnmr.validation.checks;

import java.util.List;

import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.rf.penetration.AxialCylinderPenetration;
import org.metalnmr.rf.penetration.SlabPenetration;
import org.metalnmr.rf.penetration.SpherePenetration;
import org.metalnmr.rf.shield.ConductingShield;
import org.metalnmr.rf.signal.BodySignal;
import org.metalnmr.rf.signal.ReciprocitySignal;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;

/**
 * The skin-effect limits of the RF signal: thick metal (the 45 degree Bloembergen phase and the
 * skin-layer signal), thin metal (fully seen, phase 0), and the RF shielding of a pouch-cell
 * aluminium layer.
 */
public final class RfClosedFormChecks implements CheckProvider {

    @Override
    public String topic() {
        return "02 rf-penetration";
    }

    @Override
    public List<CheckResult> run() {
        Material li = Materials.byName("Li");
        double f500 = FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol("7Li"), 500e6);
        double d = SkinDepth.skinDepth(li, f500, 293);
        double t = 5e-4;
        BodySignal thick = ReciprocitySignal.smallFlip(new SlabPenetration(t, d));
        BodySignal thin = ReciprocitySignal.smallFlip(new SlabPenetration(0.01 * d, d));
        BodySignal thinWire = ReciprocitySignal.smallFlip(new AxialCylinderPenetration(0.02 * d, d));
        BodySignal thickSphere = ReciprocitySignal.smallFlip(new SpherePenetration(2000 * d, d));

        // 10 um Al at the 7Li frequency of a 4.7 T magnet (77.8 MHz); docs/physics.md sect. 3:
        // "attenuates the Li RF field by up to about 70 %" -> a range check [0, 0.70] on the signal loss
        Material al = Materials.byName("Al");
        double f77 = FieldConversions.larmorFrequency(Nuclei.bySymbol("7Li"), 4.7);
        double dAl = SkinDepth.skinDepth(al, f77, 293);
        double loss = ConductingShield.sheet(10e-6, dAl).signalAttenuation();

        String bloem = "Bloembergen, J. Appl. Phys. 23, 1383 (1952): thick metal, equal absorption and dispersion";
        return List.of(
                new CheckResult("thick Li slab (0.5 mm, 500 MHz) phase lag", "rf-penetration", 45.0, thick.phaseLagDeg(), 0.5, "deg", bloem),
                CheckResult.relative("thick Li slab visible fraction = d/(sqrt2 t)", "rf-penetration", d / (Math.sqrt(2) * t),
                        thick.visibleFraction(), 0.01, "1", "closed form: two faces of integral exp(-2(1+i)x/d) dx (docs/physics.md sect. 3)"),
                new CheckResult("thick sphere (D = 2000 d) phase lag (curvature: O(d/R))", "rf-penetration", 45.0, thickSphere.phaseLagDeg(), 0.5, "deg", bloem),
                new CheckResult("thin slab (t = 0.01 d) fully seen", "rf-penetration", 1.0, thin.visibleFraction(), 1e-4, "1",
                        "limit size << d: uniform field (docs/physics.md sect. 3; Bhattacharyya et al., Nat. Mater. 9, 504, 2010)"),
                new CheckResult("thin whisker (D = 0.02 d, axial field) fully seen", "rf-penetration", 1.0, thinWire.visibleFraction(), 1e-4, "1",
                        "limit size << d: uniform field (docs/physics.md sect. 3)"),
                new CheckResult("10 um Al pouch layer, 7Li at 4.7 T: signal loss (range 0-0.70)", "rf-penetration", 0.35, loss, 0.35, "1",
                        "docs/physics.md sect. 3: up to about 70 % attenuation at 77 MHz (open-sheet model, T = 1/cosh(kt))"));
    }
}
