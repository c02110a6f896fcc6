package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.cell.NamedDeposit;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.cell.Scene;
import org.metalnmr.geometry.deposit.DeadLithiumPopulation;
import org.metalnmr.geometry.deposit.DenseLayer;
import org.metalnmr.geometry.deposit.Deposit;
import org.metalnmr.geometry.deposit.PorousLayer;
import org.metalnmr.geometry.deposit.SurfaceSite;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.rf.penetration.AxialCylinderPenetration;
import org.metalnmr.rf.penetration.BackedSlabPenetration;
import org.metalnmr.rf.penetration.SpherePenetration;
import org.metalnmr.rf.penetration.TransverseCylinderPenetration;
import org.metalnmr.rf.porous.EffectiveMediumConductivity;
import org.metalnmr.rf.porous.IsolatedParticles;
import org.metalnmr.rf.porous.ParticleShape;
import org.metalnmr.rf.porous.PorousDeposit;
import org.metalnmr.rf.potential.SurfaceElement;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.shift.AxisDistribution;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.susceptibility.shift.PackedDeposit;
import org.metalnmr.susceptibility.shift.PopulationShift;
import org.metalnmr.susceptibility.shift.RootedLayerPacking;
import org.metalnmr.susceptibility.shift.ShiftDistribution;
import org.metalnmr.toolkit.scenario.NonMetalLine;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * The forward model: a cell scenario to its spin packets (docs/physics.md sections 3-5). Each packet has a
 * shift (Knight shift + BMS) and a complex weight (number of nuclei times the RF factor):
 * <ul>
 * <li><b>mm metal parts</b> (the foil electrode of the observed metal): the RF field around all the
 * cell's conductors is solved as for a perfect diamagnet ({@link CellRfField}); each surface
 * element of area dA and tangential field h_t (its part transverse to B0, which alone nutates and is
 * received) gives the skin-layer signal
 * n dA d b h_t K(theta0 b h_t) ({@link SkinLayerFlip}); its shift is the Knight shift plus the
 * macroscopic BMS field of the whole stack just inside that surface ({@link CellBmsField}).</li>
 * <li><b>whiskers</b>: each fully or partly penetrated cylinder (closed forms for the axial and the
 * transverse field, mixed by the angle between whisker and local field, which near a screen lies in
 * the face), excited by the local field |h| of the cell solve at its base; shift
 * K + chi (1/3 - N_p,zz) + &lt;p&gt; chi (N_p,zz - N_s,zz) + the cell's field at its middle (the packed-deposit
 * mean field of docs/physics.md section 4, N_s that of a thin layer along the face, &lt;p&gt; the packing the whisker
 * sees along its own height in the graded layer ({@link RootedLayerPacking}; checked against voxel solves of
 * rooted columns to 0.002 chi for packings up to 0.09, 0.007 chi at 0.18 and 0.012 chi at 0.28;
 * docs/susceptibility.md, "Rooted populations").</li>
 * <li><b>porous / mossy layers</b>: effective-medium RF factor per metal volume ({@link PorousDeposit}),
 * isotropic strand orientations, packed-deposit shift distribution.</li>
 * <li><b>dense layers</b> and <b>dead metal</b>: a plate backed by the electrode, and spheroidal
 * fragments (sphere closed form for their penetration, spheroid demagnetising factors).</li>
 * <li><b>non-metal lines</b>: one packet each, fully excited at the coil centre.</li>
 * </ul>
 * For bodies thinner than d the flip-angle dependence is b h sin(theta0 b h) (exact for a uniform
 * field); weights are in nuclei-equivalents: a thin body at the coil centre after a 90 degree pulse
 * weighs its number of nuclei. The coil's inhomogeneity b(r) comes from Biot-Savart over the winding.
 * The BMS field is that of the whole cell in air, PEEK housing included ({@link CellBmsField}).
 *
 * <p>The ppm axis: shifts are against the applied field far from the cell, i.e. the axis of an
 * external reference with no BMS of its own. The material table's Knight shifts were fitted to
 * spectra referenced to external 1 M LiCl(aq) at 0 ppm with the same BMS model (Trease et al. 2012),
 * which puts the reference's own BMS into K: the simulated axis is the experimental one, 1 M
 * LiCl(aq) at 0 ppm. Non-metal lines are placed at the shift given (their observed position).</p>
 * Configured by {@code with*} methods.
 */
public final class ForwardModel {

    /** The static field direction of the lab frame (docs/physics.md section 2: B0 along z). */
    private static final double[] B0_DIRECTION = {0, 0, 1};

    private final ForwardModelOptions options;

    private ForwardModel(ForwardModelOptions options) {
        this.options = options;
    }

    /** @return the model with {@link ForwardModelOptions#defaults()} */
    public static ForwardModel defaults() {
        return new ForwardModel(ForwardModelOptions.defaults());
    }

    /**
     * @param o numerical settings
     * @return a model with them
     */
    public ForwardModel withOptions(ForwardModelOptions o) {
        return new ForwardModel(o);
    }

    /** @return the numerical settings */
    public ForwardModelOptions options() {
        return options;
    }

    /**
     * @param scenario the cell, deposits, nucleus, field and acquisition
     * @return the spin packets of every component, with the field solutions behind them
     */
    public ForwardSimulation simulate(Scenario scenario) {
        Scene scene = scenario.buildScene();
        Nucleus nucleus = Nuclei.bySymbol(scenario.nucleus());
        String element = scenario.nucleus().replaceAll("^[0-9]+", "");
        double larmorHz = nucleus.larmorFrequency(scenario.b0Tesla());
        double theta0 = Math.toRadians(scenario.acquisition().flipAngleDeg());
        List<Part> parts = scene.parts();
        Vector3d stackNormal = stackNormal(parts);
        double thinnest = thinnestObservedMetal(parts, element);

        long t0 = System.nanoTime();
        CellBmsField bms = CellBmsField.solve(parts, stackNormal, thinnest, options, scenario.materials());
        long t1 = System.nanoTime();
        CoilWeight coil = new CoilWeight(scene.coil());
        CellRfField rf = CellRfField.solve(parts, coil.axis(), element, options);
        long t2 = System.nanoTime();

        List<Component> components = new ArrayList<>();
        for (Part p : parts) {
            if (p.role() != PartRole.HOUSING && p.material().equals(element)) {
                components.add(bulkMetal(scenario.material(p.material()), p, nucleus, larmorHz, theta0, scenario.temperatureK(), bms, rf, coil));
            }
        }
        for (NamedDeposit nd : scene.deposits()) {
            if (nd.deposit().material().equals(element)) {
                components.add(deposit(scenario.material(nd.deposit().material()), nd, nucleus, larmorHz, theta0, scenario.temperatureK(), bms, rf, coil));
            }
        }
        Vector3d centre = new Vector3d(scene.coil().centre());
        for (NonMetalLine line : scenario.lines()) {
            components.add(nonMetal(line, nucleus, theta0, coil.relativeAmplitude(centre)));
        }
        long t3 = System.nanoTime();
        return new ForwardSimulation(scenario, scene, larmorHz, components, bms, rf,
                new double[] {(t1 - t0) * 1e-9, (t2 - t1) * 1e-9, (t3 - t2) * 1e-9});
    }

    // ----- components -----------------------------------------------------------------------

    private Component bulkMetal(Material m, Part part, Nucleus nucleus, double larmorHz, double theta0, double temperatureK,
                                CellBmsField bms, CellRfField rf, CoilWeight coil) {
        MetalShiftParameters shift = MetalShiftParameters.of(m, nucleus.symbol());
        double d = SkinDepth.skinDepth(m, larmorHz, temperatureK);
        double n = observedNucleiPerVolume(m, nucleus);
        List<SurfaceElement> surface = rf.surface(part.name());
        int count = surface.size();
        double[] s = new double[count];
        double[] wr = new double[count];
        double[] wi = new double[count];
        Body body = part.body();
        // sample the BMS map inside the metal: at least one skin depth deep, and deeper than half a voxel along the
        // stack normal (3/4 of it), so that the trilinear stencil through the faces holds no voxel outside the metal
        double depth = Math.min(thickness(body) / 2, Math.max(d, 0.75 * bms.normalVoxelSize()));
        Vector3d p = new Vector3d();
        Vector3d nrm = new Vector3d();
        for (int e = 0; e < count; e++) {
            SurfaceElement el = surface.get(e);
            p.set(el.x(), el.y(), el.z());
            nrm.set(el.normalX(), el.normalY(), el.normalZ());
            // move the staircase face onto the true surface, then just inside it (signed distance < 0 inside)
            for (int it = 0; it < 3; it++) {
                double sd = body.signedDistance(p);
                p.fma(-(sd + depth), nrm);
            }
            double b = coil.relativeAmplitude(p);
            // only the part of the surface field transverse to B0 (z) tips and is received by the spins
            double ht = Math.sqrt(Math.max(0, el.transverseSquared(B0_DIRECTION)));
            Complex w = SkinLayerFlip.k(theta0 * b * ht).multiply(n * el.areaM2() * d * b * ht);
            s[e] = shift.knightShiftPpm() + bms.insideShiftPpm(p);
            wr[e] = w.getReal();
            wi[e] = w.getImaginary();
        }
        return new Component(part.name(), ComponentKind.BULK_METAL, m.name(), body.volume(), body.volume() * n,
                new SpinPackets(s, wr, wi), options.metalFwhmPpm());
    }

    private Component deposit(Material m, NamedDeposit nd, Nucleus nucleus, double larmorHz, double theta0, double temperatureK,
                              CellBmsField bms, CellRfField rf, CoilWeight coil) {
        Deposit dep = nd.deposit();
        MetalShiftParameters shift = MetalShiftParameters.of(m, nucleus.symbol());
        double d = SkinDepth.skinDepth(m, larmorHz, temperatureK);
        double n = observedNucleiPerVolume(m, nucleus);
        SurfaceSite site = dep.site();
        Vector3d above = new Vector3d(site.normal()).mul(1.5 * rf.voxelSize()).add(site.centre());
        double b = coil.relativeAmplitude(site.centre());
        if (dep instanceof WhiskerPopulation w) {
            return whiskers(nd.name(), w, m, shift, d, n, theta0, bms, rf, b);
        }
        if (dep instanceof PorousLayer pl) {
            return porous(nd.name(), pl, m, shift, d, n, theta0, bms, rf.fieldMagnitude(above) * b);
        }
        if (dep instanceof DenseLayer dl) {
            double h = rf.fieldMagnitude(above) * b;
            Complex f = BackedSlabPenetration.onPerfectConductor(dl.thickness(), d).signalPerVolume();
            Complex w = f.multiply(dl.totalVolume() * n * h * Math.sin(theta0 * h));
            double nzz = site.normal().z() * site.normal().z();
            Vector3d mid = new Vector3d(site.normal()).mul(dl.thickness() / 2).add(site.centre());
            double s = shift.knightShiftPpm() + bms.particleShiftPpm(mid, shift.chi(), nzz);
            return new Component(nd.name(), ComponentKind.DENSE_LAYER, m.name(), dl.totalVolume(), dl.totalVolume() * n,
                    new SpinPackets(new double[] {s}, new double[] {w.getReal()}, new double[] {w.getImaginary()}), options.metalFwhmPpm());
        }
        DeadLithiumPopulation dead = (DeadLithiumPopulation) dep;
        return deadMetal(nd.name(), dead, m, shift, d, n, theta0, bms, rf, b);
    }

    private Component whiskers(String name, WhiskerPopulation w, Material m, MetalShiftParameters shift, double d,
                               double n, double theta0, CellBmsField bms, CellRfField rf, double b) {
        int total = (int) Math.min(Integer.MAX_VALUE, w.count());
        int stride = Math.max(1, (int) Math.ceil((double) total / options.maxPacketsPerDeposit()));
        int count = (total + stride - 1) / stride;
        double[] bases = w.bases();
        double[] dirs = w.directions();
        double[] radii = w.radii();
        double[] lengths = w.lengths();
        Vector3dc normal = w.site().normal();
        // packing each whisker sees along its own height (RootedLayerPacking): the layer is graded, denser near the
        // electrode, and a tall whisker's top stands above most of its neighbours; a whisker lying in the face
        // occupies its diameter in height
        double[] heights = new double[total];
        double[] volumes = new double[total];
        for (int i = 0; i < total; i++) {
            heights[i] = Math.max(lengths[i] * Math.abs(w.cosineToNormal(i)), 2 * radii[i]);
            volumes[i] = Math.PI * radii[i] * radii[i] * lengths[i];
        }
        double[] packing = RootedLayerPacking.meanPacking(heights, volumes, w.site().area());
        double layerNzz = normal.z() * normal.z();
        RadiusTable table = RadiusTable.of(radii, d);
        double[] s = new double[count];
        double[] wr = new double[count];
        double[] wi = new double[count];
        Vector3d base = new Vector3d();
        Vector3d dir = new Vector3d();
        Vector3d mid = new Vector3d();
        Vector3d probe = new Vector3d();
        double rescale = (double) total / count;
        for (int c = 0; c < count; c++) {
            int i = c * stride;
            base.set(bases[3 * i], bases[3 * i + 1], bases[3 * i + 2]);
            dir.set(dirs[3 * i], dirs[3 * i + 1], dirs[3 * i + 2]);
            double r = radii[i];
            double len = lengths[i];
            double vol = Math.PI * r * r * len;
            DemagnetizingFactors needle = new CylinderDemagnetization(2 * r, len).factors();
            double az2 = dir.z * dir.z;
            double npzz = needle.nxx() * (1 - az2) + needle.nzz() * az2;
            mid.set(dir).mul(len / 2).add(base);
            // own shape in its host medium, plus the packed-layer mean field <p>_i chi (N_p - N_s) (docs/physics.md section 4)
            double packed = shift.chi() * 1e6 * packing[i] * (npzz - layerNzz);
            s[c] = shift.knightShiftPpm() + bms.particleShiftPpm(mid, shift.chi(), npzz) + packed;
            probe.set(normal).mul(1.5 * rf.voxelSize()).add(base);
            double h = rf.fieldMagnitude(probe) * b;
            double cosn = dir.dot(normal);
            double axialShare = 0.5 * (1 - cosn * cosn); // local field tangential to the face, azimuth-averaged
            Complex f = table.axial(r).multiply(axialShare).add(table.transverse(r).multiply(1 - axialShare));
            Complex wgt = f.multiply(vol * n * h * Math.sin(theta0 * h) * rescale);
            wr[c] = wgt.getReal();
            wi[c] = wgt.getImaginary();
        }
        return new Component(name, ComponentKind.WHISKERS, m.name(), w.totalVolume(), w.totalVolume() * n,
                new SpinPackets(s, wr, wi), options.metalFwhmPpm());
    }

    private Component porous(String name, PorousLayer pl, Material m, MetalShiftParameters shift, double d, double n,
                             double theta0, CellBmsField bms, double h) {
        double strandDiameter = 2 * pl.strandRadius();
        PorousDeposit rfModel = pl.connected()
                ? new PorousDeposit(pl.thickness(), pl.packingFraction(), strandDiameter, ParticleShape.STRAND_RANDOM,
                        EffectiveMediumConductivity.bruggemanSpheres())
                : new PorousDeposit(pl.thickness(), pl.packingFraction(), strandDiameter, ParticleShape.STRAND_RANDOM,
                        IsolatedParticles.INSTANCE);
        Complex perVolume = rfModel.signalPerMetalVolume(d);
        DemagnetizingFactors strand = new CylinderDemagnetization(strandDiameter, pl.strandLength()).factors();
        Vector3dc normal = pl.site().normal();
        PackedDeposit packed = new PackedDeposit(pl.packingFraction(), strand, DemagnetizingFactors.THIN_PLATE,
                org.metalnmr.susceptibility.demag.BodyOrientation.axisAlong(normal));
        ShiftDistribution dist = PopulationShift.packed(shift, packed, new AxisDistribution.Isotropic());
        Vector3d mid = new Vector3d(normal).mul(pl.thickness() / 2).add(pl.site().centre());
        // the strands' orientation average of (1/3 - N_p) is zero, so the host-medium term averages out
        double external = bms.particleShiftPpm(mid, shift.chi(), 1.0 / 3);
        double[] sp = dist.shiftPpm();
        double[] wt = dist.weight();
        double wsum = 0;
        for (double x : wt) {
            wsum += x;
        }
        Complex total = perVolume.multiply(pl.totalVolume() * n * h * Math.sin(theta0 * h));
        double[] s = new double[sp.length];
        double[] wr = new double[sp.length];
        double[] wi = new double[sp.length];
        for (int i = 0; i < sp.length; i++) {
            s[i] = sp[i] + external;
            wr[i] = total.getReal() * wt[i] / wsum;
            wi[i] = total.getImaginary() * wt[i] / wsum;
        }
        return new Component(name, ComponentKind.POROUS, m.name(), pl.totalVolume(), pl.totalVolume() * n,
                new SpinPackets(s, wr, wi), options.metalFwhmPpm());
    }

    private Component deadMetal(String name, DeadLithiumPopulation dead, Material m, MetalShiftParameters shift, double d,
                                double n, double theta0, CellBmsField bms, CellRfField rf, double b) {
        int total = (int) Math.min(Integer.MAX_VALUE, dead.count());
        int stride = Math.max(1, (int) Math.ceil((double) total / options.maxPacketsPerDeposit()));
        int count = (total + stride - 1) / stride;
        double[] centres = dead.centres();
        double[] axes = dead.axes();
        double[] req = dead.equivalentRadii();
        double aspect = dead.aspectRatio();
        double rescale = (double) total / count;
        double[] s = new double[count];
        double[] wr = new double[count];
        double[] wi = new double[count];
        Vector3d c = new Vector3d();
        Vector3d probe = new Vector3d();
        for (int k = 0; k < count; k++) {
            int i = k * stride;
            c.set(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]);
            double r = req[i];
            double a = r / Math.cbrt(aspect);
            DemagnetizingFactors f = new EllipsoidDemagnetization(a, a, aspect * a).factors();
            double az2 = axes[3 * i + 2] * axes[3 * i + 2];
            double nzz = f.nxx() * (1 - az2) + f.nzz() * az2;
            s[k] = shift.knightShiftPpm() + bms.particleShiftPpm(c, shift.chi(), nzz);
            // the RF grid interpolates towards the zero inside metal within a voxel of a face: probe no closer than
            // 1.5 voxels (as for whiskers and porous layers), moving along the face normal
            double height = probe.set(c).sub(dead.site().centre()).dot(dead.site().normal());
            probe.set(dead.site().normal()).mul(Math.max(0, 1.5 * rf.voxelSize() - height)).add(c);
            double h = rf.fieldMagnitude(probe) * b;
            double vol = 4.0 / 3 * Math.PI * r * r * r;
            Complex w = new SpherePenetration(2 * r, d).signalPerVolume().multiply(vol * n * h * Math.sin(theta0 * h) * rescale);
            wr[k] = w.getReal();
            wi[k] = w.getImaginary();
        }
        return new Component(name, ComponentKind.DEAD_METAL, m.name(), dead.totalVolume(), dead.totalVolume() * n,
                new SpinPackets(s, wr, wi), options.metalFwhmPpm());
    }

    private static Component nonMetal(NonMetalLine line, Nucleus nucleus, double theta0, double b) {
        double nuclei = line.amountMol() * PhysicalConstants.AVOGADRO * nucleus.naturalAbundancePercent() / 100;
        double w = nuclei * b * Math.sin(theta0 * b);
        return new Component(line.name(), ComponentKind.NON_METAL, line.name(), 0, nuclei,
                new SpinPackets(new double[] {line.shiftPpm()}, new double[] {w}, new double[] {0}), line.fwhmPpm());
    }

    // ----- helpers ------------------------------------------------------------------------------

    static double observedNucleiPerVolume(Material m, Nucleus nucleus) {
        return m.atomNumberDensity() * nucleus.naturalAbundancePercent() / 100;
    }

    private static Vector3d stackNormal(List<Part> parts) {
        for (Part p : parts) {
            if (p.role() == PartRole.ELECTRODE) {
                return new Vector3d(p.body().axisDirection()).normalize();
            }
        }
        return new Vector3d(0, 0, 1);
    }

    private static double thinnestObservedMetal(List<Part> parts, String element) {
        double t = Double.MAX_VALUE;
        for (Part p : parts) {
            if (p.role() != PartRole.HOUSING && p.material().equals(element)) {
                t = Math.min(t, thickness(p.body()));
            }
        }
        return t == Double.MAX_VALUE ? 1e-3 : t;
    }

    private static double thickness(Body b) {
        if (b instanceof Disk disk) {
            return disk.thickness();
        }
        var box = b.boundingBox();
        return Math.min(box.maxX() - box.minX(), Math.min(box.maxY() - box.minY(), box.maxZ() - box.minZ()));
    }
}
