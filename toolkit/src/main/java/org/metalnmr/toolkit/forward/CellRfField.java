package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.List;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.MemoryEstimate;
import org.metalnmr.geometry.voxel.VoxelSource;
import org.metalnmr.geometry.voxel.Voxelizer;
import org.metalnmr.rf.potential.AppliedField3D;
import org.metalnmr.rf.potential.MetalMask;
import org.metalnmr.rf.potential.PotentialSolution3D;
import org.metalnmr.rf.potential.PotentialSolver3D;
import org.metalnmr.rf.potential.SurfaceElement;

/**
 * The RF field around the metal parts of a cell, in the limit where the skin depth is far smaller
 * than the parts (mm foils and collectors at 100-200 MHz: d of 5-15 um): the metal is a perfect
 * diamagnet, the field outside it is solved for the magnetic scalar potential on a voxel grid
 * ({@link PotentialSolver3D}, docs/physics.md section 3, surface-impedance approach), and each surface
 * element's tangential field h_t (relative to the applied B1) sets its skin-layer signal. Parts in
 * contact (foil on current collector) merge into one screen, so only faces open to non-conducting
 * space carry field. The applied field is uniform along the coil axis; the coil's own
 * inhomogeneity enters separately as a weight (see {@link CoilWeight}).
 *
 * <p>Inside non-conductors (pellet, composite, electrolyte, the space around deposits) the field is the solved
 * field of the insulating region. It is sampled by trilinear interpolation of the voxel-centre field vectors over
 * the non-metal voxels only (the weights of metal voxels, where the stored field is zero, are dropped and the rest
 * renormalised), so that a thin insulating layer between two screens, thinner than a voxel, takes the field of the
 * insulating voxels next to it instead of a mix with the zero inside the metal.</p>
 */
final class CellRfField {

    /** Smallest partial volume that makes a voxel metal. */
    static final double MIN_FRACTION = 0.1;

    private final PotentialSolution3D solution;
    private final MetalMask mask;
    /** the nested sub-grid's solution, or null */
    private final PotentialSolution3D fine;

    private CellRfField(PotentialSolution3D solution, MetalMask mask, PotentialSolution3D fine) {
        this.solution = solution;
        this.mask = mask;
        this.fine = fine;
    }

    /**
     * @param parts      the parts (lab frame); the metal ones become the screen
     * @param b1Direction direction of the applied RF field (the coil axis), lab frame
     * @param observed   the observed metal (its parts win a voxel they share with another metal)
     * @param options    resolution
     * @return the solved field
     */
    static CellRfField solve(List<Part> parts, Vector3dc b1Direction, String observed, ForwardModelOptions options) {
        List<Part> metals = new ArrayList<>();
        for (Part p : parts) {
            if (p.role() != PartRole.HOUSING && Materials.byName(p.material()).metal()) {
                metals.add(p);
            }
        }
        BoundingBox box = CellBmsField.union(metals);
        GridChoice choice = GridChoice.of(metals, observed, options.rfVoxelSizeM(), options.rfVoxelsAcrossLayer());
        double h = choice.voxelSizeM();
        double extent = Math.max(box.maxX() - box.minX(), Math.max(box.maxY() - box.minY(), box.maxZ() - box.minZ()));
        // a margin of 0.75 extent on each side: the induced dipole's image error (a/L)^5 after dipole correction is < 1e-3
        double margin = 0.75 * extent;
        double[] origin = {box.minX() - margin, box.minY() - margin, box.minZ() - margin};
        if (choice.axis() >= 0) {
            // put a face of the thinnest observed layer on a voxel boundary: the layer is then exactly n voxels thick
            origin[choice.axis()] = choice.faceM() - Math.ceil((choice.faceM() - origin[choice.axis()]) / h) * h;
        }
        double vx = Math.ceil((box.maxX() + margin - origin[0]) / h);
        double vy = Math.ceil((box.maxY() + margin - origin[1]) / h);
        double vz = Math.ceil((box.maxZ() + margin - origin[2]) / h);
        GridBudget.require("the RF potential grid " + (long) vx + " x " + (long) vy + " x " + (long) vz, vx * vy * vz,
                PotentialSolver3D.BYTES_PER_VOXEL + 4.0 * metals.size(), h, "--rf-voxel-m");
        int nx = (int) vx;
        int ny = (int) vy;
        int nz = (int) vz;
        GridSpec grid = new GridSpec(new Vector3d(origin[0], origin[1], origin[2]), h, h, h, nx, ny, nz);
        MetalMask mask = metalMask(metals, observed, grid, "RF potential grid ");
        AppliedField3D applied = AppliedField3D.uniform(new double[] {b1Direction.x(), b1Direction.y(), b1Direction.z()});
        PotentialSolver3D solver = new PotentialSolver3D().withTolerance(1e-6);
        PotentialSolution3D sol = solver.solve(mask, applied);
        if (options.rfRefinement() <= 1) {
            return new CellRfField(sol, mask, null);
        }
        GridSpec sub = Refinement.subGrid(parts, observed, grid, options.rfRefinement());
        GridBudget.require("the RF sub-grid " + sub.nx() + " x " + sub.ny() + " x " + sub.nz(), (double) sub.voxelCount(),
                PotentialSolver3D.BYTES_PER_VOXEL + 4.0 * metals.size(), sub.voxelX(),
                "a lower --rf-refinement, for a sub-grid voxel [m] of");
        MetalMask subMask = metalMask(metals, observed, sub, "RF potential sub-grid ");
        PotentialSolution3D fine = solver.solveInside(subMask, applied, sol);
        return new CellRfField(sol, mask, fine);
    }

    private static MetalMask metalMask(List<Part> metals, String observed, GridSpec grid, String what) {
        long bytes = (long) (PotentialSolver3D.BYTES_PER_VOXEL * grid.voxelCount())
                + MemoryEstimate.of(grid, metals.size(), 4, "").bytes();
        new MemoryEstimate(what + grid.nx() + " x " + grid.ny() + " x " + grid.nz(), bytes, grid, metals.size(), 4).requireAvailable();
        // each part its own channel, so that surface elements keep the part they belong to
        List<VoxelSource> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Part p : metals) {
            sources.add(new VoxelSource(p.name(), p.material(), p.body(), p.role().voxelPriority()));
            names.add(p.name());
        }
        MaterialGrid mg = Voxelizer.defaults().voxelizeSources(sources, grid);
        // parts of the observed metal win the voxels they share with another metal (a 100 um Li foil on a 1 mm Cu
        // collector keeps its own exposed faces); 0.1 keeps the 20 um Ti foil as a one-voxel screen
        boolean[] preferred = new boolean[metals.size()];
        for (int p = 0; p < preferred.length; p++) {
            preferred[p] = metals.get(p).material().equals(observed);
        }
        return MetalMask.fromMaterialGrid(mg, names, MIN_FRACTION, preferred);
    }

    /**
     * The nested RF sub-grid (local refinement where the field varies fastest). In a cell whose electrodes face B1
     * (cell A) the RF reaches the observed foil, the deposits and the species between the electrodes only round the
     * rims of the stack, through a gap (pellet and composite) bounded by the 20 um Ti foil: a field that varies on the
     * scale of that foil and of the gap, which a uniform grid of the whole cell cannot resolve. The sub-grid covers
     * the observed-metal parts and every non-metal, non-housing part (pellet, composite), widened on every side by
     * {@link #MARGIN_COARSE_VOXELS} coarse voxels (or {@link #MARGIN_M}, whichever is larger), snapped outward to
     * coarse voxel boundaries (so that the layer faces aligned by GridChoice stay on voxel boundaries) and clipped to
     * the whole-cell grid; its voxel is h / r. Its outer faces end inside the current collectors or in air around
     * the rims, where the whole-cell potential is smooth; their values come from that solve (one-way nesting,
     * {@link PotentialSolver3D#solveInside}); the whole-cell grid's own first-order error in those values is kept
     * (docs/rf-solvers.md, "Nested sub-grid").
     */
    static final class Refinement {

        /** Coarse voxels of margin around the refined parts: the boundary error decays over a few voxels. */
        static final int MARGIN_COARSE_VOXELS = 6;
        /** Smallest margin [m]: the gap field decays from the rim over about the gap / pi (0.75 mm / pi in the presets). */
        static final double MARGIN_M = 0.6e-3;

        private Refinement() {
        }

        /**
         * @param parts    the cell's parts
         * @param observed the observed metal
         * @param coarse   the whole-cell grid
         * @param ratio    refinement ratio r
         * @return the sub-grid
         */
        static GridSpec subGrid(List<Part> parts, String observed, GridSpec coarse, int ratio) {
            double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (Part p : parts) {
                if (p.role() == PartRole.HOUSING) {
                    continue;
                }
                boolean metal = Materials.byName(p.material()).metal();
                if (metal && !p.material().equals(observed)) {
                    continue;
                }
                BoundingBox b = p.body().boundingBox();
                double[] bl = {b.minX(), b.minY(), b.minZ()};
                double[] bh = {b.maxX(), b.maxY(), b.maxZ()};
                for (int a = 0; a < 3; a++) {
                    lo[a] = Math.min(lo[a], bl[a]);
                    hi[a] = Math.max(hi[a], bh[a]);
                }
            }
            double h = coarse.voxelX();
            double margin = Math.max(MARGIN_COARSE_VOXELS * h, MARGIN_M);
            double[] origin = {coarse.origin().x(), coarse.origin().y(), coarse.origin().z()};
            int[] n = {coarse.nx(), coarse.ny(), coarse.nz()};
            int[] first = new int[3];
            int[] count = new int[3];
            for (int a = 0; a < 3; a++) {
                int i0 = (int) Math.max(0, Math.floor((lo[a] - margin - origin[a]) / h));
                int i1 = (int) Math.min(n[a], Math.ceil((hi[a] + margin - origin[a]) / h));
                first[a] = i0;
                count[a] = Math.max(1, i1 - i0) * ratio;
            }
            double f = h / ratio;
            return new GridSpec(new Vector3d(origin[0] + first[0] * h, origin[1] + first[1] * h, origin[2] + first[2] * h),
                    f, f, f, count[0], count[1], count[2]);
        }
    }

    /**
     * The RF grid's voxel size and alignment. The staircase of a layer one or two voxels thick misplaces its faces by up to
     * a voxel, and its exposed rim (which carries most of the signal of a foil whose normal is along B1) scales with the
     * thickness the grid gives it; so the voxel is tied to the thinnest observed-metal layer,
     * \[ h = t / n, \]
     * t its thickness along its (lab-axis-aligned) normal and n the voxels across it
     * ({@link ForwardModelOptions#rfVoxelsAcrossLayer()}), and a face of that layer is put on a voxel boundary, so that
     * for integer n the staircase layer is exactly t thick. With n = 0 the voxel is the given size (still aligned); when no
     * observed-metal part is aligned with a lab axis (a tilted cell) it is the given size, not aligned.
     *
     * @param voxelSizeM the voxel edge h [m]
     * @param axis       lab axis of the layer's normal (0, 1, 2), or -1 when not aligned
     * @param faceM      coordinate of the layer's lower face along that axis [m]
     * @param layerM     the layer's thickness t [m] (NaN when not aligned)
     */
    record GridChoice(double voxelSizeM, int axis, double faceM, double layerM) {

        static GridChoice of(List<Part> metals, String observed, double givenVoxelM, double voxelsAcross) {
            GridChoice best = new GridChoice(givenVoxelM, -1, 0, Double.NaN);
            double thinnest = Double.MAX_VALUE;
            for (Part p : metals) {
                if (!p.material().equals(observed)) {
                    continue;
                }
                int axis = CellBmsField.alignedAxis(p.body().axisDirection());
                if (axis < 0) {
                    continue;
                }
                BoundingBox b = p.body().boundingBox();
                double[] lo = {b.minX(), b.minY(), b.minZ()};
                double[] hi = {b.maxX(), b.maxY(), b.maxZ()};
                double t = hi[axis] - lo[axis];
                if (t < thinnest) {
                    thinnest = t;
                    best = new GridChoice(voxelsAcross > 0 ? t / voxelsAcross : givenVoxelM, axis, lo[axis], t);
                }
            }
            return best;
        }
    }

    /**
     * @param partName a metal part
     * @return its surface elements (position, outward normal, area, field just outside)
     */
    List<SurfaceElement> surface(String partName) {
        int label = mask.partNames().indexOf(partName) + 1;
        List<SurfaceElement> out = new ArrayList<>();
        for (SurfaceElement e : solution.surfaceElements()) {
            if (e.part() == label && (fine == null || !inside(fine.mask(), e.x(), e.y(), e.z(), 0))) {
                out.add(e);
            }
        }
        if (fine != null) {
            for (SurfaceElement e : fine.surfaceElements()) {
                if (e.part() == label) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** @return whether (x, y, z) lies inside the grid of m by more than the given inset [m] */
    private static boolean inside(MetalMask m, double x, double y, double z, double inset) {
        double h = m.voxelSizeM();
        double[] o = m.originM();
        return x > o[0] + inset && x < o[0] + m.nx() * h - inset && y > o[1] + inset && y < o[1] + m.ny() * h - inset
                && z > o[2] + inset && z < o[2] + m.nz() * h - inset;
    }

    /**
     * The field vector h = H/|H_applied| at a point in the space between the metal parts, interpolated over the
     * non-metal voxels around it (class comment); zero when all eight are metal.
     *
     * @param p   a point [m]
     * @param out receives (hx, hy, hz)
     * @return out
     */
    double[] field(Vector3dc p, double[] out) {
        if (fine != null && inside(fine.mask(), p.x(), p.y(), p.z(), 0.5 * fine.mask().voxelSizeM())) {
            return field(fine, p, out);
        }
        return field(solution, p, out);
    }

    private static double[] field(PotentialSolution3D solution, Vector3dc p, double[] out) {
        MetalMask mask = solution.mask();
        double h = mask.voxelSizeM();
        double fx = clamp((p.x() - mask.centerX(0)) / h, mask.nx());
        double fy = clamp((p.y() - mask.centerY(0)) / h, mask.ny());
        double fz = clamp((p.z() - mask.centerZ(0)) / h, mask.nz());
        int i0 = Math.min((int) fx, mask.nx() - 2);
        int j0 = Math.min((int) fy, mask.ny() - 2);
        int k0 = Math.min((int) fz, mask.nz() - 2);
        double tx = fx - i0;
        double ty = fy - j0;
        double tz = fz - k0;
        double[] v = new double[3];
        double wsum = 0;
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        for (int c = 0; c < 8; c++) {
            int i = i0 + (c & 1);
            int j = j0 + ((c >> 1) & 1);
            int k = k0 + ((c >> 2) & 1);
            if (mask.label(i, j, k) != 0) {
                continue;
            }
            double w = ((c & 1) == 1 ? tx : 1 - tx) * (((c >> 1) & 1) == 1 ? ty : 1 - ty) * (((c >> 2) & 1) == 1 ? tz : 1 - tz);
            solution.fieldVector(i, j, k, v);
            out[0] += w * v[0];
            out[1] += w * v[1];
            out[2] += w * v[2];
            wsum += w;
        }
        if (wsum > 1e-9) {
            out[0] /= wsum;
            out[1] /= wsum;
            out[2] /= wsum;
        }
        return out;
    }

    /**
     * @param p a point between the metal parts [m]
     * @return |h_perp|, the part of h transverse to B0 (lab z), which alone nutates and is received
     */
    double transverseMagnitude(Vector3dc p) {
        double[] f = field(p, new double[3]);
        return Math.hypot(f[0], f[1]);
    }

    private static double clamp(double f, int n) {
        return Math.max(0, Math.min(n - 1, f));
    }

    /** @return the voxel size [m]: the nested sub-grid's where there is one (it holds the electrodes and deposits) */
    double voxelSize() {
        return fine != null ? fine.mask().voxelSizeM() : mask.voxelSizeM();
    }

    /** @return the whole-cell solution (for maps and diagnostics; the nested sub-grid's is not included) */
    PotentialSolution3D solution() {
        return solution;
    }
}
