package org.metalnmr.toolkit.forward;

import java.util.List;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.materials.MaterialTable;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.Voxelizer;

/**
 * The BMS field of the cell's housing bodies taken as <em>solid</em> envelopes (the stack's cavity
 * not cut out), on a coarse grid of its own: the envelope of volume susceptibility chi_h (relative to
 * air) gives, by the same zero-padded cell-kernel FFT solve as the stack,
 * \[ s_\mathrm{env}(r) = \frac{\delta B_z}{B_0} - \tfrac{2}{3}\,\chi_\mathrm{local}(r) \quad [\mathrm{ppm}] \]
 * (Lorentz sphere included; docs/physics.md section 4). For an ellipsoidal envelope the interior value is
 * uniform, chi_h (1/3 - N_zz) (Osborn, Phys. Rev. 67, 351, 1945); for a cylinder or a box it varies
 * smoothly inside, by a few tenths of chi_h over the middle half. It is smooth wherever the stack
 * sits (millimetres from the envelope's surface), so a grid of {@value #DEFAULT_VOXELS_ACROSS} voxels
 * along the envelope's longest edge resolves it: trilinear sampling there is accurate to about
 * 1e-3 chi_h, i.e. 0.01 ppm for PEEK (tested: interior of an ellipsoid envelope against the closed
 * form at 16, 32 and 64 voxels, error falling with refinement).
 *
 * <p>Why a solid envelope: the real housing is the envelope minus the volume the stack displaces.
 * Susceptibility sources superpose linearly (exact to first order in chi, the order of the whole
 * BMS model), so its field is s_env minus the field of housing material filling the stack's volume;
 * {@link CellBmsField} puts that second, sharp-edged term on its fine stack grid (each stack voxel
 * counts chi_m - chi_h instead of chi_m - chi_air). The coarse grid never has to resolve the stack.
 * Outside the envelope (a stack poking out of its housing) the coarse sample is only approximate
 * within one coarse voxel of the envelope's surface.</p>
 */
final class HousingEnvelopeField {

    /** Coarse voxels along the longest edge of the housings' bounding box. */
    static final int DEFAULT_VOXELS_ACROSS = 64;

    private static final HousingEnvelopeField NONE = new HousingEnvelopeField(null);

    private final GridSampler map;

    private HousingEnvelopeField(GridSampler map) {
        this.map = map;
    }

    /**
     * @param housings      the housing parts (lab frame); may be empty
     * @param voxelsAcross  coarse voxels along the longest edge of their bounding box, 8 to 512
     * @return the envelopes' field; zero everywhere when there is no housing or its material is air
     */
    static HousingEnvelopeField solve(List<Part> housings, int voxelsAcross) {
        return solve(housings, voxelsAcross, MaterialTable.defaults());
    }

    /**
     * @param housings      the housing parts (lab frame); may be empty
     * @param voxelsAcross  coarse voxels along the longest edge of their bounding box, 8 to 512
     * @param materials     the material table
     * @return the envelopes' field; zero everywhere when there is no housing or its material is air
     */
    static HousingEnvelopeField solve(List<Part> housings, int voxelsAcross, MaterialTable materials) {
        Checks.inRange("housing voxels across", "[1]", 8, 512, voxelsAcross);
        double chiAir = materials.material("air").chi();
        boolean any = false;
        for (Part p : housings) {
            any |= materials.material(p.material()).chi() != chiAir;
        }
        if (!any) {
            return NONE;
        }
        BoundingBox box = CellBmsField.union(housings);
        double longest = Math.max(box.maxX() - box.minX(), Math.max(box.maxY() - box.minY(), box.maxZ() - box.minZ()));
        double h = longest / voxelsAcross;
        double margin = 2 * h;
        int nx = (int) Math.ceil((box.maxX() - box.minX() + 2 * margin) / h);
        int ny = (int) Math.ceil((box.maxY() - box.minY() + 2 * margin) / h);
        int nz = (int) Math.ceil((box.maxZ() - box.minZ() + 2 * margin) / h);
        GridSpec grid = new GridSpec(new Vector3d(box.minX() - margin, box.minY() - margin, box.minZ() - margin),
                h, h, h, nx, ny, nz);
        MaterialGrid mg = Voxelizer.defaults().voxelize(housings.stream().map(Part::body).toList(), grid);
        double[] chi = CellBmsField.chiRelativeToAir(mg, materials);
        double[] shift = CellBmsField.solveShift(grid, chi, "housing BMS grid");
        return new HousingEnvelopeField(new GridSampler(nx, ny, nz, grid.origin().x(), grid.origin().y(),
                grid.origin().z(), h, h, h, shift));
    }

    /**
     * @param x point x [m]
     * @param y point y [m]
     * @param z point z [m]
     * @return s_env there [ppm] (0 without a housing)
     */
    double shiftPpm(double x, double y, double z) {
        return map == null ? 0 : map.sample(x, y, z);
    }
}
