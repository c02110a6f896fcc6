package org.metalnmr.microstructure.field;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.memory.AvailableHeap;
import org.metalnmr.microstructure.MicrostructureMessage;

/**
 * Refuses work that would not fit in the JVM's heap, before allocating it, naming the largest cubic grid
 * that would fit (for a laterally periodic patch, the largest the periodic solve accepts: an even length with prime
 * factors 2, 3, 5, 7). When the first look says no, the garbage of the previous step is collected once and the heap
 * looked at again.
 */
public final class MemoryCheck {

    private MemoryCheck() {
    }

    /** @return bytes the JVM can still allocate (max heap minus what is in use) */
    public static long availableBytes() {
        return AvailableHeap.bytes();
    }

    /**
     * @param what     the work, for the message
     * @param nx       voxels along x
     * @param ny       voxels along y
     * @param nz       voxels along z
     * @param fft      the FFT grid
     * @param need     bytes the work needs
     * @param periodic whether the structure is a laterally periodic patch (for the cubic grid that would fit)
     * @throws InvalidInputException when need exceeds 90 % of the available heap
     */
    public static void require(String what, int nx, int ny, int nz, int[] fft, long need, boolean periodic) {
        long available = availableBytes();
        if (need <= 0.9 * available) {
            return;
        }
        // what is in use may be garbage of the previous step (the FFT buffers of the field solve): collect before refusing
        available = AvailableHeap.bytesAfterCollecting();
        if (need <= 0.9 * available) {
            return;
        }
        int fit = 1;
        for (int n = Math.max(nx, Math.max(ny, nz)); n >= 1; n--) {
            if (periodic && (n % 2 != 0 || org.metalnmr.susceptibility.fft.BatchedFft.goodSize(n) != n)) {
                continue; // name a grid the periodic solve accepts (factors 2, 3, 5, 7; even)
            }
            long mz = periodic ? (long) Math.ceil(1.2 * n) : 2L * n;
            long mxy = periodic ? n : 2L * n;
            if (PatchFieldSolver.estimateBytes(n, n, n, mxy, mxy, mz) + 4L * n * n * n <= 0.9 * available) {
                fit = n;
                break;
            }
        }
        throw new InvalidInputException(MicrostructureMessage.TOO_LARGE, what, nx, ny, nz, fft[0], fft[1], fft[2],
                need / 1048576.0, available / 1048576.0, fit);
    }
}
