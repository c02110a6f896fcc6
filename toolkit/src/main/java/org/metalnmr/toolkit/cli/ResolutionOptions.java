package org.metalnmr.toolkit.cli;

import org.metalnmr.core.error.Checks;
import org.metalnmr.toolkit.forward.ForwardModelOptions;

import picocli.CommandLine.Option;

/** The grid options of the forward-model commands ({@code simulate}, {@code compare-cells}). */
final class ResolutionOptions {

    @Option(names = "--bms-voxel-m", paramLabel = "H", description = "voxel size of the BMS field solve [m] (default 6e-5)")
    Double bmsVoxel;

    @Option(names = "--rf-voxel-m", paramLabel = "H",
            description = "voxel size of the 3D RF solve [m] (default: the thickness of the thinnest observed-metal layer, see"
                    + " --rf-voxels-across-layer; 1.5e-4 when no layer is aligned with a lab axis)")
    Double rfVoxel;

    @Option(names = "--rf-voxels-across-layer", paramLabel = "N",
            description = "RF voxels across the thinnest observed-metal layer, its faces on voxel boundaries (default 1)")
    Double rfVoxelsAcross;

    @Option(names = "--rf-refinement", paramLabel = "R",
            description = "refinement ratio of the nested RF sub-grid around the electrodes, pellet and composite (voxel h / R,"
                    + " boundary values from the whole-cell solve; 1: none; default 4)")
    Integer rfRefinement;

    @Option(names = "--no-error-estimate",
            description = "skip the Richardson estimate of the discretisation error (one extra solve on grids twice as coarse)")
    boolean noErrorEstimate;

    /** @return the forward-model options with the given voxel sizes, validated */
    ForwardModelOptions options() {
        ForwardModelOptions o = ForwardModelOptions.defaults();
        if (bmsVoxel != null) {
            o = o.withBmsVoxelSize(Checks.positive("--bms-voxel-m", "[m]", bmsVoxel));
        }
        if (rfVoxel != null) {
            o = o.withRfVoxelSize(Checks.positive("--rf-voxel-m", "[m]", rfVoxel));
        }
        if (rfVoxelsAcross != null) {
            o = o.withRfVoxelsAcrossLayer(Checks.inRange("--rf-voxels-across-layer", "[1]", 0.25, 64, rfVoxelsAcross));
        }
        if (rfRefinement != null) {
            o = o.withRfRefinement((int) Checks.inRange("--rf-refinement", "[1]", 1, 16, rfRefinement));
        }
        return o;
    }
}
