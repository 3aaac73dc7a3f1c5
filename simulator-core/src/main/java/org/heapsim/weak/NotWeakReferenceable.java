package org.heapsim.weak;

/** The referent's type does not support weak references: CPython raises TypeError with this message. */
public final class NotWeakReferenceable extends RuntimeException {
    public NotWeakReferenceable(String message) {
        super(message, null, false, false);
    }
}
