package org.metalnmr.toolkit.morphology;

import org.joml.Vector3d;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.shift.AxisDistribution;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.susceptibility.shift.PackedDeposit;
import org.metalnmr.susceptibility.shift.PopulationShift;
import org.metalnmr.susceptibility.shift.ShiftDistribution;
import org.metalnmr.toolkit.forward.CellPhysics;
import org.metalnmr.toolkit.forward.WhiskerSample;

/**
 * The spin packets of each component of the {@link MorphologyModel} at given quantities (by
 * {@link MorphologyParameter} ordinal): the foil's plates, the bent foil's azimuths, the whiskers' and mossy metal's
 * packed-deposit quadratures, the electrolyte line and the counter foil; the physics and its sources are in the
 * Javadoc of {@link MorphologyModel}. Immutable.
 */
final class MorphologyPackets {

    private static final int POLAR_NODES = 32;
    private static final int AZIMUTH_NODES = 24;
    private static final int BENT_AZIMUTHS = 32;
    private static final Vector3d Z = new Vector3d(0, 0, 1);

    private final MorphologySettings settings;
    private final Vector3d normal;

    /** @param settings what the model contains (cell orientation, whisker orientation law, optional cell physics) */
    MorphologyPackets(MorphologySettings settings) {
        this.settings = settings;
        this.normal = settings.cell().normal();
    }

    /**
     * Packet shifts [ppm] and weights (sum 1); wi the imaginary parts of complex weights (a scenario's foil, whose
     * packets' RF phases differ), null when the weights are real.
     */
    record Packets(double[] s, double[] w, double[] wi) {

        Packets(double[] s, double[] w) {
            this(s, w, null);
        }
    }

    Packets forComponent(MorphologyComponent c, double[] q) {
        double k = q[MorphologyParameter.KNIGHT_PPM.ordinal()];
        double chi = q[MorphologyParameter.CHI_PPM.ordinal()] * 1e-6;
        MetalShiftParameters metal = new MetalShiftParameters(k, chi);
        CellOrientation cell = settings.cell();
        CellPhysics physics = settings.physics();
        switch (c) {
            case FOIL -> {
                if (physics != null) {
                    // the forward model's foil: packets over its faces, shift K + chi n_i, complex skin-layer weights
                    double[] n = physics.foil().field();
                    double[] s = new double[n.length];
                    for (int i = 0; i < n.length; i++) {
                        s[i] = k + chi * 1e6 * n[i];
                    }
                    return new Packets(s, physics.foil().weightRe().clone(), physics.foil().weightIm().clone());
                }
                double rough = q[MorphologyParameter.FOIL_ROUGHNESS_DEG.ordinal()];
                if (!(rough > 0)) {
                    return new Packets(new double[] {metal.shiftPpm(cell.plateNzz())}, new double[] {1});
                }
                // locally flat plates (radius of curvature much larger than the skin depth) with von Mises-Fisher normals
                AxisDistribution normals = WhiskerOrientation.VON_MISES_FISHER.distribution(normal, rough);
                int az = cell.tiltDeg() < 1e-12 ? 1 : AZIMUTH_NODES;
                PackedDeposit isolated = new PackedDeposit(0, DemagnetizingFactors.THIN_PLATE, DemagnetizingFactors.SPHERE,
                        BodyOrientation.axisAlong(normal));
                return fromDistribution(PopulationShift.packed(metal, isolated, normals, POLAR_NODES, az));
            }
            case BENT_FOIL -> {
                double sin2 = 1 - cell.plateNzz();
                if (sin2 < 1e-12) {
                    return new Packets(new double[] {metal.shiftPpm(0)}, new double[] {1});
                }
                double[] s = new double[BENT_AZIMUTHS];
                double[] w = new double[BENT_AZIMUTHS];
                for (int a = 0; a < BENT_AZIMUTHS; a++) {
                    double cos = Math.cos(2 * Math.PI * (a + 0.5) / BENT_AZIMUTHS);
                    s[a] = metal.shiftPpm(sin2 * cos * cos);
                    w[a] = 1.0 / BENT_AZIMUTHS;
                }
                return new Packets(s, w);
            }
            case WHISKERS -> {
                double p = q[MorphologyParameter.WHISKER_PACKING.ordinal()];
                double spread = q[MorphologyParameter.WHISKER_SPREAD_DEG.ordinal()];
                AxisDistribution axes = settings.whiskerOrientation().distribution(normal, spread);
                int az = cell.tiltDeg() < 1e-12 ? 1 : AZIMUTH_NODES;
                CellPhysics.DepositField dep = depositPhysics(c);
                if (dep != null && dep.sample() != null) {
                    return offset(fromSample(dep, k, chi, axes, p), q);
                }
                if (dep != null) {
                    // each whisker sees its own packing along its height (the scenario's distribution about the mean, scaled
                    // by the fitted mean p): one orientation quadrature per packing node
                    double[] ratio = dep.packingRatio();
                    double[] share = dep.packingWeight();
                    Packets[] parts = new Packets[ratio.length];
                    int total = 0;
                    for (int g = 0; g < ratio.length; g++) {
                        parts[g] = fromDistribution(PopulationShift.packed(inCell(dep, k, chi), layer(p * ratio[g], dep.particle()), axes, POLAR_NODES, az));
                        total += parts[g].s.length;
                    }
                    // and each its own cell field (it varies over the face): copies shifted by chi (n_h - <n>)
                    double[] field = dep.field();
                    double[] fieldShare = dep.fieldWeight();
                    double[] s = new double[total * field.length];
                    double[] w = new double[total * field.length];
                    int at = 0;
                    for (int h = 0; h < field.length; h++) {
                        double move = chi * 1e6 * (field[h] - dep.fieldOffset());
                        for (int g = 0; g < ratio.length; g++) {
                            for (int i = 0; i < parts[g].s.length; i++) {
                                s[at] = parts[g].s[i] + move;
                                w[at] = parts[g].w[i] * share[g] * fieldShare[h];
                                at++;
                            }
                        }
                    }
                    return offset(new Packets(s, w), q);
                }
                return offset(fromDistribution(PopulationShift.packed(metal, layer(p), axes, POLAR_NODES, az)), q);
            }
            case MOSSY -> {
                double p = q[MorphologyParameter.MOSSY_PACKING.ordinal()];
                // isotropic axes: the shift depends on n_z^2 only, so the upper hemisphere about z (a cone of half-angle
                // 90 deg, t' = n_z uniform in [0, 1]) is the same distribution with twice the resolution; one azimuth is exact
                CellPhysics.DepositField dep = depositPhysics(c);
                if (dep != null) {
                    return offset(fromDistribution(PopulationShift.packed(inCell(dep, k, chi), layer(p, dep.particle()), AxisDistribution.cone(Z, Math.PI / 2),
                            POLAR_NODES, 1)), q);
                }
                return offset(fromDistribution(PopulationShift.packed(metal, layer(p), AxisDistribution.cone(Z, Math.PI / 2), POLAR_NODES, 1)), q);
            }
            case ELECTROLYTE -> {
                return new Packets(new double[] {q[MorphologyParameter.ELECTROLYTE_SHIFT_PPM.ordinal()]}, new double[] {1});
            }
            case COUNTER_FOIL -> {
                // the working foil's plates (same roughness) in the counter electrode's field: a rigid offset
                Packets f = forComponent(MorphologyComponent.FOIL, q);
                double[] s = f.s.clone();
                double o = q[MorphologyParameter.COUNTER_FOIL_OFFSET_PPM.ordinal()];
                for (int i = 0; i < s.length; i++) {
                    s[i] += o;
                }
                return new Packets(s, f.w);
            }
            default -> throw new InternalInvariantException(CoreMessage.UNHANDLED_CASE, "MorphologyPackets", "component " + c);
        }
    }

    /**
     * The scenario's sampled whiskers (CellPhysics.DepositField#sample, one packet each, with the forward model's complex
     * RF weights normalised to sum 1): their axes turned to the fitted spread by rank, their packing and neighbour field
     * scaled by the fitted mean packing over the scenario's, at the fitted K and chi ({@code WhiskerSample#shiftsPpm}, the
     * forward model's own formula).
     */
    private static Packets fromSample(CellPhysics.DepositField dep, double k, double chi, AxisDistribution axes, double packing) {
        WhiskerSample sample = dep.sample();
        double scale = dep.packing() > 0 ? packing / dep.packing() : 1;
        double[] s = sample.shiftsPpm(k, chi, axes, scale);
        double[] re = sample.weightRe();
        double[] im = sample.weightIm();
        double sr = 0;
        double si = 0;
        for (int i = 0; i < re.length; i++) {
            sr += re[i];
            si += im[i];
        }
        double norm = sr * sr + si * si;
        double[] w = new double[re.length];
        double[] wi = new double[re.length];
        for (int i = 0; i < re.length; i++) {
            // W_i / sum W
            w[i] = (re[i] * sr + im[i] * si) / norm;
            wi[i] = (im[i] * sr - re[i] * si) / norm;
        }
        return new Packets(s, w, wi);
    }

    private PackedDeposit layer(double packing) {
        return layer(packing, DemagnetizingFactors.LONG_NEEDLE);
    }

    private PackedDeposit layer(double packing, DemagnetizingFactors particle) {
        return new PackedDeposit(Math.max(0, Math.min(1, packing)), particle, DemagnetizingFactors.THIN_PLATE,
                BodyOrientation.axisAlong(normal));
    }

    /**
     * A deposit in the scenario's cell: its particles' own shape and the packed layer count with the contrast
     * chi - chi_host to the medium they grow in, and all of it sits in the cell's field at the deposit, chi n_offset
     * (as {@code ForwardModel} places whiskers and porous layers: {@code CellBmsField.particleShiftPpm} plus
     * {@code PackedDeposit.packedLayerTermPpm} with the contrast).
     */
    private static MetalShiftParameters inCell(CellPhysics.DepositField dep, double knightPpm, double chi) {
        return new MetalShiftParameters(knightPpm + chi * 1e6 * dep.fieldOffset(), chi - dep.hostChi());
    }

    private static Packets fromDistribution(ShiftDistribution d) {
        return new Packets(d.shiftPpm(), d.weight());
    }

    private static Packets offset(Packets p, double[] q) {
        double o = q[MorphologyParameter.DEPOSIT_OFFSET_PPM.ordinal()];
        if (o != 0) {
            for (int i = 0; i < p.s.length; i++) {
                p.s[i] += o;
            }
        }
        return p;
    }

    /** @return the scenario's field of deposit component c, null without cell physics or for other components */
    CellPhysics.DepositField depositPhysics(MorphologyComponent c) {
        CellPhysics ph = settings.physics();
        if (ph == null) {
            return null;
        }
        return switch (c) {
            case WHISKERS -> ph.whiskers();
            case MOSSY -> ph.mossy();
            default -> null;
        };
    }
}
