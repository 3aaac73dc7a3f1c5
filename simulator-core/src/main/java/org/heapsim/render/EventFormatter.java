package org.heapsim.render;

import java.util.function.Consumer;
import org.eclipse.collections.api.map.primitive.MutableLongIntMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;

/**
 * Writes heap events one per line, tagged with the source line that caused them and indented
 * by the chain of frees that led to them:
 * <pre>
 *   17  del catalog
 *   17    free list#12 (refcount)
 *   17      free Cheese#9 (refcount)
 *   17        weakref#21 to Cheese#9 cleared
 * </pre>
 */
public final class EventFormatter implements HeapListener {
    private final String source;
    private final Consumer<String> sink;
    private final boolean verbose;
    private final MutableLongIntMap depthOf = new LongIntHashMap();
    private int depth;

    /**
     * @param source         prefix for each line (a file name), or null
     * @param verbose also list every reference stored and dropped, and str/int/float objects
     */
    public EventFormatter(String source, Consumer<String> sink, boolean verbose) {
        this.source = source;
        this.sink = sink;
        this.verbose = verbose;
    }

    private static boolean isAtom(String type) {
        return type.equals("str") || type.equals("int") || type.equals("float") || type.equals("bytes");
    }

    /** The interpreter's own machinery: shown only when verbose. */
    private static boolean isMachinery(String label) {
        return label.startsWith("frame ") || label.startsWith("<code object") || label.startsWith("cell#")
                || label.startsWith("getset_descriptor") || label.startsWith("member_descriptor");
    }

    /** One event as {@link #format} gives it: its source line (0 for none), its nesting and its text. */
    public record Line(int line, int indent, String text) {
    }

    @Override
    public void onEvent(HeapEvent e) {
        Line l = format(e);
        if (l == null) {
            return;
        }
        String where = l.line() > 0 ? (source == null ? "" : source + ":") + l.line() : (source == null ? "" : source + ":") + "exit";
        sink.accept(where + "  " + "  ".repeat(l.indent()) + l.text());
    }

    /**
     * The event as a line of the listing: its text and indentation (the chain of frees that led
     * to it), or null for an event this formatter leaves out. Events must come in run order:
     * the indentation follows the causes seen so far.
     */
    public Line format(HeapEvent e) {
        if (e instanceof HeapEvent.Operation) {
            depth = 0;
            depthOf.put(e.seq(), 0);
        } else if (e instanceof HeapEvent.GcStart) {
            depthOf.put(e.seq(), 1);
            depth = 0;
        } else if (e instanceof HeapEvent.Freed f) {
            depth = depthOf.getIfAbsent(f.cause(), 0) + 1;
            depthOf.put(f.seq(), depth);
        }
        String text = describe(e);
        if (text == null) {
            return null;
        }
        int indent = e instanceof HeapEvent.Operation ? 0
                : e instanceof HeapEvent.Freed ? depth
                : e instanceof HeapEvent.GcStart || e instanceof HeapEvent.GcStop ? 1
                : depth + 1;
        return new Line(e.line(), indent, text);
    }

    /** One event in words, or null for events this formatter leaves out. */
    public String describe(HeapEvent e) {
        if (e instanceof HeapEvent.Operation o) {
            return o.description();
        } else if (e instanceof HeapEvent.Allocated a) {
            return verbose || !isAtom(a.type()) && !isMachinery(a.label()) ? "new " + a.label() : null;
        } else if (e instanceof HeapEvent.Bound b) {
            return b.namespace() + " " + b.name() + " = " + b.label();
        } else if (e instanceof HeapEvent.Unbound u) {
            return "del " + u.namespace() + " " + u.name() + " (was " + u.label() + ")";
        } else if (e instanceof HeapEvent.ReferenceAdded r) {
            return verbose ? r.holderLabel() + r.slot() + " -> " + r.targetLabel() : null;
        } else if (e instanceof HeapEvent.ReferenceRemoved r) {
            return verbose ? r.holderLabel() + r.slot() + " no longer -> " + r.targetLabel() : null;
        } else if (e instanceof HeapEvent.Freed f) {
            if (!verbose && (f.label().startsWith("'") || isMachinery(f.label()))) {
                return null;
            }
            return "free " + f.label() + (f.reason() == HeapEvent.Reason.GARBAGE_COLLECTED ? " (collected)" : " (refcount 0)");
        } else if (e instanceof HeapEvent.Deferred d) {
            return "trashcan defers " + d.label();
        } else if (e instanceof HeapEvent.FinalizerCalled f) {
            return "__del__ of " + f.label();
        } else if (e instanceof HeapEvent.Resurrected r) {
            return r.label() + " resurrected (refcount " + r.refcount() + ")";
        } else if (e instanceof HeapEvent.WeakrefCleared w) {
            return "weakref#" + w.weakref() + " to " + w.referentLabel() + " cleared";
        } else if (e instanceof HeapEvent.CallbackCalled c) {
            return "callback " + c.callbackLabel() + "(weakref#" + c.weakref() + ")";
        } else if (e instanceof HeapEvent.GcStart g) {
            return "gc: collecting generation " + g.generation() + " (counts " + g.count0() + ", " + g.count1() + ", " + g.count2() + ")";
        } else if (e instanceof HeapEvent.GcStop g) {
            return "gc: done, " + g.collected() + " collected, " + g.uncollectable() + " uncollectable";
        } else if (e instanceof HeapEvent.Unreachable u) {
            return "gc: " + u.label() + " unreachable";
        } else if (e instanceof HeapEvent.Output o) {
            String text = o.text().endsWith("\n") ? o.text().substring(0, o.text().length() - 1) : o.text();
            return text.isEmpty() ? null : (o.stderr() ? "stderr| " : "stdout| ") + text.replace("\n", "\n        ");
        }
        return null;
    }
}
