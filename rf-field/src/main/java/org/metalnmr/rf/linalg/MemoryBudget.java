package org.metalnmr.rf.linalg;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.memory.AvailableHeap;

/**
 * Checks an estimated allocation against the heap the JVM may still use before anything large is
 * allocated, and refuses with a message that says what would fit.
 */
public final class MemoryBudget {

    /** Fraction of the free heap a single solve may claim (the rest is left for the caller). */
    public static final double USABLE_FRACTION = 0.8;

    private MemoryBudget() {
    }

    /** @return the bytes the JVM may still allocate: max heap minus what is in use now */
    public static long availableBytes() {
        return AvailableHeap.bytes();
    }

    /**
     * @param what          what is being allocated (e.g. "3D potential grid 400x400x400")
     * @param bytes         the estimated allocation [bytes]
     * @param bytesPerUnit  the bytes one unit of size costs (e.g. per voxel)
     * @param unitName      the name of that unit (e.g. "voxels")
     * @throws InvalidInputException when the estimate exceeds {@value #USABLE_FRACTION} of the
     *                               available heap; the message gives the number of units that fits
     */
    public static void require(String what, double bytes, double bytesPerUnit, String unitName) {
        double avail = availableBytes() * USABLE_FRACTION;
        if (bytes > avail) {
            // what is in use may be garbage of the previous step (the whole-cell solve before a sub-grid): collect first
            avail = AvailableHeap.bytesAfterCollecting() * USABLE_FRACTION;
        }
        if (bytes > avail) {
            long fits = (long) Math.floor(avail / bytesPerUnit);
            throw new InvalidInputException(CoreMessage.MEMORY_EXCEEDED, what, bytes / (1024.0 * 1024.0),
                    avail / (1024.0 * 1024.0),
                    String.format(java.util.Locale.ROOT,
                            "at most about %d %s would fit (raise -Xmx or coarsen the grid)", fits, unitName));
        }
    }
}
