package org.metalnmr.toolkit.forward;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What went into a voxel deposit's component ({@link VoxelDepositModel}), for result.json.
 *
 * @param name                 the deposit
 * @param grid                 voxels (nx, ny, nz) of the patch
 * @param voxelSizeM           voxel edge [m]
 * @param laterallyPeriodic    whether the patch repeats across the face
 * @param electrodePlanes      bottom planes that are the electrode (below the face)
 * @param depositVoxels        metal voxels above the face
 * @param b0AxisInPatch        the patch axis along B0 (x, y or z; z is the face normal)
 * @param chiMetal             the metal's susceptibility (SI)
 * @param chiHost              the host's susceptibility above the face (SI, absolute)
 * @param chiContrast          chi_metal - chi_host, the susceptibility of the patch's own FFT solve (SI)
 * @param fftGrid              the FFT grid of that solve
 * @param skinDepthM           the skin depth [m]
 * @param knightShiftPpm       the Knight shift [ppm]
 * @param cellShiftPpm         the cell's shift map above the face, mean over the face samples weighted by signal [ppm]
 * @param cellInsideShiftPpm   the cell's shift map just inside the part under the face (at the depth its own component
 *                             samples), weighted as cellShiftPpm [ppm]; NaN when that part is not a metal
 * @param cellTransverseB1     |h| perpendicular to B0 at the patch from the cell's RF solve times the coil's profile,
 *                             mean over the face samples weighted by signal [relative to the coil's field]
 * @param faceSamples          points of the face the patch was placed at
 * @param patches              how many patches the component stands for
 * @param comparableToSkinDepth medial deposit voxels of bodies whose thickness is within a factor 3 of the skin depth
 * @param medialVoxels         all medial deposit voxels
 * @param secondsField         wall time of loading and the field solve [s]
 * @param secondsWeights       wall time of the distance transform and the weights [s]
 */
public record VoxelDepositReport(String name, int[] grid, double voxelSizeM, boolean laterallyPeriodic, int electrodePlanes,
                                 long depositVoxels, String b0AxisInPatch, double chiMetal, double chiHost, double chiContrast,
                                 int[] fftGrid, double skinDepthM, double knightShiftPpm, double cellShiftPpm, double cellInsideShiftPpm,
                                 double cellTransverseB1, int faceSamples, double patches, int comparableToSkinDepth,
                                 int medialVoxels, double secondsField, double secondsWeights) {

    /** Copies. */
    public VoxelDepositReport {
        grid = grid.clone();
        fftGrid = fftGrid.clone();
    }

    @Override
    public int[] grid() {
        return grid.clone();
    }

    @Override
    public int[] fftGrid() {
        return fftGrid.clone();
    }

    /** @return the report as an ordered map for JSON */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("grid", grid.clone());
        m.put("voxelSizeM", voxelSizeM);
        m.put("laterallyPeriodic", laterallyPeriodic);
        m.put("electrodePlanes", electrodePlanes);
        m.put("depositVoxels", depositVoxels);
        m.put("b0AxisInPatch", b0AxisInPatch);
        m.put("chiMetal", chiMetal);
        m.put("chiHost", chiHost);
        m.put("chiContrast", chiContrast);
        m.put("fftGrid", fftGrid.clone());
        m.put("skinDepthM", skinDepthM);
        m.put("knightShiftPpm", knightShiftPpm);
        m.put("cellShiftPpm", cellShiftPpm);
        m.put("cellInsideShiftPpm", Double.isFinite(cellInsideShiftPpm) ? cellInsideShiftPpm : null);
        m.put("cellTransverseB1", cellTransverseB1);
        m.put("faceSamples", faceSamples);
        m.put("patches", patches);
        m.put("comparableToSkinDepthVoxels", comparableToSkinDepth);
        m.put("medialVoxels", medialVoxels);
        m.put("comparableToSkinDepthNote", "medial deposit voxels of bodies 1/3 to 3 skin depths thick: the planar skin-layer"
                + " decay is approximate there (the 3D eddy-current solver's case)");
        m.put("secondsField", secondsField);
        m.put("secondsWeights", secondsWeights);
        return m;
    }
}
