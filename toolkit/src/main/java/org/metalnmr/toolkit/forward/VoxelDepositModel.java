package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.joml.Vector3d;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.deposit.SurfaceSite;
import org.metalnmr.microstructure.field.B0Axis;
import org.metalnmr.microstructure.field.MemoryCheck;
import org.metalnmr.microstructure.field.PatchFieldSolver;
import org.metalnmr.microstructure.generate.HexCylinderArray;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.microstructure.rf.EuclideanDistanceTransform;
import org.metalnmr.microstructure.rf.SkinLayerWeights;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.toolkit.scenario.VoxelDepositEntry;
import org.metalnmr.toolkit.scenario.VoxelPlacement;
import org.metalnmr.toolkit.scenario.VoxelSource;

/**
 * A voxel deposit in its cell (issue 16, items 2-4): its own BMS field by FFT embedded in the cell's macroscopic field,
 * each voxel weighted by the cell's RF field at the patch and its own skin layer, histogrammed into spin packets.
 *
 * <p><b>Frame.</b> The patch's z axis is the face's outward normal n; its x axis lies in the face at
 * {@code rotationDeg} from the reference direction (B0 projected onto the face, or lab x when B0 is along n). The
 * patch's FFT kernel is even in each wave-vector component only for B0 along a patch axis, so other orientations are
 * refused (cell tilts other than multiples of 90 degrees, rotations other than multiples of 90 degrees when B0 lies in
 * the face).</p>
 *
 * <p><b>BMS (item 2).</b> Susceptibility is split, exactly to first order in chi, into the cell's own distribution
 * chi_cell (solved by {@link CellBmsField}: the electrode under the patch, the pellet, the housing, ...) and the
 * deposit's contrast \( \Delta\chi = \chi_\mathrm{metal} - \chi_\mathrm{host} \) in the patch's voxels above the face:
 * \[ \delta_v = K + \mathrm{map}(\mathbf p_\mathrm{above}) + \Delta\chi\,(D * o)(\mathbf r_v) \]
 * with map the cell's shift map in the host just above the face (the local field of the host medium, its Lorentz
 * sphere included), o the occupancy of the deposit voxels and D the dipole kernel with its Lorentz term 1/3
 * ({@link PatchFieldSolver}: laterally periodic patches take the k = 0 value of an infinite layer, the mean field of
 * the deposit layer across the face; isolated ones D(0) = 0). For a single isolated body this is
 * {@link CellBmsField#particleShiftPpm}: map + dchi (1/3 - N_zz), with the voxel solve in place of the closed form.
 * The patch's bottom planes up to the face ({@code electrodePlanes}) are the electrode itself: their susceptibility is
 * the cell's (contrast 0), its field comes from the cell's solve, and their nuclei are the electrode's own component's
 * (they are not counted twice); they stay in the distance transform, so that the deposit's bases are not taken for
 * surfaces.</p>
 *
 * <p><b>RF (item 3).</b> Each voxel's complex weight, in nuclei-equivalents as every other component
 * ({@link ForwardModel}):
 * \[ w_v = n V_v\, A\, |\mathbf h_\perp|^2 b^2\, e^{-2(1+i)x_v/\delta}\, \frac{\sin(\theta_0 a_v)}{a_v},\quad
 *    a_v = |\mathbf t_\perp| b\, e^{-x_v/\delta} \]
 * with n the observed nuclei per volume, V_v the voxel volume, A the number of patches the sample stands for, x_v the
 * voxel's Euclidean depth, delta the skin depth (rf-field's {@link SkinDepth}), b the coil's relative amplitude,
 * \( \mathbf t_\perp \) the part perpendicular to B0 of the cell's field h at the patch made tangential to the voxel's
 * nearest surface ({@link SkinLayerWeights} with the field vector), theta0 the flip angle: the skin-layer weight of
 * docs/physics.md sect. 3 with the thin-body flip response of the local amplitude. A laterally periodic patch stands
 * for a deposit over {@code coverage} of the face: the face is sampled on an equal-area polar grid and each sample
 * carries its own h, b and cell shift; an isolated patch sits at its offset, {@code copies} times.</p>
 *
 * <p><b>Reported, not modelled:</b> deposit voxels on the medial surface of bodies whose thickness 2x is within a
 * factor 3 of delta: there the planar decay from the nearest surface is approximate (the 3D eddy-current solver's
 * case).</p>
 */
final class VoxelDepositModel {

    /** Rings of the equal-area polar grid that samples a face; ring r holds 4 (2r + 1) cells. */
    static final int FACE_RINGS = 4;

    /** Width of the shift bins the voxels are histogrammed into [ppm] (far below the Korringa width of 7Li, 0.012). */
    static final double BIN_PPM = 0.002;

    /** Most bins of one deposit (the bin widens beyond). */
    private static final int MAX_BINS = 200_000;

    private VoxelDepositModel() {
    }

    /**
     * The result: the component and what went into it.
     *
     * @param component the spectral component
     * @param report    the numbers behind it (for result.json)
     */
    record Result(Component component, VoxelDepositReport report) {
    }

    /**
     * A deposit read or generated and checked against its face, before the cell's field solves.
     *
     * @param entry  the deposit
     * @param site   its face (lab frame)
     * @param parts  the cell's parts
     * @param axes   the patch's x, y, z axes in the lab frame
     * @param b0Axis the patch axis along B0 (0 x, 1 y, 2 z)
     * @param patch  the voxels
     * @param planes the bottom planes that are the electrode
     */
    record Prepared(VoxelDepositEntry entry, SurfaceSite site, List<Part> parts, Vector3d[] axes, int b0Axis,
                    VoxelMicrostructure patch, int planes) {
    }

    /**
     * Reads or generates the patch and checks its orientation, electrode planes and placement: every refusal that does
     * not need the cell's fields comes before they are solved.
     *
     * @param e     the deposit
     * @param site  its face (lab frame)
     * @param parts the cell's parts
     * @return the prepared deposit
     */
    static Prepared prepare(VoxelDepositEntry e, SurfaceSite site, List<Part> parts) {
        Vector3d n = new Vector3d(site.normal());
        Vector3d[] axes = patchAxes(n, e.placement().rotationDeg());
        int b0Axis = b0Axis(e.name(), axes);
        requireGeneratedFits(e.source());
        VoxelMicrostructure s = e.source().load();
        int planes = electrodePlanes(e, s, parts, site);
        checkPlacement(e, s, site);
        return new Prepared(e, site, parts, axes, b0Axis, s, planes);
    }

    /**
     * @param prepared     the deposit, prepared
     * @param m            its metal, the scenario's overrides in place
     * @param nucleus      the observed nucleus
     * @param larmorHz     the Larmor frequency [Hz]
     * @param theta0       the flip angle [rad]
     * @param temperatureK the temperature [K]
     * @param bms          the cell's BMS field
     * @param rf           the cell's RF field
     * @param coil         the coil's profile
     * @return the component and its report
     */
    static Result simulate(Prepared prepared, Material m, Nucleus nucleus, double larmorHz, double theta0, double temperatureK,
                           CellBmsField bms, CellRfField rf, CoilWeight coil) {
        long t0 = System.nanoTime();
        VoxelDepositEntry e = prepared.entry();
        SurfaceSite site = prepared.site();
        Vector3d n = new Vector3d(site.normal());
        Vector3d[] axes = prepared.axes();
        int b0Axis = prepared.b0Axis();
        VoxelMicrostructure s = prepared.patch();
        int planes = prepared.planes();
        double h = s.voxelSizeM();

        // the deposit's contrast to the host it stands in, and the occupancy of the voxels above the face; the cell's map
        // is sampled at least 1.5 of its voxels from the face, beyond the partial-volume voxel that holds the face (within
        // it the map is interpolated towards the mixed voxel's value: 3 ppm off in cell B at 0.75 voxels)
        Vector3d above = new Vector3d(n).mul(Math.max(1.5 * bms.normalVoxelSize(), 0.5 * (s.nz() - planes) * h)).add(site.centre());
        double hostChi = bms.hostChi(above);
        double contrast = m.chi() - hostChi;
        VoxelMicrostructure deposit = planes == 0 ? s : abovePlanes(s, planes);
        long depositVoxels = deposit.metalCount();
        if (depositVoxels == 0) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "voxel deposit '" + e.name() + "'",
                    "a patch with metal above its " + planes + " electrode planes", "no metal voxel above the face");
        }
        int threads = Runtime.getRuntime().availableProcessors();
        boolean[] periodic = PatchFieldSolver.defaultPeriodicity(s);
        int[] fft = PatchFieldSolver.fftGrid(deposit, periodic);
        double[] patchPpm = PatchFieldSolver.create().withB0Axis(B0Axis.values()[b0Axis]).withThreads(threads)
                .solvePpm(deposit, contrast, periodic);
        deposit = null;
        long t1 = System.nanoTime();
        MemoryCheck.require("distance transform", s.nx(), s.ny(), s.nz(), fft, 4L * s.voxelCount(), s.laterallyPeriodic());
        int[] d2 = EuclideanDistanceTransform.squaredDistances(s, periodic);
        double delta = SkinDepth.skinDepth(m, larmorHz, temperatureK);
        double knight = m.knightShiftPpm(nucleus.symbol());

        // the face samples: where the patch stands, how many patches each stands for, the cell's h, b and shift there
        List<double[]> samples = faceSamples(e.placement(), s, site);
        int ns = samples.size();
        double[][] hPatch = new double[ns][];
        double[] mapPpm = new double[ns];
        double[] insidePpm = new double[ns];
        Part behind = ForwardModel.partBehind(prepared.parts(), site);
        boolean metalBehind = behind != null && org.metalnmr.core.materials.Materials.byName(behind.material()).metal();
        double insideDepth = metalBehind ? Math.min(ForwardModel.thickness(behind.body()) / 2,
                Math.max(delta, 1.5 * bms.normalVoxelSize())) : 0;
        double[] count = new double[ns];
        Vector3d p = new Vector3d();
        Vector3d probe = new Vector3d();
        double[] hl = new double[3];
        double hs = above.sub(site.centre(), new Vector3d()).dot(n);
        // sample coordinates (u, v) are along the face's reference direction and normal x reference (as the offset)
        Vector3d[] reference = patchAxes(n, 0);
        for (int q = 0; q < ns; q++) {
            double[] smp = samples.get(q);
            p.set(site.centre()).fma(smp[0], reference[0]).fma(smp[1], reference[1]);
            probe.set(n).mul(1.5 * rf.voxelSize()).add(p);
            rf.field(probe, hl);
            double b = coil.relativeAmplitude(p);
            hPatch[q] = new double[3];
            for (int a = 0; a < 3; a++) {
                hPatch[q][a] = b * (hl[0] * axes[a].x + hl[1] * axes[a].y + hl[2] * axes[a].z);
            }
            mapPpm[q] = bms.insideShiftPpm(new Vector3d(n).mul(hs).add(p));
            insidePpm[q] = metalBehind ? bms.insideShiftPpm(new Vector3d(n).mul(-insideDepth).add(p)) : Double.NaN;
            count[q] = smp[2];
        }

        // shift range for the bins
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        int nx = s.nx();
        int ny = s.ny();
        int nz = s.nz();
        for (int k = planes; k < nz; k++) {
            for (int idx = k * nx * ny; idx < (k + 1) * nx * ny; idx++) {
                if (s.isMetal(idx)) {
                    lo = Math.min(lo, patchPpm[idx]);
                    hi = Math.max(hi, patchPpm[idx]);
                }
            }
        }
        double mapLo = Double.MAX_VALUE;
        double mapHi = -Double.MAX_VALUE;
        for (double v : mapPpm) {
            mapLo = Math.min(mapLo, v);
            mapHi = Math.max(mapHi, v);
        }
        double start = knight + lo + mapLo;
        double span = (hi - lo) + (mapHi - mapLo);
        double bin = Math.max(BIN_PPM, span / (MAX_BINS - 2));
        int bins = (int) Math.ceil(span / bin) + 2;
        double[] re = new double[bins];
        double[] im = new double[bins];

        double nPerVolume = ForwardModel.observedNucleiPerVolume(m, nucleus);
        double voxelVolume = h * h * h;
        // per deposit voxel, once: its depth over delta and the quadratic form M of its transverse tangential factor,
        // |t_perp(h)|^2 = h^T M h (polarisation of SkinLayerWeights' factor over six field directions); each face sample
        // then costs a few multiplications per voxel
        int count3 = (int) depositVoxels;
        MemoryCheck.require("voxel weights", nx, ny, nz, fft, 32L * count3, s.laterallyPeriodic());
        int[] voxel = new int[count3];
        float[] depth = new float[count3];
        if (6L * count3 > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "deposit voxels of voxel deposit '" + e.name() + "'",
                    "at most " + (Integer.MAX_VALUE - 16) / 6, Long.toString(depositVoxels));
        }
        float[] form = new float[6 * count3];
        double[][] basis = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}};
        SkinLayerWeights[] probe6 = new SkinLayerWeights[6];
        for (int c = 0; c < 6; c++) {
            probe6[c] = new SkinLayerWeights(s, periodic, d2, delta, b0Axis, basis[c]);
        }
        int v = 0;
        for (int k = planes; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int idx = i + nx * (j + ny * k);
                    if (!s.isMetal(idx)) {
                        continue;
                    }
                    voxel[v] = idx;
                    depth[v] = (float) (probe6[0].depthM(idx) / delta);
                    double fx = probe6[0].transverseFactor(i, j, k);
                    double fy = probe6[1].transverseFactor(i, j, k);
                    double fz = probe6[2].transverseFactor(i, j, k);
                    form[6 * v] = (float) fx;
                    form[6 * v + 1] = (float) fy;
                    form[6 * v + 2] = (float) fz;
                    form[6 * v + 3] = (float) (0.5 * (probe6[3].transverseFactor(i, j, k) - fx - fy));
                    form[6 * v + 4] = (float) (0.5 * (probe6[4].transverseFactor(i, j, k) - fx - fz));
                    form[6 * v + 5] = (float) (0.5 * (probe6[5].transverseFactor(i, j, k) - fy - fz));
                    v++;
                }
            }
        }
        double weightedMap = 0;
        double weightedInside = 0;
        double weightedH = 0;
        double weightSum = 0;
        for (int q = 0; q < ns; q++) {
            double[] hq = hPatch[q];
            double scale = nPerVolume * voxelVolume * count[q];
            double sampleAbs = 0;
            for (int c = 0; c < count3; c++) {
                int o6 = 6 * c;
                double factor = form[o6] * hq[0] * hq[0] + form[o6 + 1] * hq[1] * hq[1] + form[o6 + 2] * hq[2] * hq[2]
                        + 2 * (form[o6 + 3] * hq[0] * hq[1] + form[o6 + 4] * hq[0] * hq[2] + form[o6 + 5] * hq[1] * hq[2]);
                factor = Math.max(0, factor);
                double x = depth[c];
                double mag = factor * Math.exp(-2 * x);
                double a = Math.sqrt(mag);
                double f = scale * ForwardModel.flipFactor(theta0, a) * mag;
                double wr = f * Math.cos(2 * x);
                double wi = -f * Math.sin(2 * x);
                sampleAbs += Math.abs(f);
                double pos = (knight + patchPpm[voxel[c]] + mapPpm[q] - start) / bin;
                int b0 = Math.max(0, Math.min(bins - 2, (int) Math.floor(pos)));
                double frac = Math.max(0, Math.min(1, pos - b0));
                re[b0] += (1 - frac) * wr;
                im[b0] += (1 - frac) * wi;
                re[b0 + 1] += frac * wr;
                im[b0 + 1] += frac * wi;
            }
            weightedMap += sampleAbs * mapPpm[q];
            weightedInside += sampleAbs * insidePpm[q];
            weightedH += sampleAbs * transverse(hq, b0Axis);
            weightSum += sampleAbs;
        }
        long t2 = System.nanoTime();

        int kept = 0;
        for (int c = 0; c < bins; c++) {
            if (re[c] != 0 || im[c] != 0) {
                kept++;
            }
        }
        double[] sp = new double[kept];
        double[] wr = new double[kept];
        double[] wi = new double[kept];
        int o = 0;
        for (int c = 0; c < bins; c++) {
            if (re[c] != 0 || im[c] != 0) {
                sp[o] = start + c * bin;
                wr[o] = re[c];
                wi[o] = im[c];
                o++;
            }
        }
        double patches = 0;
        for (double c : count) {
            patches += c;
        }
        double volume = depositVoxels * voxelVolume * patches;
        Component component = new Component(e.name(), ComponentKind.VOXEL_MICROSTRUCTURE, m.name(), volume,
                volume * nPerVolume, new SpinPackets(sp, wr, wi), ForwardModel.homogeneousFwhmPpm(m, nucleus, temperatureK, larmorHz));
        int[] comparable = comparableToSkinDepth(s, planes, d2, delta);
        VoxelDepositReport report = new VoxelDepositReport(e.name(), new int[] {nx, ny, nz}, h, s.laterallyPeriodic(), planes,
                depositVoxels, "xyz".substring(b0Axis, b0Axis + 1), m.chi(), hostChi, contrast, fft, delta, knight,
                weightSum > 0 ? weightedMap / weightSum : Double.NaN, weightSum > 0 ? weightedInside / weightSum : Double.NaN,
                weightSum > 0 ? weightedH / weightSum : 0, ns, patches,
                comparable[0], comparable[1], (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
        return new Result(component, report);
    }

    /** @return |h| perpendicular to B0 */
    private static double transverse(double[] h, int b0Axis) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            if (a != b0Axis) {
                s += h[a] * h[a];
            }
        }
        return Math.sqrt(s);
    }

    /**
     * @param n           the face normal (lab)
     * @param rotationDeg the patch's x axis from the reference direction [deg]
     * @return the patch's x, y, z axes in the lab frame
     */
    static Vector3d[] patchAxes(Vector3d n, double rotationDeg) {
        Vector3d ref = new Vector3d(0, 0, 1).fma(-n.z, n);
        if (ref.length() < 1e-6) {
            ref.set(1, 0, 0).fma(-n.x, n);
        }
        ref.normalize();
        Vector3d side = new Vector3d(n).cross(ref);
        double r = Math.toRadians(rotationDeg);
        Vector3d ex = new Vector3d(ref).mul(Math.cos(r)).fma(Math.sin(r), side).normalize();
        Vector3d ey = new Vector3d(n).cross(ex).normalize();
        return new Vector3d[] {ex, ey, new Vector3d(n)};
    }

    /** @return the patch axis along B0 (lab z), refused unless B0 is along one */
    private static int b0Axis(String name, Vector3d[] axes) {
        for (int a = 0; a < 3; a++) {
            if (Math.abs(Math.abs(axes[a].z) - 1) < 1e-9) {
                return a;
            }
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "B0 in the axes of voxel deposit '" + name + "'",
                "along the patch's x, y or z (the FFT kernel's symmetry): placement.rotationDeg a multiple of 90 when B0 lies"
                        + " in the face, a cell tilt of 0 or 90 degrees",
                String.format(Locale.ROOT, "(%.3f, %.3f, %.3f)", axes[0].z, axes[1].z, axes[2].z));
    }

    /** Refuses a generated patch whose occupancy would not fit, before generating it. */
    private static void requireGeneratedFits(VoxelSource source) {
        if (source instanceof VoxelSource.HexArray hex) {
            HexCylinderArray g = hex.generator();
            int nl = g.lateralVoxels();
            int nz = g.heightVoxels();
            MemoryCheck.require("generation", nl, nl, nz, new int[] {nl, nl, nz}, ((long) nl * nl * nz + 63) / 64 * 8, true);
        } else if (source instanceof VoxelSource.Whiskers wh) {
            int nl = (int) Math.round(wh.generator().boxLateralM() / wh.generator().voxelSizeM());
            int nz = (int) Math.round(wh.generator().boxHeightM() / wh.generator().voxelSizeM());
            MemoryCheck.require("generation", nl, nl, nz, new int[] {nl, nl, nz}, ((long) nl * nl * nz + 63) / 64 * 8, true);
        }
    }

    /** @return the planes below the face: as given, or the patch's full bottom planes; checked against the part behind */
    private static int electrodePlanes(VoxelDepositEntry e, VoxelMicrostructure s, List<Part> parts, SurfaceSite site) {
        int planes = e.placement().electrodePlanes() >= 0 ? e.placement().electrodePlanes() : s.fullPlanesFromBottom();
        if (planes >= s.nz()) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "placement.electrodePlanes of voxel deposit '" + e.name() + "'",
                    "fewer than the patch's " + s.nz() + " planes (set it explicitly, e.g. 0 for a patch that is all deposit)",
                    Integer.toString(planes));
        }
        if (planes > 0) {
            Part behind = ForwardModel.partBehind(parts, site);
            if (behind == null || !behind.material().equals(e.material())) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "placement.electrodePlanes of voxel deposit '" + e.name() + "'",
                        "0 when the part under the face is not " + e.material() + " (the planes below the face are that part)",
                        planes + " planes on " + (behind == null ? "nothing" : behind.name() + " (" + behind.material() + ")"));
            }
        }
        return planes;
    }

    private static void checkPlacement(VoxelDepositEntry e, VoxelMicrostructure s, SurfaceSite site) {
        VoxelPlacement p = e.placement();
        String what = "placement of voxel deposit '" + e.name() + "'";
        double halfDiagonal = 0.5 * s.voxelSizeM() * Math.hypot(s.nx(), s.ny());
        if (s.laterallyPeriodic()) {
            if (p.offsetU() != 0 || p.offsetV() != 0 || p.copies() != 1) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, what,
                        "coverage only for a laterally periodic patch (it repeats across the face); offset and copies place an isolated one",
                        String.format(Locale.ROOT, "offset [%g, %g] m, copies %d", p.offsetU(), p.offsetV(), p.copies()));
            }
            if (2 * halfDiagonal > 2 * site.radius()) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, what, "a period smaller than the face (diameter "
                        + 2 * site.radius() + " m)", String.format(Locale.ROOT, "a %g m period", s.nx() * s.voxelSizeM()));
            }
        } else {
            if (p.coverage() != 1) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, what,
                        "offset and copies for an isolated patch; coverage is for a laterally periodic one", "coverage " + p.coverage());
            }
            double r = Math.hypot(p.offsetU(), p.offsetV()) + halfDiagonal;
            if (r > site.radius()) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, what, "the patch within the face (radius " + site.radius()
                        + " m)", String.format(Locale.ROOT, "reaching %g m from the centre", r));
            }
        }
    }

    /**
     * @return face samples {u, v, patches}: an isolated patch at its offset (copies), a periodic one on an equal-area
     *         polar grid over the face, each cell standing for coverage x its area / the patch's area
     */
    static List<double[]> faceSamples(VoxelPlacement p, VoxelMicrostructure s, SurfaceSite site) {
        List<double[]> out = new ArrayList<>();
        if (!s.laterallyPeriodic()) {
            out.add(new double[] {p.offsetU(), p.offsetV(), p.copies()});
            return out;
        }
        double patchArea = s.nx() * s.ny() * s.voxelSizeM() * s.voxelSizeM();
        double r = site.radius();
        for (int ring = 0; ring < FACE_RINGS; ring++) {
            int cells = 4 * (2 * ring + 1);
            double radius = r * Math.sqrt((ring + 0.5) / FACE_RINGS);
            double cellArea = site.area() / FACE_RINGS / cells;
            for (int c = 0; c < cells; c++) {
                double phi = 2 * Math.PI * (c + 0.5) / cells;
                out.add(new double[] {radius * Math.cos(phi), radius * Math.sin(phi), p.coverage() * cellArea / patchArea});
            }
        }
        return out;
    }

    /** @return the structure with the planes below {@code planes} emptied */
    private static VoxelMicrostructure abovePlanes(VoxelMicrostructure s, int planes) {
        MemoryCheck.require("deposit occupancy", s.nx(), s.ny(), s.nz(), new int[] {s.nx(), s.ny(), s.nz()},
                ((long) s.voxelCount() + 63) / 64 * 8, s.laterallyPeriodic());
        OccupancyBits bits = new OccupancyBits(s.nx(), s.ny(), s.nz());
        for (int idx = planes * s.nx() * s.ny(); idx < s.voxelCount(); idx++) {
            if (s.isMetal(idx)) {
                bits.set(idx, true);
            }
        }
        return bits.build(s.voxelSizeM(), s.laterallyPeriodic());
    }

    /**
     * Deposit voxels on the medial surface (no 6-neighbour deeper) of bodies whose local thickness 2x (x the depth) lies
     * within a factor 3 of the skin depth, where the planar decay from the nearest surface is approximate.
     *
     * @return {comparable, medial}: medial deposit voxels within the factor, all medial deposit voxels
     */
    static int[] comparableToSkinDepth(VoxelMicrostructure s, int planes, int[] d2, double delta) {
        int nx = s.nx();
        int ny = s.ny();
        int nz = s.nz();
        int comparable = 0;
        int medial = 0;
        int[][] steps = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int k = planes; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int idx = i + nx * (j + ny * k);
                    if (!s.isMetal(idx) || d2[idx] == EuclideanDistanceTransform.UNREACHED) {
                        continue;
                    }
                    boolean top = true;
                    for (int[] st : steps) {
                        int a = i + st[0];
                        int b = j + st[1];
                        int c = k + st[2];
                        if (s.laterallyPeriodic()) {
                            a = Math.floorMod(a, nx);
                            b = Math.floorMod(b, ny);
                        }
                        if (a < 0 || a >= nx || b < 0 || b >= ny || c < 0 || c >= nz) {
                            continue;
                        }
                        if (d2[a + nx * (b + ny * c)] > d2[idx]) {
                            top = false;
                            break;
                        }
                    }
                    if (!top) {
                        continue;
                    }
                    medial++;
                    double thickness = 2 * Math.sqrt(d2[idx]) * s.voxelSizeM();
                    if (thickness >= delta / 3 && thickness <= 3 * delta) {
                        comparable++;
                    }
                }
            }
        }
        return new int[] {comparable, medial};
    }
}
