package org.heapsim.heap;

/** More live objects than the configured limit: the simulated program gets a MemoryError. */
public final class HeapLimitExceeded extends RuntimeException {
    public HeapLimitExceeded(long limit) {
        super("more than " + limit + " live objects", null, false, false);
    }
}
