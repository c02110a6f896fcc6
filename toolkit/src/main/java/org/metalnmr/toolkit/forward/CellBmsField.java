package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.List;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.materials.MaterialTable;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.MemoryEstimate;
import org.metalnmr.geometry.voxel.VoxelSource;
import org.metalnmr.geometry.voxel.Voxelizer;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.ShiftMap;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;

/**
 * The macroscopic bulk-magnetic-susceptibility field of a cell's electrode stack: the parts are
 * voxelised with partial volumes, each voxel gets chi = sum over materials of f_m (chi_m - chi_air)
 * (the cell sits in air, so susceptibilities count relative to it), and the zero-padded FFT dipole
 * solve gives dBz/B0 in ppm with the Lorentz sphere included (Salomir et al., Concepts Magn. Reson. B
 * 19, 26, 2003; docs/physics.md section 4). Inside a metal the map is the BMS part of the metal shift;
 * outside it, minus chi_local/3, it is the field a sub-grid particle there feels from the cell.
 *
 * <p>The housing is included. It is a solid envelope (PEEK, chi = -9.33e-6) that the stack displaces,
 * so by linear superposition of chi sources (exact to first order in chi, the order of the whole
 * model) its field is that of the whole envelope, solved on a coarse grid of its own
 * ({@link HousingEnvelopeField}, smooth where the stack sits), minus that of housing material
 * filling the stack's volume, which this fine grid carries: a stack voxel counts
 * f_m (chi_m - chi_housing) instead of f_m (chi_m - chi_air). The map and the host susceptibility
 * returned here are the sums, i.e. the whole cell in air. The housing term at the metal is
 * chi_PEEK (N_cavity - N_envelope) for ellipsoidal shapes (tested exactly for a spheroid in a
 * sphere): with the default cells it moves the cell-B foil line by -1.6 ppm and its whiskers by
 * -1.5 ppm, the cell-A foil by +0.7 ppm and broadens its upper peak (docs/susceptibility.md,
 * "The housing").</p>
 *
 * <p>Reference: the map is dBz/B0 against the applied field B0 far from the cell (the magnet filled
 * with air, no sample), so a line's ppm is K + BMS on the axis of an external reference whose own
 * BMS shift is zero. The Knight shifts of the material table are the measured shifts of the metal
 * against external 1 M LiCl(aq) at 0 ppm with the metal's BMS taken out (Trease et al. 2012 fit
 * K = 261 ppm with BMS = chi (1/3 - N_zz), the same convention), so the reference tube's own BMS is
 * part of K and the axis is the experimental one: 1 M LiCl(aq) at 0 ppm.</p>
 *
 * <p>When the stack normal lies along a lab axis the voxel is refined along it to a quarter of the
 * thinnest metal layer (the Li foil), so that the through-thickness field of plates is resolved.</p>
 */
final class CellBmsField {

    /** Channel-name prefix of a housing material on the fine grid (the part of the envelope the stack leaves). */
    private static final String HOUSING_CHANNEL = "housing:";

    private final GridSampler shift;
    private final GridSampler chi;
    private final GridSpec grid;
    private final double seconds;
    private final double chiAir;

    private CellBmsField(GridSpec grid, GridSampler shift, GridSampler chi, double seconds, double chiAir) {
        this.chiAir = chiAir;
        this.grid = grid;
        this.shift = shift;
        this.chi = chi;
        this.seconds = seconds;
    }

    /**
     * @param parts         the cell's parts (lab frame)
     * @param stackNormal   the stack's normal (lab frame, unit)
     * @param thinnestMetal thickness of the thinnest metal layer [m]
     * @param options       resolution
     * @return the solved field
     */
    static CellBmsField solve(List<Part> parts, Vector3dc stackNormal, double thinnestMetal, ForwardModelOptions options) {
        return solve(parts, stackNormal, thinnestMetal, options, HousingEnvelopeField.DEFAULT_VOXELS_ACROSS, MaterialTable.defaults());
    }

    /**
     * @param parts         the cell's parts (lab frame)
     * @param stackNormal   the stack's normal (lab frame, unit)
     * @param thinnestMetal thickness of the thinnest metal layer [m]
     * @param options       resolution
     * @param materials     the material table (the scenario's overrides in place)
     * @return the solved field
     */
    static CellBmsField solve(List<Part> parts, Vector3dc stackNormal, double thinnestMetal, ForwardModelOptions options,
                              MaterialTable materials) {
        return solve(parts, stackNormal, thinnestMetal, options, HousingEnvelopeField.DEFAULT_VOXELS_ACROSS, materials);
    }

    /**
     * @param parts          the cell's parts (lab frame)
     * @param stackNormal    the stack's normal (lab frame, unit)
     * @param thinnestMetal  thickness of the thinnest metal layer [m]
     * @param options        resolution
     * @param housingVoxels  coarse voxels along the housing's longest edge ({@link HousingEnvelopeField})
     * @return the solved field, housing included
     */
    static CellBmsField solve(List<Part> parts, Vector3dc stackNormal, double thinnestMetal, ForwardModelOptions options,
                              int housingVoxels) {
        return solve(parts, stackNormal, thinnestMetal, options, housingVoxels, MaterialTable.defaults());
    }

    /**
     * @param parts          the cell's parts (lab frame)
     * @param stackNormal    the stack's normal (lab frame, unit)
     * @param thinnestMetal  thickness of the thinnest metal layer [m]
     * @param options        resolution
     * @param housingVoxels  coarse voxels along the housing's longest edge ({@link HousingEnvelopeField})
     * @param materials      the material table (the scenario's overrides in place)
     * @return the solved field, housing included
     */
    static CellBmsField solve(List<Part> parts, Vector3dc stackNormal, double thinnestMetal, ForwardModelOptions options,
                              int housingVoxels, MaterialTable materials) {
        List<Part> stack = new ArrayList<>();
        List<Part> housings = new ArrayList<>();
        for (Part p : parts) {
            (p.role() == PartRole.HOUSING ? housings : stack).add(p);
        }
        BoundingBox box = union(stack);
        double h = options.bmsVoxelSizeM();
        double[] size = {h, h, h};
        int axis = alignedAxis(stackNormal);
        if (axis >= 0) {
            size[axis] = Math.min(h, thinnestMetal / 4);
        }
        refineAcrossThinParts(stack, axis, size);
        double margin = 2 * h;
        double vx = Math.ceil((box.maxX() - box.minX() + 2 * margin) / size[0]);
        double vy = Math.ceil((box.maxY() - box.minY() + 2 * margin) / size[1]);
        double vz = Math.ceil((box.maxZ() - box.minZ() + 2 * margin) / size[2]);
        // per voxel: float fractions per stack part, per housing twice (clipped and whole envelope) plus the running
        // occupancies; the chi and host-chi maps; the padded (8x) complex FFT work arrays of the solve
        GridBudget.require("the BMS voxel grid " + (long) vx + " x " + (long) vy + " x " + (long) vz, vx * vy * vz,
                4.0 * (stack.size() + 2 * housings.size() + 2) + 16 + 8 * 16, h, "--bms-voxel-m");
        int nx = (int) vx;
        int ny = (int) vy;
        int nz = (int) vz;
        GridSpec grid = new GridSpec(new Vector3d(box.minX() - margin, box.minY() - margin, box.minZ() - margin),
                size[0], size[1], size[2], nx, ny, nz);
        // the stack displaces the solid housing around it (higher priority); each housing material fills one channel;
        // within the stack the parts keep their roles' priorities, as on the RF grid: a deposit part (a flap of foil bent
        // up into the pellet) displaces the layer it lies in (with equal priorities the pellet, listed first, kept the
        // flap's voxels and the flap was missing from the chi map)
        List<VoxelSource> sources = new ArrayList<>();
        for (Part p : stack) {
            sources.add(new VoxelSource(p.material(), p.material(), p.body(), Math.max(1, p.role().voxelPriority())));
        }
        for (Part p : housings) {
            sources.add(new VoxelSource(HOUSING_CHANNEL + p.material(), p.material(), p.body(), 0));
        }
        MaterialGrid mg = Voxelizer.defaults().voxelizeSources(sources, grid);
        double[] hostChi = chiRelativeToAir(mg, materials);
        double[] chiMap = hostChi;
        if (!housings.isEmpty()) {
            // the coarse solve counts the whole envelope: take the envelope's own fraction off here, so that the
            // sum of the two solves is the housing minus the stack's cavity (linear superposition of chi sources)
            MaterialGrid envelope = Voxelizer.defaults().voxelize(housings.stream().map(Part::body).toList(), grid);
            chiMap = chiRelativeToAir(envelope, materials);
            for (int i = 0; i < chiMap.length; i++) {
                chiMap[i] = hostChi[i] - chiMap[i];
            }
        }
        long t0 = System.nanoTime();
        double[] shiftPpm = solveShift(grid, chiMap, "BMS voxel grid " + nx + " x " + ny + " x " + nz);
        HousingEnvelopeField housing = HousingEnvelopeField.solve(housings, housingVoxels, materials);
        double secs = (System.nanoTime() - t0) * 1e-9;
        double x0 = grid.origin().x();
        double y0 = grid.origin().y();
        double z0 = grid.origin().z();
        if (!housings.isEmpty()) {
            for (int k = 0; k < nz; k++) {
                double z = z0 + (k + 0.5) * size[2];
                for (int j = 0; j < ny; j++) {
                    double y = y0 + (j + 0.5) * size[1];
                    for (int i = 0; i < nx; i++) {
                        shiftPpm[grid.index(i, j, k)] += housing.shiftPpm(x0 + (i + 0.5) * size[0], y, z);
                    }
                }
            }
        }
        GridSampler s = new GridSampler(nx, ny, nz, x0, y0, z0, size[0], size[1], size[2], shiftPpm);
        for (int i = 0; i < hostChi.length; i++) {
            hostChi[i] *= 1e6;
        }
        GridSampler c = new GridSampler(nx, ny, nz, x0, y0, z0, size[0], size[1], size[2], hostChi);
        return new CellBmsField(grid, s, c, secs, materials.material("air").chi());
    }

    /**
     * The grid adapts to the thinnest conductor along every lab axis, not only the stack normal: a metal part whose
     * axis lies along another lab axis (a flap of the foil bent up into the pellet, its normal in the stack plane)
     * gets the same resolution across its thickness as the stack's layers, a quarter of it,
     * \[ h_a = \min(h_a, t_a / 4), \]
     * t_a the part's extent along its axis a [m]. With two voxels across such a part (the in-plane 60 um against a
     * 100 um flap) the trilinear sample inside it mixes the host's field with the metal's own and its line moves
     * by several ppm (docs/published-positions.md).
     *
     * @param stack      the non-housing parts
     * @param stackAxis  the lab axis of the stack normal (already refined), or -1
     * @param size       the voxel edges [m], refined in place
     */
    static void refineAcrossThinParts(List<Part> stack, int stackAxis, double[] size) {
        for (Part p : stack) {
            if (!Materials.byName(p.material()).metal()) {
                continue;
            }
            int a = alignedAxis(p.body().axisDirection());
            if (a < 0 || a == stackAxis) {
                continue;
            }
            BoundingBox b = p.body().boundingBox();
            double t = a == 0 ? b.maxX() - b.minX() : a == 1 ? b.maxY() - b.minY() : b.maxZ() - b.minZ();
            size[a] = Math.min(size[a], t / 4);
        }
    }

    /**
     * @param mg voxel fractions
     * @return per voxel sum over channels of f_c (chi_c - chi_air), chi_c the default susceptibility of the
     *         channel's material
     */
    static double[] chiRelativeToAir(MaterialGrid mg) {
        return chiRelativeToAir(mg, MaterialTable.defaults());
    }

    /**
     * @param mg        voxel fractions
     * @param materials the material table
     * @return per voxel sum over channels of f_c (chi_c - chi_air), chi_c the table's susceptibility of the
     *         channel's material
     */
    static double[] chiRelativeToAir(MaterialGrid mg, MaterialTable materials) {
        double chiAir = materials.material("air").chi();
        int n = (int) mg.grid().voxelCount();
        double[] chiMap = new double[n];
        List<String> channels = mg.channels();
        for (int c = 0; c < channels.size(); c++) {
            double dchi = materials.material(mg.material(channels.get(c))).chi() - chiAir;
            if (dchi == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                chiMap[i] += mg.fraction(c, i) * dchi;
            }
        }
        return chiMap;
    }

    /**
     * The zero-padded cell-kernel solve of a chi map, refused before allocating when it would not fit.
     *
     * @param grid the grid
     * @param chi  chi relative to air per voxel (index i + nx (j + ny k))
     * @param what the grid, for the memory message
     * @return dBz/B0 with the Lorentz sphere [ppm]
     */
    static double[] solveShift(GridSpec grid, double[] chi, String what) {
        VoxelFieldSolver solver = VoxelFieldSolver.create();
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        long solverBytes = solver.estimateBytes(nx, ny, nz);
        MemoryEstimate est = MemoryEstimate.of(grid, 2, 8, what);
        new MemoryEstimate(est.what() + " and its FFT solve", est.bytes() + solverBytes, grid, est.arrays(), est.bytesPerValue())
                .requireAvailable();
        ShiftMap map = solver.solve(new ChiGrid(nx, ny, nz, grid.voxelX(), grid.voxelY(), grid.voxelZ(), chi));
        return map.shiftPpm();
    }

    /**
     * @param p a point inside a metal part
     * @return the BMS shift there [ppm] (demagnetising field plus Lorentz sphere)
     */
    double insideShiftPpm(Vector3dc p) {
        return shift.sample(p.x(), p.y(), p.z());
    }

    /**
     * The shift a sub-grid metal particle of volume susceptibility chi_particle and demagnetising factor
     * N_zz (lab) feels at p. The stack's map there is the local field of the host medium,
     * map = macro - 2/3 chi_host (Lorentz sphere), with macro the macroscopic dBz/B0; inside the particle the
     * macroscopic field gains (chi_particle - chi_host)(1 - N_zz), and its nuclei see their own Lorentz term
     * -2/3 chi_particle, so
     * \[ \mathrm{BMS} = \mathrm{map}(p) + \left(\chi_\mathrm{particle} - \chi_\mathrm{host}(p)\right)
     *    \left(\tfrac{1}{3} - N_{zz}\right) \]
     * (the isolated-body result chi (1/3 - N_zz) of docs/physics.md section 4 when the host is air and the
     * stack absent). All susceptibilities are relative to air, as in the map.
     *
     * @param p           the particle's centre
     * @param chiParticle the particle's susceptibility (SI)
     * @param nzz         its demagnetising factor along B0 (lab frame)
     * @return its BMS shift [ppm]
     */
    double particleShiftPpm(Vector3dc p, double chiParticle, double nzz) {
        double chiHost = chi.sample(p.x(), p.y(), p.z()) * 1e-6;
        double dchi = chiParticle - chiAir - chiHost;
        return shift.sample(p.x(), p.y(), p.z()) + dchi * 1e6 * (1.0 / 3 - nzz);
    }

    /**
     * @param p a point
     * @return the susceptibility of the medium there (SI, absolute: the map holds it relative to air)
     */
    double hostChi(Vector3dc p) {
        return chi.sample(p.x(), p.y(), p.z()) * 1e-6 + chiAir;
    }

    /** @return the grid of the solve */
    GridSpec grid() {
        return grid;
    }

    /** @return the shift map values (index i + nx (j + ny k)) [ppm] */
    double[] shiftValues() {
        return shift.values();
    }

    /** @return the voxel edge along the stack normal, the smallest edge of the grid [m] */
    double normalVoxelSize() {
        return Math.min(grid.voxelX(), Math.min(grid.voxelY(), grid.voxelZ()));
    }

    /** @return wall time of the FFT solve [s] */
    double seconds() {
        return seconds;
    }

    static int alignedAxis(Vector3dc n) {
        double[] a = {Math.abs(n.x()), Math.abs(n.y()), Math.abs(n.z())};
        for (int i = 0; i < 3; i++) {
            if (a[i] > 1 - 1e-9) {
                return i;
            }
        }
        return -1;
    }

    static BoundingBox union(List<Part> parts) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Part p : parts) {
            BoundingBox b = p.body().boundingBox();
            lo[0] = Math.min(lo[0], b.minX());
            lo[1] = Math.min(lo[1], b.minY());
            lo[2] = Math.min(lo[2], b.minZ());
            hi[0] = Math.max(hi[0], b.maxX());
            hi[1] = Math.max(hi[1], b.maxY());
            hi[2] = Math.max(hi[2], b.maxZ());
        }
        return new BoundingBox(lo[0], lo[1], lo[2], hi[0], hi[1], hi[2]);
    }
}
