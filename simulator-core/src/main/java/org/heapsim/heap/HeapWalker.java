package org.heapsim.heap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds every live object: what the roots hold, what the collector tracks (cyclic garbage
 * awaiting collection included), and everything those reach. Iterative, so that a chain of
 * a million objects does not overflow the Java stack.
 */
public final class HeapWalker {
    private HeapWalker() {
    }

    /** Live objects in a stable order: discovery order from the roots, then from the generation lists. */
    public static List<PyObject> liveObjects(Heap heap) {
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyObject> order = new ArrayList<>();
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                enqueue(o, seen, order, work);
            }
        }
        drain(seen, order, work);
        for (PyObject o : heap.gc().generationMap().keySet()) {
            enqueue(o, seen, order, work);
        }
        drain(seen, order, work);
        return order;
    }

    /**
     * What the roots keep alive, over strong references only. Live objects outside this set
     * are cyclic garbage: only the collector will free them.
     */
    public static Set<PyObject> reachableFromRoots(Heap heap) {
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyObject> order = new ArrayList<>();
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                enqueue(o, seen, order, work);
            }
        }
        drain(seen, order, work);
        return seen;
    }

    private static void enqueue(PyObject o, Set<PyObject> seen, List<PyObject> order, ArrayDeque<PyObject> work) {
        if (!o.isImmortal() && seen.add(o)) {
            order.add(o);
            work.add(o);
        }
    }

    private static void drain(Set<PyObject> seen, List<PyObject> order, ArrayDeque<PyObject> work) {
        AllReferences visitor = referent -> enqueue(referent, seen, order, work);
        while (!work.isEmpty()) {
            work.poll().traverse(visitor);
        }
    }

    /** A strong reference to some object: who holds it and under which slot. */
    public record Holder(PyObject object, Root root, String slot) {
        /** "name 'x'", "list#5[2]", "Cheese#7.kind", "root 'gc module'" */
        public String describe(Heap heap, DictObject globals) {
            if (root != null) {
                return "root '" + root.label() + "'";
            }
            if (object == globals && slot.startsWith("[")) {
                return "name " + slot.substring(1, slot.length() - 1);
            }
            return object.label() + slot;
        }
    }

    /** Everything holding a strong reference to target, one entry per reference. */
    public static List<Holder> holders(Heap heap, PyObject target) {
        List<Holder> out = new ArrayList<>();
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                if (o == target) {
                    out.add(new Holder(null, r, ""));
                }
            }
        }
        for (PyObject o : liveObjects(heap)) {
            Slots.forEach(o, (slot, t) -> {
                if (t == target) {
                    out.add(new Holder(o, null, slot));
                }
            });
        }
        return out;
    }
}
