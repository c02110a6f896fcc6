package org.metalnmr.toolkit.forward;

import java.util.Locale;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.memory.AvailableHeap;
import org.metalnmr.geometry.voxel.MemoryEstimate;

/**
 * The memory check of the forward model's grids, made from the voxel counts alone, before any grid
 * object or array exists: voxels x bytes per voxel against what the JVM can still allocate. The
 * refusal names the voxel size that would fit (the voxel count scales as 1/h^3; 10 % of the memory
 * is kept for everything else).
 */
final class GridBudget {

    private GridBudget() {
    }

    /**
     * @param what          the grid, for the message
     * @param voxels        voxel count (may exceed an int)
     * @param bytesPerVoxel bytes all arrays of the computation need per voxel
     * @param voxelSizeM    the requested voxel size [m]
     * @param option        the option or setting that controls it
     */
    static void require(String what, double voxels, double bytesPerVoxel, double voxelSizeM, String option) {
        double need = voxels * bytesPerVoxel;
        double have = MemoryEstimate.availableBytes();
        if (need > 0.9 * have) {
            // what is in use may be garbage of the previous step (the BMS solve before the RF grid): collect first
            have = AvailableHeap.bytesAfterCollecting();
        }
        if (need <= 0.9 * have && voxels < Integer.MAX_VALUE - 8) {
            return;
        }
        double fit = Math.max(need / (0.9 * have), voxels / (Integer.MAX_VALUE - 8.0));
        double h = voxelSizeM * Math.cbrt(fit) * 1.05;
        throw new InvalidInputException(CoreMessage.MEMORY_EXCEEDED, what, need / 1048576.0, have / 1048576.0,
                String.format(Locale.ROOT, "use %s %.3g or larger (or give the JVM more memory with METALNMR_JAVA_OPTS=-Xmx...)", option, h));
    }
}
