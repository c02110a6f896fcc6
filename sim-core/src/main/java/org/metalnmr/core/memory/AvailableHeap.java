package org.metalnmr.core.memory;

/**
 * The heap the JVM can still give, measured before a large allocation so that work that will not fit is refused
 * before it starts. "In use" counts garbage not yet collected (the buffers of a previous solve), so a check that fails
 * on the first measurement measures again after asking for a collection: {@link #bytesAfterCollecting()}.
 */
public final class AvailableHeap {

    private AvailableHeap() {
    }

    /** @return bytes the JVM may still allocate now: maximum heap minus the heap in use (live objects and garbage) [bytes] */
    public static long bytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Asks the JVM to collect garbage, then measures: the figure to refuse on, once {@link #bytes()} said no.
     *
     * @return bytes the JVM may still allocate after a collection [bytes]
     */
    public static long bytesAfterCollecting() {
        System.gc();
        return bytes();
    }
}
