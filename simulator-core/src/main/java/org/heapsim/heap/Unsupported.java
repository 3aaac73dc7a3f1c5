package org.heapsim.heap;

/**
 * Something CPython does that heapsim does not simulate yet. It is reported as
 * "... is not supported" with exit status 2, never guessed at.
 */
public final class Unsupported extends RuntimeException {
    public Unsupported(String what) {
        super(what + " is not supported", null, false, false);
    }
}
