package org.heapsim.heap;

import java.util.concurrent.Callable;

/**
 * Runs a simulation on a thread with a large stack. Deallocation recurses as CPython's does,
 * bounded by each version's trashcan: 50 levels until 3.12, but about 9,900 in 3.13 (whose
 * trashcan is based on the remaining C stack), deeper than a default Java thread stack allows.
 * The stack is virtual memory reserved, not used, until the recursion needs it.
 */
public final class LargeStack {
    /** 1 GiB: room for 3.13's deepest deallocation chains with finalizers running inside them. */
    public static final long STACK_BYTES = 1L << 30;

    private LargeStack() {
    }

    /** Runs task on a fresh thread with {@link #STACK_BYTES} of stack and returns its result. */
    public static <T> T call(Callable<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = task.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "heapsim-simulation", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the simulation", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }
}
