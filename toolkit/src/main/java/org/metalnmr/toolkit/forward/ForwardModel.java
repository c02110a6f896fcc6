package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.complex.Complex;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.KorringaRelaxation;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.cell.NamedDeposit;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.deposit.DeadLithiumPopulation;
import org.metalnmr.geometry.deposit.DenseLayer;
import org.metalnmr.geometry.deposit.Deposit;
import org.metalnmr.geometry.deposit.MossyLayer;
import org.metalnmr.geometry.deposit.SurfaceSite;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.rf.penetration.BackedSlabPenetration;
import org.metalnmr.rf.penetration.CylinderSignalTable;
import org.metalnmr.rf.penetration.SpherePenetration;
import org.metalnmr.rf.penetration.TwoSidedSlab;
import org.metalnmr.rf.porous.ConnectedNetworkConductivity;
import org.metalnmr.rf.porous.IsolatedParticles;
import org.metalnmr.rf.porous.ParticleShape;
import org.metalnmr.rf.porous.PorousDeposit;
import org.metalnmr.rf.potential.SurfaceElement;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.rf.skin.SkinLayerFlip;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.shift.AxisDistribution;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.susceptibility.shift.NeighbourFieldScatter;
import org.metalnmr.susceptibility.shift.PackedDeposit;
import org.metalnmr.susceptibility.shift.PopulationShift;
import org.metalnmr.susceptibility.shift.RootedLayerPacking;
import org.metalnmr.susceptibility.shift.ShiftDistribution;
import org.metalnmr.toolkit.scenario.LinePlacement;
import org.metalnmr.toolkit.scenario.NonMetalLine;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.VoxelDepositEntry;

/**
 * The forward model: a cell scenario to its spin packets (docs/physics.md sections 3-5). Each packet has a
 * shift (Knight shift + BMS) and a complex weight (number of nuclei times the RF factor):
 * <ul>
 * <li><b>mm metal parts</b> (the foil electrode of the observed metal): the RF field around all the
 * cell's conductors is solved as for a perfect diamagnet ({@link CellRfField}); each surface
 * element of area dA and tangential field h_t (its part transverse to B0, which alone nutates and is
 * received) gives the skin-layer signal
 * n dA d b h_t K(theta0 b h_t) ({@link SkinLayerFlip}); its shift is the Knight shift plus the
 * macroscopic BMS field of the whole stack just inside that surface ({@link CellBmsField}), sampled on sub-faces
 * two per BMS voxel along the stack normal.</li>
 * <li><b>whiskers</b>: each fully or partly penetrated cylinder in the local field vector h of the cell solve at its
 * base, counting only the internal field's part transverse to B0 ({@link CylinderSignalTable}: the axial and
 * transverse closed forms combined for any whisker direction); shift
 * K + dchi (1/3 - N_p,zz) + &lt;p&gt; dchi (N_p,zz - N_s,zz) + the cell's field at its middle, dchi = chi_metal - chi_host
 * the contrast to the medium it grows in ({@link PackedDeposit#packedLayerTermPpm}, {@link PackedDeposit#labNzz}),
 * N_s that of a thin layer along the face, &lt;p&gt; the packing the whisker sees along its own height in the graded
 * layer ({@link RootedLayerPacking}; checked against voxel solves of rooted columns to 0.002 chi for packings up to
 * 0.09, 0.007 chi at 0.18 and 0.012 chi at 0.28; docs/susceptibility.md, "Rooted populations"), plus the
 * whisker-to-whisker scatter: the field of its actual neighbours about the population mean
 * ({@link NeighbourFieldScatter}), a computed inhomogeneous broadening.</li>
 * <li><b>porous / mossy layers</b>: effective-medium RF factor per metal volume ({@link PorousDeposit}; a connected
 * network conducts at any packing, {@link ConnectedNetworkConductivity}; isolated granules do not), isotropic strand
 * orientations, packed-deposit shift distribution with the contrast susceptibility.</li>
 * <li><b>dense layers</b>: plated on a part of the same metal, the layer joins that part (its surface moves by the
 * layer's thickness; no second line, no second skin layer: the part's component counts the layer's nuclei); on
 * another metal, a plate backed by a perfect conductor; on a non-conductor, a slab driven on both faces by the solved
 * field on either side ({@link TwoSidedSlab}), i.e. with what really lies behind the insulator.</li>
 * <li><b>dead metal</b>: spheroidal fragments (sphere closed form for their penetration, its part transverse to B0
 * exactly, {@link SpherePenetration#transverseSignalPerVolume(double, double)}; spheroid demagnetising factors).</li>
 * <li><b>non-metal lines</b>: placed in a part's volume or on a metal part's surface, packets over that volume or
 * surface, weighted by the local transverse RF field and shifted by the local BMS field; unplaced, one packet
 * fully excited at the coil centre ({@link NonMetalLine}).</li>
 * </ul>
 * Homogeneous widths of metal packets: the Korringa-limited T2 of the metal and nucleus at the scenario's temperature
 * ({@link KorringaRelaxation}, in Hz, so 6Li, 7Li and 23Na differ in ppm); the inhomogeneous width is the spread of
 * the packets' shifts.
 * For bodies thinner than d the flip-angle dependence is b h sin(theta0 b h) (exact for a uniform
 * field); weights are in nuclei-equivalents: a thin body at the coil centre after a 90 degree pulse
 * weighs its number of nuclei. The coil's inhomogeneity b(r) comes from Biot-Savart over the winding.
 * The BMS field is that of the whole cell in air, PEEK housing included ({@link CellBmsField}).
 *
 * <p>The ppm axis: shifts are against the applied field far from the cell, i.e. the axis of an
 * external reference with no BMS of its own. The material table's Knight shifts were fitted to
 * spectra referenced to external 1 M LiCl(aq) at 0 ppm with the same BMS model (Trease et al. 2012),
 * which puts the reference's own BMS into K: the simulated axis is the experimental one, 1 M
 * LiCl(aq) at 0 ppm. Unplaced non-metal lines sit at the shift given (their observed position); placed ones at
 * that shift plus the cell's BMS field where their spins are (the given shift is then their chemical shift).</p>
 * Configured by {@code with*} methods.
 */
public final class ForwardModel {

    /** The static field direction of the lab frame (docs/physics.md section 2: B0 along z). */
    private static final double[] B0_DIRECTION = {0, 0, 1};

    private final ForwardModelOptions options;
    private final int scatterSamples;

    private ForwardModel(ForwardModelOptions options) {
        this(options, SCATTER_SAMPLES);
    }

    private ForwardModel(ForwardModelOptions options, int scatterSamples) {
        this.options = options;
        this.scatterSamples = scatterSamples;
    }

    /**
     * The number of whiskers of a population whose neighbour field is summed explicitly (the whisker-to-whisker scatter,
     * {@link NeighbourFieldScatter}; default 20 000): the costliest step of a whisker population, samples times the
     * neighbours within two whisker lengths. Packets beyond it take the computed values in turn, a draw from the computed
     * distribution; fewer samples draw the same distribution more coarsely.
     *
     * @param n samples, at least 100
     * @return a model with it (the other settings kept)
     */
    public ForwardModel withScatterSamples(int n) {
        Checks.inRange("scatterSamples", "[1]", 100, 50_000_000, n);
        return new ForwardModel(options, n);
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
        return new ForwardModel(o, scatterSamples);
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
        return simulate(scenario, null);
    }

    /**
     * The forward model on the field solutions of an earlier run: the BMS and RF fields of a cell do not depend on
     * its deposits, nor on the observed isotope (the RF solve is that of a perfect diamagnet of the element's parts,
     * the BMS solve that of the parts' susceptibilities), the pulse or the processing, so a scenario that differs
     * from the solved one only in those gets its spin packets from the kept fields, by the same code as
     * {@link #simulate(Scenario)}: equal to a new simulation with this model's packet settings
     * ({@code maxPacketsPerDeposit}, {@code orientationNodes}, {@link #withScatterSamples}) on the solved run's grids. A bulk metal part's packets
     * are taken over from the solved run when nothing they depend on changed (nucleus, field, temperature, flip angle,
     * a layer plated on it), as are a non-metal line's (the line, nucleus, flip angle); the deposits are computed again. Costs what those packets cost (docs/explore.md: the
     * whiskers of the compare-cells scenario).
     *
     * @param solved   an earlier simulation whose fields are kept
     * @param scenario the scenario to simulate: the same cell, coil, extra parts, material table and observed element
     *                 as the solved one; deposits, isotope, field strength, temperature, acquisition and lines free
     * @return the spin packets of every component on the kept fields (stage times: next to nothing for both field solves)
     * @throws InvalidInputException when the scenario's cell, coil, extra parts, materials or element differ
     */
    public ForwardSimulation resimulate(ForwardSimulation solved, Scenario scenario) {
        Scenario kept = solved.scenario();
        String[] what = {"cell", "coil", "extra parts", "material table", "observed element"};
        boolean[] same = {kept.cell().equals(scenario.cell()), kept.coil().equals(scenario.coil()),
                kept.extraParts().equals(scenario.extraParts()), kept.materials().equals(scenario.materials()),
                element(kept).equals(element(scenario))};
        for (int i = 0; i < what.length; i++) {
            if (!same[i]) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "the " + what[i] + " of a re-simulated scenario",
                        "that of the solved scenario (its fields are kept)", "a different one");
            }
        }
        return simulate(scenario, solved);
    }

    private static String element(Scenario s) {
        return s.nucleus().replaceAll("^[0-9]+", "");
    }

    /** @param solved null: solve the fields; else keep that run's fields (checked by the caller) */
    private ForwardSimulation simulate(Scenario scenario, ForwardSimulation solved) {
        CellGeometry scene = scenario.buildCellGeometry();
        Nucleus nucleus = Nuclei.bySymbol(scenario.nucleus());
        String element = scenario.nucleus().replaceAll("^[0-9]+", "");
        double larmorHz = nucleus.larmorFrequency(scenario.b0Tesla());
        double theta0 = Math.toRadians(scenario.acquisition().flipAngleDeg());
        List<Part> parts = scene.parts();
        Vector3d stackNormal = stackNormal(parts);
        double thinnest = thinnestObservedMetal(parts, element);

        // voxel deposits are read or generated and checked against their faces before the cell's fields are solved
        List<VoxelDepositModel.Prepared> voxels = new ArrayList<>();
        if (!scenario.voxelDeposits().isEmpty()) {
            var cell = scenario.buildCell();
            for (VoxelDepositEntry e : scenario.voxelDeposits()) {
                if (e.material().equals(element)) {
                    voxels.add(VoxelDepositModel.prepare(e, cell.site(e.site()), parts));
                }
            }
        }
        long t0 = System.nanoTime();
        CellBmsField bms = solved != null ? solved.bmsField()
                : CellBmsField.solve(parts, stackNormal, thinnest, options, scenario.materials());
        long t1 = System.nanoTime();
        CoilWeight coil = new CoilWeight(scene.coil());
        CellRfField rf = solved != null ? solved.rfField() : CellRfField.solve(parts, coil.axis(), element, options);
        long t2 = System.nanoTime();

        // dense layers plated on a part of the same metal join it (no second line, no second skin layer)
        Map<String, Double> plated = new HashMap<>();
        List<NamedDeposit> separate = new ArrayList<>();
        for (NamedDeposit nd : scene.deposits()) {
            if (!nd.deposit().material().equals(element)) {
                continue;
            }
            if (nd.deposit() instanceof DenseLayer dl) {
                Part behind = partBehind(parts, dl.site());
                if (behind != null && behind.material().equals(dl.material())) {
                    plated.merge(behind.name(), dl.totalVolume(), Double::sum);
                    continue;
                }
            }
            separate.add(nd);
        }
        List<Component> components = new ArrayList<>();
        for (Part p : parts) {
            if (p.role() != PartRole.HOUSING && p.material().equals(element)) {
                Component kept = solved == null ? null : keptBulkMetal(solved, scenario, p, plated.getOrDefault(p.name(), 0.0));
                components.add(kept != null ? kept : bulkMetal(scenario.material(p.material()), p, nucleus, larmorHz, theta0,
                        scenario.temperatureK(), bms, rf, coil, plated.getOrDefault(p.name(), 0.0)));
            }
        }
        for (NamedDeposit nd : separate) {
            components.add(deposit(scenario.material(nd.deposit().material()), nd, parts, nucleus, larmorHz, theta0,
                    scenario.temperatureK(), bms, rf, coil));
        }
        List<VoxelDepositReport> voxelReports = new ArrayList<>();
        for (VoxelDepositModel.Prepared v : voxels) {
            VoxelDepositModel.Result r = VoxelDepositModel.simulate(v, scenario.material(v.entry().material()), nucleus, larmorHz,
                    theta0, scenario.temperatureK(), bms, rf, coil);
            components.add(r.component());
            voxelReports.add(r.report());
        }
        Vector3d centre = new Vector3d(scene.coil().centre());
        for (NonMetalLine line : scenario.lines()) {
            Component kept = solved == null ? null : keptLine(solved, scenario, line);
            components.add(kept != null ? kept : nonMetal(line, nucleus, theta0, coil.relativeAmplitude(centre), parts, bms, rf, coil));
        }
        long t3 = System.nanoTime();
        return new ForwardSimulation(scenario, scene, larmorHz, components, bms, rf,
                new double[] {(t1 - t0) * 1e-9, (t2 - t1) * 1e-9, (t3 - t2) * 1e-9}, voxelReports);
    }

    /**
     * @return the solved run's component of a bulk metal part when nothing its packets depend on changed (nucleus,
     *         field, temperature, flip angle, the layer plated on it; the fields and materials are the same), else null
     */
    private static Component keptBulkMetal(ForwardSimulation solved, Scenario scenario, Part part, double platedVolume) {
        Scenario s = solved.scenario();
        boolean same = s.nucleus().equals(scenario.nucleus()) && s.b0Tesla() == scenario.b0Tesla()
                && s.temperatureK() == scenario.temperatureK()
                && s.acquisition().flipAngleDeg() == scenario.acquisition().flipAngleDeg();
        for (Component c : solved.components()) {
            if (same && c.kind() == ComponentKind.BULK_METAL && c.name().equals(part.name())
                    && c.volumeM3() == part.body().volume() + platedVolume) {
                return c;
            }
        }
        return null;
    }

    /**
     * @return the solved run's component of a non-metal line when nothing its packets depend on changed (the line
     *         itself, nucleus, flip angle; the fields are the same), else null
     */
    private static Component keptLine(ForwardSimulation solved, Scenario scenario, NonMetalLine line) {
        Scenario s = solved.scenario();
        boolean same = s.nucleus().equals(scenario.nucleus())
                && s.acquisition().flipAngleDeg() == scenario.acquisition().flipAngleDeg() && s.lines().contains(line);
        for (Component c : solved.components()) {
            if (same && c.kind() == ComponentKind.NON_METAL && c.name().equals(line.name())) {
                return c;
            }
        }
        return null;
    }

    // ----- components -----------------------------------------------------------------------

    private Component bulkMetal(Material m, Part part, Nucleus nucleus, double larmorHz, double theta0, double temperatureK,
                                CellBmsField bms, CellRfField rf, CoilWeight coil, double platedVolume) {
        MetalShiftParameters shift = MetalShiftParameters.of(m, nucleus.symbol());
        double d = SkinDepth.skinDepth(m, larmorHz, temperatureK);
        double n = observedNucleiPerVolume(m, nucleus);
        List<SurfaceElement> surface = rf.surface(part.name());
        // each RF face (one RF voxel across) is split into k x k sub-faces, at least two per BMS voxel along the
        // finest BMS axis, so that the line is the distribution of the field over the surface (the rim of a disk, one
        // RF voxel high, spans the through-thickness field) rather than a histogram of RF voxels
        int k = (int) Math.min(SUBFACES_MAX, Math.ceil(2 * rf.voxelSize() / bms.normalVoxelSize()));
        int count = surface.size() * k * k;
        double[] s = new double[count];
        double[] wr = new double[count];
        double[] wi = new double[count];
        Body body = part.body();
        // sample the BMS map inside the metal: at least one skin depth deep, and deeper than half a voxel along the
        // stack normal (3/4 of it), so that the trilinear stencil through the faces holds no voxel outside the metal
        // (the rim is sampled at the same depth: 3/4 of the in-plane edge moved the cell A foil, whose signal is mostly
        // its rim, by +0.75 ppm, while refining the in-plane BMS voxel 60 -> 30 um moves it by less; docs/rf-solvers.md)
        double depth = Math.min(thickness(body) / 2, Math.max(d, 0.75 * bms.normalVoxelSize()));
        Vector3d c = new Vector3d();
        Vector3d p = new Vector3d();
        Vector3d nrm = new Vector3d();
        Vector3d u = new Vector3d();
        Vector3d v = new Vector3d();
        int out = 0;
        for (SurfaceElement el : surface) {
            c.set(el.x(), el.y(), el.z());
            nrm.set(el.normalX(), el.normalY(), el.normalZ());
            // two tangents of the face; the sub-faces tile the element's true area
            u.set(Math.abs(nrm.x) < 0.9 ? 1 : 0, Math.abs(nrm.x) < 0.9 ? 0 : 1, 0).cross(nrm).normalize();
            v.set(nrm).cross(u);
            double side = Math.sqrt(el.areaM2());
            double b = coil.relativeAmplitude(c);
            // only the part of the surface field transverse to B0 (z) tips and is received by the spins
            double ht = Math.sqrt(Math.max(0, el.transverseSquared(B0_DIRECTION)));
            Complex w = SkinLayerFlip.k(theta0 * b * ht).multiply(n * el.areaM2() * d * b * ht / (k * k));
            for (int a = 0; a < k; a++) {
                for (int e = 0; e < k; e++) {
                    p.set(c).fma(((a + 0.5) / k - 0.5) * side, u).fma(((e + 0.5) / k - 0.5) * side, v);
                    // move the staircase face onto the true surface, then just inside it (signed distance < 0 inside)
                    for (int it = 0; it < 3; it++) {
                        double sd = body.signedDistance(p);
                        p.fma(-(sd + depth), nrm);
                    }
                    s[out] = shift.knightShiftPpm() + bms.insideShiftPpm(p);
                    wr[out] = w.getReal();
                    wi[out] = w.getImaginary();
                    out++;
                }
            }
        }
        // a layer of the same metal plated on the part moves its surface by the layer's thickness (a few um against the
        // mm over which the surface field varies): the skin-layer signal stays, the nuclei and the charge grow
        double volume = body.volume() + platedVolume;
        return new Component(part.name(), ComponentKind.BULK_METAL, m.name(), volume, volume * n,
                new SpinPackets(s, wr, wi), homogeneousFwhmPpm(m, nucleus, temperatureK, larmorHz));
    }

    private Component deposit(Material m, NamedDeposit nd, List<Part> parts, Nucleus nucleus, double larmorHz, double theta0,
                              double temperatureK, CellBmsField bms, CellRfField rf, CoilWeight coil) {
        Deposit dep = nd.deposit();
        MetalShiftParameters shift = MetalShiftParameters.of(m, nucleus.symbol());
        double d = SkinDepth.skinDepth(m, larmorHz, temperatureK);
        double n = observedNucleiPerVolume(m, nucleus);
        double fwhm = homogeneousFwhmPpm(m, nucleus, temperatureK, larmorHz);
        SurfaceSite site = dep.site();
        Vector3d above = new Vector3d(site.normal()).mul(1.5 * rf.voxelSize()).add(site.centre());
        double b = coil.relativeAmplitude(site.centre());
        if (dep instanceof WhiskerPopulation w) {
            return whiskers(nd.name(), w, m, shift, d, n, theta0, bms, rf, b, fwhm);
        }
        if (dep instanceof MossyLayer pl) {
            return porous(nd.name(), pl, m, shift, d, n, theta0, bms, rf.transverseMagnitude(above) * b, fwhm);
        }
        if (dep instanceof DenseLayer dl) {
            return denseLayer(nd.name(), dl, parts, m, shift, d, n, theta0, bms, rf, b, fwhm);
        }
        DeadLithiumPopulation dead = (DeadLithiumPopulation) dep;
        return deadMetal(nd.name(), dead, m, shift, d, n, theta0, bms, rf, b, fwhm);
    }

    private Component denseLayer(String name, DenseLayer dl, List<Part> parts, Material m, MetalShiftParameters shift,
                                 double d, double n, double theta0, CellBmsField bms, CellRfField rf, double b, double fwhm) {
        SurfaceSite site = dl.site();
        Vector3d above = new Vector3d(site.normal()).mul(1.5 * rf.voxelSize()).add(site.centre());
        double[] h1 = transversePart(rf.field(above, new double[3]), b);
        double h = Math.hypot(h1[0], h1[1]);
        Part behind = partBehind(parts, site);
        Complex perVolume;
        if (behind != null && !Materials.byName(behind.material()).metal()) {
            // a non-conductor behind: the layer is driven on its back face by the field solved inside that insulator
            Vector3d back = new Vector3d(site.normal()).mul(-depthBehind(behind, site) / 2).add(site.centre());
            double[] h2 = transversePart(rf.field(back, new double[3]), b);
            perVolume = new TwoSidedSlab(dl.thickness(), d).signalPerVolume(h1, h2);
            h = Math.max(h, Math.hypot(h2[0], h2[1]));
        } else {
            // another metal (or nothing resolved) behind: backed by a perfect conductor
            perVolume = BackedSlabPenetration.onPerfectConductor(dl.thickness(), d).signalPerVolume().multiply(h * h);
        }
        // small-flip S/V (units h^2) times the thin-body flip response sin(theta0 h)/(theta0 h), times theta0/theta0
        Complex w = perVolume.multiply(dl.totalVolume() * n * flipFactor(theta0, h));
        double nzz = site.normal().z() * site.normal().z();
        Vector3d mid = new Vector3d(site.normal()).mul(dl.thickness() / 2).add(site.centre());
        double s = shift.knightShiftPpm() + bms.particleShiftPpm(mid, shift.chi(), nzz);
        return new Component(name, ComponentKind.DENSE_LAYER, m.name(), dl.totalVolume(), dl.totalVolume() * n,
                new SpinPackets(new double[] {s}, new double[] {w.getReal()}, new double[] {w.getImaginary()}), fwhm);
    }

    private Component whiskers(String name, WhiskerPopulation w, Material m, MetalShiftParameters shift, double d,
                               double n, double theta0, CellBmsField bms, CellRfField rf, double b, double fwhm) {
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
        CylinderSignalTable table = CylinderSignalTable.of(radii, d);
        double[] s = new double[count];
        double[] wr = new double[count];
        double[] wi = new double[count];
        Vector3d base = new Vector3d();
        Vector3d dir = new Vector3d();
        Vector3d mid = new Vector3d();
        Vector3d probe = new Vector3d();
        double[] h = new double[3];
        double[] axis = new double[3];
        double rescale = (double) total / count;
        // the scatter between neighbours: each sampled whisker's field from its actual neighbours (within two mean
        // lengths) about the population mean, which the packed-layer term holds (NeighbourFieldScatter)
        // computed on at most scatterSamples of the packets (evenly strided); further packets take those values in
        // turn, a draw from the computed distribution (packets are unrelated whiskers, so no correlation is invented)
        int scattered = Math.min(count, scatterSamples);
        int[] samples = new int[scattered];
        double meanLength = 0;
        for (int c = 0; c < scattered; c++) {
            samples[c] = (int) ((long) c * count / scattered) * stride;
            meanLength += lengths[samples[c]] / scattered;
        }
        double contrastAtSite = shift.chi() - bms.hostChi(new Vector3d(normal).mul(meanLength / 2).add(w.site().centre()));
        double[] scatter = scattered == 0 ? new double[0]
                : NeighbourFieldScatter.scatterPpm(bases, dirs, radii, lengths, contrastAtSite, samples, 2 * meanLength);
        // each sampled whisker's set: axis, needle factors, cell field and host at its mid-point, packing, neighbour field,
        // RF weight; its shift is WhiskerSample.shiftPpm (the formula the morphology model evaluates too)
        double[] ax = new double[3 * count];
        double[] nrm = new double[3 * count];
        double[] nt = new double[count];
        double[] na = new double[count];
        double[] cellField = new double[count];
        double[] host = new double[count];
        double[] seen = new double[count];
        double[] neighbours = new double[count];
        double chiPpm = shift.chi() * 1e6;
        for (int c = 0; c < count; c++) {
            int i = c * stride;
            base.set(bases[3 * i], bases[3 * i + 1], bases[3 * i + 2]);
            dir.set(dirs[3 * i], dirs[3 * i + 1], dirs[3 * i + 2]);
            double r = radii[i];
            double len = lengths[i];
            double vol = Math.PI * r * r * len;
            DemagnetizingFactors needle = new CylinderDemagnetization(2 * r, len).factors();
            mid.set(dir).mul(len / 2).add(base);
            ax[3 * c] = dir.x;
            ax[3 * c + 1] = dir.y;
            ax[3 * c + 2] = dir.z;
            nrm[3 * c] = normal.x();
            nrm[3 * c + 1] = normal.y();
            nrm[3 * c + 2] = normal.z();
            nt[c] = (needle.nxx() + needle.nyy()) / 2;
            na[c] = needle.nzz();
            // the map's local field of the host at the mid-point: the particle term vanishes at N_zz = 1/3
            cellField[c] = bms.particleShiftPpm(mid, shift.chi(), 1.0 / 3) / chiPpm;
            host[c] = bms.hostChi(mid);
            seen[c] = packing[i];
            neighbours[c] = scatter[c % scattered];
            axis[0] = dir.x;
            axis[1] = dir.y;
            axis[2] = dir.z;
            // the whisker's own field, read where it stands (not at a height set by the grid): the signal of a needle
            // much thinner than the length over which the field varies is the mean along it of the local signal,
            // two-point Gauss-Legendre along its axis (the gap field varies as cos(pi z / g), g the gap, over mm)
            double wgtR = 0;
            double wgtI = 0;
            for (double node : GAUSS_NODES) {
                alongWhisker(base, dir, normal, node * len, probe);
                rf.field(probe, h);
                h[0] *= b;
                h[1] *= b;
                h[2] *= b;
                Complex f = table.transverseToB0(r, h, axis, B0_DIRECTION);
                Complex wgt = f.multiply(0.5 * vol * n * flipFactor(theta0, Math.hypot(h[0], h[1])) * rescale);
                wgtR += wgt.getReal();
                wgtI += wgt.getImaginary();
            }
            wr[c] = wgtR;
            wi[c] = wgtI;
        }
        WhiskerSample sample = new WhiskerSample(ax, nrm, nt, na, cellField, host, seen, neighbours, shift.chi() - contrastAtSite,
                shift.chi(), wr.clone(), wi.clone(), null);
        for (int c = 0; c < count; c++) {
            dir.set(ax[3 * c], ax[3 * c + 1], ax[3 * c + 2]);
            // own shape in its host medium, plus the packed-layer mean field <p>_i dchi (N_p - N_s) with the contrast
            // dchi = chi_metal - chi_host (docs/physics.md section 4), the cell's field and the neighbours' scatter
            s[c] = sample.shiftPpm(c, shift.knightShiftPpm(), shift.chi(), dir, 1);
        }
        return new Component(name, ComponentKind.WHISKERS, m.name(), w.totalVolume(), w.totalVolume() * n,
                new SpinPackets(s, wr, wi), fwhm, sample);
    }

    /** Two-point Gauss-Legendre nodes on [0, 1] (equal weights 1/2). */
    private static final double[] GAUSS_NODES = {0.5 - 0.5 / Math.sqrt(3), 0.5 + 0.5 / Math.sqrt(3)};

    /**
     * A point on a whisker: base + s dir, kept on the open side of its site (a whisker tilted into the face is read
     * at the face: the field inside the substrate is not the whisker's).
     */
    private static Vector3d alongWhisker(Vector3dc base, Vector3dc dir, Vector3dc normal, double s, Vector3d out) {
        out.set(dir).mul(s).add(base);
        double height = s * dir.dot(normal);
        if (height < 0) {
            out.fma(-height, normal);
        }
        return out;
    }

    private Component porous(String name, MossyLayer pl, Material m, MetalShiftParameters shift, double d, double n,
                             double theta0, CellBmsField bms, double h, double fwhm) {
        double strandDiameter = 2 * pl.strandRadius();
        // a connected network conducts at any packing; isolated granules do not conduct at all
        PorousDeposit rfModel = pl.connected()
                ? new PorousDeposit(pl.thickness(), pl.packingFraction(), strandDiameter, ParticleShape.STRAND_RANDOM,
                        ConnectedNetworkConductivity.INSTANCE)
                : new PorousDeposit(pl.thickness(), pl.packingFraction(), strandDiameter, ParticleShape.STRAND_RANDOM,
                        IsolatedParticles.INSTANCE);
        Complex perVolume = rfModel.signalPerMetalVolume(d);
        DemagnetizingFactors strand = new CylinderDemagnetization(strandDiameter, pl.strandLength()).factors();
        Vector3dc normal = pl.site().normal();
        PackedDeposit packed = new PackedDeposit(pl.packingFraction(), strand, DemagnetizingFactors.THIN_PLATE,
                org.metalnmr.susceptibility.demag.BodyOrientation.axisAlong(normal));
        Vector3d mid = new Vector3d(normal).mul(pl.thickness() / 2).add(pl.site().centre());
        // the strands' own shape and the packed layer count with the contrast to the host they grow in
        MetalShiftParameters contrast = new MetalShiftParameters(shift.knightShiftPpm(), shift.chi() - bms.hostChi(mid));
        ShiftDistribution dist = PopulationShift.packed(contrast, packed, new AxisDistribution.Isotropic());
        // the strands' orientation average of (1/3 - N_p) is zero, so the host-medium term averages out
        double external = bms.particleShiftPpm(mid, shift.chi(), 1.0 / 3);
        double[] sp = dist.shiftPpm();
        double[] wt = dist.weight();
        double wsum = 0;
        for (double x : wt) {
            wsum += x;
        }
        Complex total = perVolume.multiply(pl.totalVolume() * n * h * h * flipFactor(theta0, h));
        double[] s = new double[sp.length];
        double[] wr = new double[sp.length];
        double[] wi = new double[sp.length];
        for (int i = 0; i < sp.length; i++) {
            s[i] = sp[i] + external;
            wr[i] = total.getReal() * wt[i] / wsum;
            wi[i] = total.getImaginary() * wt[i] / wsum;
        }
        return new Component(name, ComponentKind.MOSSY, m.name(), pl.totalVolume(), pl.totalVolume() * n,
                new SpinPackets(s, wr, wi), fwhm);
    }

    private Component deadMetal(String name, DeadLithiumPopulation dead, Material m, MetalShiftParameters shift, double d,
                                double n, double theta0, CellBmsField bms, CellRfField rf, double b, double fwhm) {
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
        double[] h = new double[3];
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
            rf.field(probe, h);
            double h2 = b * b * (h[0] * h[0] + h[1] * h[1] + h[2] * h[2]);
            double hPerp = b * Math.hypot(h[0], h[1]);
            double vol = 4.0 / 3 * Math.PI * r * r * r;
            Complex w = new SpherePenetration(2 * r, d).transverseSignalPerVolume(h2, hPerp * hPerp)
                    .multiply(vol * n * flipFactor(theta0, hPerp) * rescale);
            wr[k] = w.getReal();
            wi[k] = w.getImaginary();
        }
        return new Component(name, ComponentKind.DEAD_METAL, m.name(), dead.totalVolume(), dead.totalVolume() * n,
                new SpinPackets(s, wr, wi), fwhm);
    }

    private Component nonMetal(NonMetalLine line, Nucleus nucleus, double theta0, double bCentre, List<Part> parts,
                               CellBmsField bms, CellRfField rf, CoilWeight coil) {
        double nuclei = line.amountMol() * PhysicalConstants.AVOGADRO * nucleus.naturalAbundancePercent() / 100;
        LinePlacement place = line.placement();
        if (place.kind() == LinePlacement.Kind.UNPLACED) {
            double w = nuclei * bCentre * Math.sin(theta0 * bCentre);
            return new Component(line.name(), ComponentKind.NON_METAL, line.name(), 0, nuclei,
                    new SpinPackets(new double[] {line.shiftPpm()}, new double[] {w}, new double[] {0}), line.fwhmPpm());
        }
        Part part = parts.stream().filter(p -> p.name().equals(place.part()) && p.role() != PartRole.HOUSING)
                .findFirst().orElseThrow(() -> new InvalidInputException(CoreMessage.NOT_ONE_OF,
                        "the part of line '" + line.name() + "'",
                        parts.stream().filter(p -> p.role() != PartRole.HOUSING).map(Part::name).toList(), place.part()));
        boolean metal = Materials.byName(part.material()).metal();
        List<double[]> packets = place.kind() == LinePlacement.Kind.VOLUME
                ? volumeSpins(line, part, metal, rf, bms, coil)
                : surfaceSpins(line, part, metal, rf, bms, coil);
        int count = packets.size();
        double[] s = new double[count];
        double[] wr = new double[count];
        double totalWeight = 0;
        for (double[] pk : packets) {
            totalWeight += pk[2];
        }
        for (int i = 0; i < count; i++) {
            double[] pk = packets.get(i);
            double hPerp = pk[1];
            s[i] = line.shiftPpm() + pk[0];
            // each spin: its share of the nuclei, excited and received by the local transverse field
            wr[i] = nuclei * pk[2] / totalWeight * hPerp * Math.sin(theta0 * hPerp);
        }
        return new Component(line.name(), ComponentKind.NON_METAL, line.name(), 0, nuclei,
                new SpinPackets(s, wr, new double[count]), line.fwhmPpm());
    }

    /** Spins filling a non-conducting part: {BMS shift, |h_perp|, volume share} on a grid over its bounding box. */
    private static List<double[]> volumeSpins(NonMetalLine line, Part part, boolean metal, CellRfField rf,
                                              CellBmsField bms, CoilWeight coil) {
        if (metal) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "the part line '" + line.name() + "' is in",
                    "a non-conducting part (pellet, composite, electrolyte); on a metal use onSurfaceOf", part.name());
        }
        var box = part.body().boundingBox();
        double[] lo = {box.minX(), box.minY(), box.minZ()};
        double[] ext = {box.maxX() - box.minX(), box.maxY() - box.minY(), box.maxZ() - box.minZ()};
        int[] cells = new int[3];
        for (int a = 0; a < 3; a++) {
            // half an RF voxel apart, at least 3 and at most 48 points along each axis
            cells[a] = (int) Math.max(3, Math.min(VOLUME_POINTS_MAX, Math.ceil(ext[a] / (0.5 * rf.voxelSize()))));
        }
        List<double[]> out = new ArrayList<>();
        Vector3d p = new Vector3d();
        double[] h = new double[3];
        for (int i = 0; i < cells[0]; i++) {
            for (int j = 0; j < cells[1]; j++) {
                for (int k = 0; k < cells[2]; k++) {
                    p.set(lo[0] + (i + 0.5) * ext[0] / cells[0], lo[1] + (j + 0.5) * ext[1] / cells[1],
                            lo[2] + (k + 0.5) * ext[2] / cells[2]);
                    if (!part.body().contains(p)) {
                        continue;
                    }
                    rf.field(p, h);
                    double hPerp = Math.hypot(h[0], h[1]) * coil.relativeAmplitude(p);
                    out.add(new double[] {bms.insideShiftPpm(p), hPerp, 1});
                }
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "the part line '" + line.name() + "' is in",
                    "a part with volume", part.name());
        }
        return out;
    }

    /** Spins in a thin film on a metal part's open surface: {BMS shift just outside, |h_perp|, area share}. */
    private static List<double[]> surfaceSpins(NonMetalLine line, Part part, boolean metal, CellRfField rf,
                                               CellBmsField bms, CoilWeight coil) {
        if (!metal) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "the part line '" + line.name() + "' lies on",
                    "a metal part (its open surface carries the film); in a non-conductor use in", part.name());
        }
        List<double[]> out = new ArrayList<>();
        Vector3d p = new Vector3d();
        Vector3d nrm = new Vector3d();
        double outside = 0.75 * bms.normalVoxelSize();
        for (SurfaceElement el : rf.surface(part.name())) {
            p.set(el.x(), el.y(), el.z());
            nrm.set(el.normalX(), el.normalY(), el.normalZ());
            for (int it = 0; it < 3; it++) {
                double sd = part.body().signedDistance(p);
                p.fma(-(sd - outside), nrm);
            }
            double hPerp = Math.sqrt(Math.max(0, el.transverseSquared(B0_DIRECTION))) * coil.relativeAmplitude(p);
            out.add(new double[] {bms.insideShiftPpm(p), hPerp, el.areaM2()});
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "the part line '" + line.name() + "' lies on",
                    "a metal part with a surface open to non-conducting space", part.name());
        }
        return out;
    }

    // ----- helpers ------------------------------------------------------------------------------

    /** Default largest number of whiskers whose neighbour field is summed explicitly ({@link #withScatterSamples}). */
    private static final int SCATTER_SAMPLES = 20_000;

    /** Largest number of sub-faces along one edge of an RF surface element. */
    private static final int SUBFACES_MAX = 12;

    /** Largest number of sample points along one axis of a volume-placed line. */
    private static final int VOLUME_POINTS_MAX = 48;

    /**
     * The flip-angle response per unit small-flip signal: a spin in a transverse field h nutates by theta0 h and its
     * signal is h sin(theta0 h) = h^2 [sin(theta0 h)/h]; the closed forms give the small-flip h^2 factor, this the rest.
     */
    static double flipFactor(double theta0, double h) {
        return h < 1e-12 ? theta0 : Math.sin(theta0 * h) / h;
    }

    private static double[] transversePart(double[] h, double b) {
        return new double[] {h[0] * b, h[1] * b, 0};
    }

    /**
     * @return the Lorentzian FWHM of the metal's packets: 1/(pi T2) from its Korringa relaxation, in ppm of the
     *         observed frequency
     */
    static double homogeneousFwhmPpm(Material m, Nucleus nucleus, double temperatureK, double larmorHz) {
        return KorringaRelaxation.homogeneousFwhmHz(m.name(), nucleus.symbol(), temperatureK) / larmorHz * 1e6;
    }

    /** @return the non-housing part just behind a deposit site (against its normal), or null */
    static Part partBehind(List<Part> parts, SurfaceSite site) {
        Vector3d q = new Vector3d(site.normal()).mul(-1e-7).add(site.centre());
        for (Part p : parts) {
            if (p.role() != PartRole.HOUSING && p.body().contains(q)) {
                return p;
            }
        }
        return null;
    }

    /** @return how deep the part behind a site reaches along -normal [m] (bisection on containment) */
    private static double depthBehind(Part part, SurfaceSite site) {
        Vector3d q = new Vector3d();
        double lo = 0;
        double hi = 1e-6;
        while (hi < 0.1 && part.body().contains(q.set(site.normal()).mul(-hi).add(site.centre()))) {
            lo = hi;
            hi *= 2;
        }
        for (int it = 0; it < 40; it++) {
            double m = 0.5 * (lo + hi);
            if (part.body().contains(q.set(site.normal()).mul(-m).add(site.centre()))) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    static double observedNucleiPerVolume(Material m, Nucleus nucleus) {
        return m.atomNumberDensity() * nucleus.naturalAbundancePercent() / 100;
    }

    static Vector3d stackNormal(List<Part> parts) {
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

    static double thickness(Body b) {
        if (b instanceof Disk disk) {
            return disk.thickness();
        }
        var box = b.boundingBox();
        return Math.min(box.maxX() - box.minX(), Math.min(box.maxY() - box.minY(), box.maxZ() - box.minZ()));
    }
}
