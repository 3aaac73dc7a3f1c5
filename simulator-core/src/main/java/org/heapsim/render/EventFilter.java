package org.heapsim.render;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;

/**
 * Passes on the heap events a reader asked for: by kind (allocations, frees, finalizers,
 * weakref callbacks, collections, bindings, output) and by the type of the object concerned.
 * When it leaves events out, an operation (a program's line, a trace record) is passed on
 * only before the first event under it that passes, so that lines where nothing of interest
 * happened do not show.
 */
public final class EventFilter implements HeapListener {
    /** The kinds of events, as named on the command line. */
    public enum Kind {
        ALLOC, FREE, DEL, WEAKREF, GC, BIND, OUTPUT;

        public static Kind parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown event kind '" + s + "' (expected one of alloc, free, del, weakref, gc, bind, output)");
            }
        }
    }

    private final Set<Kind> kinds;
    private final String type;
    private final HeapListener next;
    /** Whether some events are left out: then an operation (a line) is shown only with events under it. */
    private final boolean filtering;
    private HeapEvent.Operation heldOperation;

    /**
     * @param kinds the kinds to pass (empty: all)
     * @param type  only events about objects of this type name (e.g. {@code Cheese}), or null
     */
    public EventFilter(Set<Kind> kinds, String type, HeapListener next) {
        this.kinds = kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        this.type = type;
        this.next = next;
        this.filtering = !this.kinds.equals(EnumSet.allOf(Kind.class)) || type != null;
    }

    @Override
    public void onEvent(HeapEvent e) {
        Kind k = kindOf(e);
        if (k == null) {
            if (filtering && e instanceof HeapEvent.Operation op) {
                heldOperation = op; // passed on with the first event under it that passes, if any
            } else {
                next.onEvent(e); // structure for the formatter
            }
            return;
        }
        if (kinds.contains(k) && (type == null || k == Kind.OUTPUT || k == Kind.GC && !(e instanceof HeapEvent.Unreachable)
                || concerns(e))) {
            if (heldOperation != null) {
                next.onEvent(heldOperation);
                heldOperation = null;
            }
            next.onEvent(e);
        }
    }

    private static Kind kindOf(HeapEvent e) {
        if (e instanceof HeapEvent.Allocated) {
            return Kind.ALLOC;
        } else if (e instanceof HeapEvent.Freed || e instanceof HeapEvent.Deferred) {
            return Kind.FREE;
        } else if (e instanceof HeapEvent.FinalizerCalled || e instanceof HeapEvent.Resurrected) {
            return Kind.DEL;
        } else if (e instanceof HeapEvent.WeakrefCleared || e instanceof HeapEvent.CallbackCalled) {
            return Kind.WEAKREF;
        } else if (e instanceof HeapEvent.GcStart || e instanceof HeapEvent.GcStop || e instanceof HeapEvent.Unreachable) {
            return Kind.GC;
        } else if (e instanceof HeapEvent.Bound || e instanceof HeapEvent.Unbound) {
            return Kind.BIND;
        } else if (e instanceof HeapEvent.Output) {
            return Kind.OUTPUT;
        }
        return null;
    }

    private boolean concerns(HeapEvent e) {
        String label = null;
        if (e instanceof HeapEvent.Allocated a) {
            return a.type().equals(type);
        } else if (e instanceof HeapEvent.Freed f) {
            label = f.label();
        } else if (e instanceof HeapEvent.Deferred d) {
            label = d.label();
        } else if (e instanceof HeapEvent.FinalizerCalled f) {
            label = f.label();
        } else if (e instanceof HeapEvent.Resurrected r) {
            label = r.label();
        } else if (e instanceof HeapEvent.WeakrefCleared w) {
            label = w.referentLabel();
        } else if (e instanceof HeapEvent.Unreachable u) {
            label = u.label();
        } else if (e instanceof HeapEvent.Bound b) {
            label = b.label();
        } else if (e instanceof HeapEvent.Unbound u) {
            label = u.label();
        }
        return label != null && (label.startsWith(type + "#") || label.startsWith(type + "("));
    }
}
