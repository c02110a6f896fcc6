package org.metalnmr.geometry.voxel;

import java.util.Locale;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.memory.AvailableHeap;

/**
 * The memory a set of voxel arrays needs, computed before allocating them, and the check against
 * what the JVM can still give: {@code Runtime.maxMemory()} minus the memory in use.
 *
 * @param what        what is being allocated (for the message), e.g. "voxel grid 256 x 256 x 256"
 * @param bytes       bytes the arrays need
 * @param grid        the grid they live on
 * @param arrays      number of arrays of one value per voxel
 * @param bytesPerValue bytes of one value (4 for float, 8 for double, 16 for complex double)
 */
public record MemoryEstimate(String what, long bytes, GridSpec grid, int arrays, int bytesPerValue) {

    /**
     * @param grid          the grid
     * @param arrays        arrays of one value per voxel, &gt;= 1
     * @param bytesPerValue bytes per value, &gt;= 1
     * @param what          what is being allocated
     * @return the estimate: arrays * bytesPerValue * voxel count (array headers neglected)
     */
    public static MemoryEstimate of(GridSpec grid, int arrays, int bytesPerValue, String what) {
        long bytes = grid.voxelCount() * arrays * (long) bytesPerValue;
        return new MemoryEstimate(what, bytes, grid, arrays, bytesPerValue);
    }

    /** @return bytes the JVM can still allocate: max memory minus memory in use */
    public static long availableBytes() {
        return AvailableHeap.bytes();
    }

    /**
     * Throws when the arrays do not fit in what the JVM can still give.
     *
     * @throws InvalidInputException saying which voxel size (and grid) would fit
     */
    public void requireAvailable() {
        if (bytes > availableBytes()) {
            // what is in use may be garbage of a previous step: collect before refusing
            requireWithin(AvailableHeap.bytesAfterCollecting());
        }
    }

    /**
     * @param availableBytes the memory budget [bytes]
     * @throws InvalidInputException when {@link #bytes()} exceeds it, naming a voxel size that fits
     */
    public void requireWithin(long availableBytes) {
        if (bytes <= availableBytes) {
            return;
        }
        // keep 10% of the budget free for everything else; voxel count scales as 1/h^3
        double scale = Math.cbrt((double) bytes / (0.9 * Math.max(availableBytes, 1)));
        long fx = (long) Math.ceil(grid.nx() / scale);
        long fy = (long) Math.ceil(grid.ny() / scale);
        long fz = (long) Math.ceil(grid.nz() / scale);
        String hint = String.format(Locale.ROOT,
                "a voxel of at least %.3g m (about %d x %d x %d voxels instead of %d x %d x %d) would fit; or raise -Xmx",
                Math.max(grid.voxelX(), Math.max(grid.voxelY(), grid.voxelZ())) * scale, fx, fy, fz,
                grid.nx(), grid.ny(), grid.nz());
        throw new InvalidInputException(CoreMessage.MEMORY_EXCEEDED, what, bytes / 1048576.0,
                availableBytes / 1048576.0, hint);
    }
}
