package org.metalnmr.toolkit.cli;

import org.metalnmr.core.error.Checks;
import org.metalnmr.toolkit.forward.ForwardModelOptions;

import picocli.CommandLine.Option;

/** The grid options of the forward-model commands ({@code simulate}, {@code compare-cells}). */
final class ResolutionOptions {

    @Option(names = "--bms-voxel-m", paramLabel = "H", description = "voxel size of the BMS field solve [m] (default 6e-5)")
    Double bmsVoxel;

    @Option(names = "--rf-voxel-m", paramLabel = "H", description = "voxel size of the 3D RF solve [m] (default 1.5e-4)")
    Double rfVoxel;

    /** @return the forward-model options with the given voxel sizes, validated */
    ForwardModelOptions options() {
        ForwardModelOptions o = ForwardModelOptions.defaults();
        if (bmsVoxel != null) {
            o = o.withBmsVoxelSize(Checks.positive("--bms-voxel-m", "[m]", bmsVoxel));
        }
        if (rfVoxel != null) {
            o = o.withRfVoxelSize(Checks.positive("--rf-voxel-m", "[m]", rfVoxel));
        }
        return o;
    }
}
