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
import org.metalnmr.geometry.voxel.Voxelizer;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.ShiftMap;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;

/**
 * The macroscopic bulk-magnetic-susceptibility field of a cell's electrode stack: the parts are
 * voxelised with partial volumes, each voxel gets chi = sum over materials of f_m (chi_m - chi_air)
 * (the cell sits in air, so susceptibilities count relative to it), and the zero-padded FFT dipole
 * solve gives dBz/B0 in ppm with the Lorentz sphere included (Salomir et al., Concepts Magn. Reson. B
 * 19, 26, 2003; DOMAIN.md section 4). Inside a metal the map is the BMS part of the metal shift;
 * outside it, minus chi_local/3, it is the field a sub-grid particle there feels from the cell.
 *
 * <p>The housing is left out: a diamagnetic shell of PEEK (chi = -9.3e-6) around the stack changes
 * the field inside by a near-uniform amount of order chi_PEEK times a shape factor (a few ppm at
 * most, the same for all metal lines), while resolving it would multiply the grid size. When the
 * stack normal lies along a lab axis the voxel is refined along it to a quarter of the thinnest
 * metal layer (the Li foil), so that the through-thickness field of plates is resolved.</p>
 */
final class CellBmsField {

    private final GridSampler shift;
    private final GridSampler chi;
    private final GridSpec grid;
    private final double seconds;
    private final double chiAir = Materials.byName("air").chi();

    private CellBmsField(GridSpec grid, GridSampler shift, GridSampler chi, double seconds) {
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
        List<Part> stack = new ArrayList<>();
        for (Part p : parts) {
            if (p.role() != PartRole.HOUSING) {
                stack.add(p);
            }
        }
        BoundingBox box = union(stack);
        double h = options.bmsVoxelSizeM();
        double[] size = {h, h, h};
        int axis = alignedAxis(stackNormal);
        if (axis >= 0) {
            size[axis] = Math.min(h, thinnestMetal / 4);
        }
        double margin = 2 * h;
        double vx = Math.ceil((box.maxX() - box.minX() + 2 * margin) / size[0]);
        double vy = Math.ceil((box.maxY() - box.minY() + 2 * margin) / size[1]);
        double vz = Math.ceil((box.maxZ() - box.minZ() + 2 * margin) / size[2]);
        // per voxel: float fractions per part and the padded (8x) complex FFT work arrays of the solve
        GridBudget.require("the BMS voxel grid " + (long) vx + " x " + (long) vy + " x " + (long) vz, vx * vy * vz,
                4.0 * (stack.size() + 2) + 8 * 16, h, "--bms-voxel-m");
        int nx = (int) vx;
        int ny = (int) vy;
        int nz = (int) vz;
        GridSpec grid = new GridSpec(new Vector3d(box.minX() - margin, box.minY() - margin, box.minZ() - margin),
                size[0], size[1], size[2], nx, ny, nz);
        VoxelFieldSolver solver = VoxelFieldSolver.create();
        long solverBytes = solver.estimateBytes(nx, ny, nz);
        MemoryEstimate est = MemoryEstimate.of(grid, stack.size() + 2, 4, "BMS voxel grid " + nx + " x " + ny + " x " + nz);
        new MemoryEstimate(est.what() + " and its FFT solve", est.bytes() + solverBytes, grid, est.arrays(), est.bytesPerValue())
                .requireAvailable();
        MaterialGrid mg = Voxelizer.defaults().voxelize(stack.stream().map(Part::body).toList(), grid);
        double chiAir = Materials.byName("air").chi();
        double[] chiMap = new double[nx * ny * nz];
        List<String> channels = mg.channels();
        for (int c = 0; c < channels.size(); c++) {
            double dchi = Materials.byName(mg.material(channels.get(c))).chi() - chiAir;
            for (int i = 0; i < chiMap.length; i++) {
                chiMap[i] += mg.fraction(c, i) * dchi;
            }
        }
        long t0 = System.nanoTime();
        ShiftMap map = solver.solve(new ChiGrid(nx, ny, nz, size[0], size[1], size[2], chiMap));
        double secs = (System.nanoTime() - t0) * 1e-9;
        double x0 = grid.origin().x();
        double y0 = grid.origin().y();
        double z0 = grid.origin().z();
        GridSampler s = new GridSampler(nx, ny, nz, x0, y0, z0, size[0], size[1], size[2], map.shiftPpm());
        double[] chiPpm = chiMap.clone();
        for (int i = 0; i < chiPpm.length; i++) {
            chiPpm[i] *= 1e6;
        }
        GridSampler c = new GridSampler(nx, ny, nz, x0, y0, z0, size[0], size[1], size[2], chiPpm);
        return new CellBmsField(grid, s, c, secs);
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
     * <pre>  BMS = map(p) + (chi_particle - chi_host(p)) (1/3 - N_zz)</pre>
     * (the isolated-body result chi (1/3 - N_zz) of DOMAIN.md section 4 when the host is air and the
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
