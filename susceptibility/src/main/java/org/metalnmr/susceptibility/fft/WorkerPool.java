package org.metalnmr.susceptibility.fft;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Runs numbered tasks on a fixed number of threads (a {@link ForkJoinPool} created at the first
 * parallel call; its daemon workers end after an idle timeout, so nothing needs closing). With one
 * thread the tasks run in the caller. Exceptions of a task are rethrown to the caller.
 */
public final class WorkerPool {

    private final int threads;
    private ForkJoinPool pool;

    /**
     * @param threads number of worker threads, at least 1
     */
    public WorkerPool(int threads) {
        if (threads < 1) {
            throw new InvalidInputException(SusceptibilityMessage.BAD_THREADS, threads);
        }
        this.threads = threads;
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body.accept(t)} for t = 0..tasks-1, in parallel, and waits for all.
     *
     * @param tasks number of tasks
     * @param body  the task body
     */
    public synchronized void run(int tasks, IntConsumer body) {
        if (threads == 1 || tasks <= 1) {
            for (int t = 0; t < tasks; t++) {
                body.accept(t);
            }
            return;
        }
        if (pool == null) {
            pool = new ForkJoinPool(threads);
        }
        try {
            pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MetalNmrException(e, SusceptibilityMessage.NOT_CONVERGED, "parallel task", "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new MetalNmrException(c, SusceptibilityMessage.NOT_CONVERGED, "parallel task", String.valueOf(c));
        }
    }
}
