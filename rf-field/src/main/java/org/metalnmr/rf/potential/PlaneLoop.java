package org.metalnmr.rf.potential;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Runs a loop body over the planes k = 0..n-1 of a voxel grid (constant z: the slowest index), on the calling thread or on a
 * fork-join pool of a fixed number of threads. Bodies must write only to their own plane (or read
 * planes nobody writes in the same loop, as red-black Gauss-Seidel does). Sums are formed per plane
 * and added in plane order, so every result is bit-for-bit the same for any number of threads.
 */
final class PlaneLoop implements AutoCloseable {

    /** Below this many voxels per loop the fork-join overhead outweighs the gain: run serially. */
    private static final long MIN_PARALLEL_VOXELS = 32_768;

    private final ForkJoinPool pool;
    private final int threads;

    /**
     * @param threads number of threads; 1 runs every loop on the calling thread
     */
    PlaneLoop(int threads) {
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
        this.threads = threads;
    }

    /**
     * @param voxels the voxels of a loop
     * @return the number of pieces to cut it into: the thread count, or 1 when forking does not pay
     */
    int chunks(long voxels) {
        return pool == null || voxels < MIN_PARALLEL_VOXELS ? 1 : threads;
    }

    /**
     * @param n            number of planes
     * @param voxelsPerPlane voxels in a plane (decides whether forking pays)
     * @param body         the work of one plane
     */
    void forEach(int n, long voxelsPerPlane, IntConsumer body) {
        if (pool == null || (long) n * voxelsPerPlane < MIN_PARALLEL_VOXELS || n < 2) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
    }

    /**
     * @param n              number of planes
     * @param voxelsPerPlane voxels in a plane
     * @param body           the partial sum of one plane
     * @return the sum of the partial sums, added in plane order
     */
    double sum(int n, long voxelsPerPlane, IntToDoubleFunction body) {
        double[] part = new double[n];
        forEach(n, voxelsPerPlane, i -> part[i] = body.applyAsDouble(i));
        double s = 0;
        for (double p : part) {
            s += p;
        }
        return s;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
