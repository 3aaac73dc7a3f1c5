package org.heapsim.event;

/**
 * Something the engine did, as an immutable record. Every event has a sequence number (its
 * position in the run) and the source line of the operation that caused it (0 when none).
 * Objects are named by their serial number and a label such as {@code Cheese#7}.
 *
 * <p>A death can be traced back to its cause: {@link Freed#cause} is the sequence number of
 * the {@link Freed} event whose deallocation dropped the last reference, or of the
 * {@link Operation} that did, so the chain from a statement to every object it freed is
 * explicit.
 */
public sealed interface HeapEvent {
    long seq();

    int line();

    /** An operation of the driver (a trace record, a Python statement); the root of causes. */
    record Operation(long seq, int line, String description) implements HeapEvent {
    }

    record Allocated(long seq, int line, long object, String label, String type) implements HeapEvent {
    }

    /** A name bound in a namespace (module globals, a frame's locals). */
    record Bound(long seq, int line, String namespace, String name, long object, String label) implements HeapEvent {
    }

    record Unbound(long seq, int line, String namespace, String name, long object, String label) implements HeapEvent {
    }

    /** A strong reference stored into a container, instance or other holder. */
    record ReferenceAdded(long seq, int line, long holder, String holderLabel, String slot, long target, String targetLabel)
            implements HeapEvent {
    }

    record ReferenceRemoved(long seq, int line, long holder, String holderLabel, String slot, long target, String targetLabel)
            implements HeapEvent {
    }

    /** How an object came to be freed. */
    enum Reason { REFCOUNT, GARBAGE_COLLECTED }

    /** The object's deallocation started: its refcount reached zero (or the collector broke its cycle). */
    record Freed(long seq, int line, long object, String label, Reason reason, long cause) implements HeapEvent {
    }

    /** The trashcan postponed a deep deallocation. */
    record Deferred(long seq, int line, long object, String label) implements HeapEvent {
    }

    record FinalizerCalled(long seq, int line, long object, String label) implements HeapEvent {
    }

    record Resurrected(long seq, int line, long object, String label, int refcount) implements HeapEvent {
    }

    record WeakrefCleared(long seq, int line, long weakref, long referent, String referentLabel) implements HeapEvent {
    }

    record CallbackCalled(long seq, int line, long weakref, long callback, String callbackLabel) implements HeapEvent {
    }

    record GcStart(long seq, int line, int generation, int count0, int count1, int count2) implements HeapEvent {
    }

    record GcStop(long seq, int line, int generation, long collected, long uncollectable) implements HeapEvent {
    }

    /** An object found unreachable by a collection (before weakrefs, finalizers, clearing). */
    record Unreachable(long seq, int line, long object, String label, int generation) implements HeapEvent {
    }

    /**
     * Output written by the simulated program (a print in a __del__, a callback...): exactly the
     * characters written, so a print's text ends with its newline.
     */
    record Output(long seq, int line, String text, boolean stderr) implements HeapEvent {
    }
}
