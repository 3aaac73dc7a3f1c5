package org.heapsim.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.event.HeapEvent;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.HeapWalker;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.Slots;

/**
 * Answers the two questions no interpreter answers: why is this object still alive, and why
 * did it die at that moment.
 *
 * <p>Why alive: every chain of strong references from a root to the object, shortest first
 * (weak references never hold anything), or, when no root reaches it, the cycle that keeps it
 * waiting for the collector. Why dead: the chain of events from the operation that dropped the
 * last reference, through every deallocation that released the next object, to its free.
 */
public final class Explanations {
    private Explanations() {
    }

    /** One strong reference on a path: holder (null for a root) and the slot naming it. */
    public record Link(String holder, String slot) {
    }

    /** "Cheese#36 is alive: refcount 1, held by name 'cheese'" and the paths from the roots. */
    public static String whyAlive(Heap heap, PyObject target, DictObject globals, int maxPaths) {
        if (target.isFreed()) {
            return target.label() + " is not alive: it has been freed";
        }
        StringBuilder sb = new StringBuilder();
        List<String> holders = new ArrayList<>();
        for (HeapWalker.Holder h : HeapWalker.holders(heap, target)) {
            holders.add(h.describe(heap, globals));
        }
        sb.append(target.label()).append(" is alive: refcount ").append(target.refcount());
        if (!holders.isEmpty()) {
            sb.append(", held by ").append(String.join(", ", holders));
        }
        List<List<String>> paths = pathsFromRoots(heap, target, globals, maxPaths);
        if (paths.isEmpty()) {
            sb.append("\n  no root reaches it: it is garbage in a reference cycle, waiting for the cyclic collector");
            List<PyObject> cycle = cycleThrough(heap, target);
            if (!cycle.isEmpty()) {
                StringBuilder c = new StringBuilder();
                for (PyObject o : cycle) {
                    c.append(o.label()).append(" -> ");
                }
                c.append(target.label());
                sb.append("\n  cycle: ").append(c);
            }
            return sb.toString();
        }
        for (List<String> p : paths) {
            sb.append("\n  ").append(String.join(" -> ", p));
        }
        return sb.toString();
    }

    /**
     * Shortest paths first (breadth-first from every root), each as the chain of holders from the
     * root to the target. At most max paths; each path ends at a different direct holder.
     */
    static List<List<String>> pathsFromRoots(Heap heap, PyObject target, DictObject globals, int max) {
        Map<PyObject, String[]> parent = new IdentityHashMap<>();
        ArrayDeque<PyObject> queue = new ArrayDeque<>();
        // the program's global names are the roots a learner thinks in: start there, and do not
        // go round through sys.modules to reach them again
        if (globals != null) {
            parent.put(globals, new String[] {"__main__ globals", null});
            for (int i = 0; i < globals.entrySlots(); i++) {
                PyObject k = globals.keyAt(i);
                PyObject v = globals.valueAt(i);
                if (k != null && !v.isImmortal() && !parent.containsKey(v)) {
                    if (v == target) {
                        continue; // a direct binding is reported below as a one-step path
                    }
                    parent.put(v, new String[] {"name " + k.label(), null});
                    queue.add(v);
                }
            }
        }
        List<List<String>> direct = new ArrayList<>();
        if (globals != null) {
            for (int i = 0; i < globals.entrySlots(); i++) {
                if (globals.keyAt(i) != null && globals.valueAt(i) == target) {
                    direct.add(List.of("name " + globals.keyAt(i).label()));
                }
            }
        }
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                if (!parent.containsKey(o)) {
                    parent.put(o, new String[] {"root '" + r.label() + "'", null});
                    queue.add(o);
                }
            }
        }
        List<List<String>> out = new ArrayList<>(direct.subList(0, Math.min(direct.size(), max)));
        Map<PyObject, PyObject> via = new IdentityHashMap<>();
        java.util.Set<String> seenLastHops = new java.util.HashSet<>();
        while (!queue.isEmpty() && out.size() < max) {
            PyObject o = queue.poll();
            Slots.forEach(o, (slot, t) -> {
                if (t == target) {
                    String hop = describeHolder(o, slot, globals);
                    if (o != globals && seenLastHops.add(hop) && out.size() < max) {
                        List<String> path = new ArrayList<>();
                        path.add(hop);
                        PyObject cur = o;
                        while (cur != null) {
                            String[] p = parent.get(cur);
                            PyObject up = via.get(cur);
                            path.add(up == null ? p[0] : describeHolder(up, p[1], globals));
                            cur = up;
                        }
                        Collections.reverse(path);
                        out.add(path);
                    }
                } else if (!t.isImmortal() && !parent.containsKey(t)) {
                    parent.put(t, new String[] {null, slot});
                    via.put(t, o);
                    queue.add(t);
                }
            });
        }
        return out;
    }

    private static String describeHolder(PyObject holder, String slot, DictObject globals) {
        if (holder == globals && slot.startsWith("[")) {
            return "name " + slot.substring(1, slot.length() - 1);
        }
        if (slot.startsWith("key ")) {
            return holder.label() + " (as a key)";
        }
        return holder.label() + slot;
    }

    /** A cycle of strong references through target (holders in order), or empty. */
    static List<PyObject> cycleThrough(Heap heap, PyObject target) {
        Map<PyObject, PyObject> from = new IdentityHashMap<>();
        ArrayDeque<PyObject> queue = new ArrayDeque<>();
        queue.add(target);
        from.put(target, null);
        while (!queue.isEmpty()) {
            PyObject o = queue.poll();
            List<PyObject> next = new ArrayList<>();
            o.traverse((org.heapsim.heap.AllReferences) next::add);
            for (PyObject t : next) {
                if (t == target) {
                    List<PyObject> cycle = new ArrayList<>();
                    for (PyObject c = o; c != null; c = from.get(c)) {
                        cycle.add(c);
                    }
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (!t.isImmortal() && !from.containsKey(t)) {
                    from.put(t, o);
                    queue.add(t);
                }
            }
        }
        return List.of();
    }

    /**
     * Records a run's events so that any free can be explained afterwards: the operation that
     * started it, and every deallocation in between.
     */
    public static final class DeathLog implements org.heapsim.event.HeapListener {
        private final Map<Long, HeapEvent> bySeq = new java.util.HashMap<>();
        private final Map<Long, HeapEvent.Freed> freeOf = new java.util.HashMap<>();
        private final Map<Long, List<HeapEvent>> during = new java.util.HashMap<>();

        @Override
        public void onEvent(HeapEvent e) {
            bySeq.put(e.seq(), e);
            if (e instanceof HeapEvent.Freed f) {
                freeOf.put(f.object(), f);
            } else if (e instanceof HeapEvent.FinalizerCalled f) {
                during.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(e);
            } else if (e instanceof HeapEvent.WeakrefCleared w) {
                during.computeIfAbsent(w.referent(), k -> new ArrayList<>()).add(e);
            }
        }

        /**
         * "line 27 'unbind catalog': list#25 freed (refcount 0) → released Cheese#33 → Cheese#33
         * freed (refcount 0): __del__ ran; weakref#43 cleared; callback remove(weakref#43)".
         */
        public String whyDead(long object) {
            HeapEvent.Freed f = freeOf.get(object);
            if (f == null) {
                return "#" + object + " has not been freed";
            }
            List<String> chain = new ArrayList<>();
            HeapEvent cur = f;
            while (cur instanceof HeapEvent.Freed fr) {
                chain.add(fr.label() + (fr.reason() == HeapEvent.Reason.GARBAGE_COLLECTED
                        ? " freed by the cyclic collector" : " freed (refcount reached 0)"));
                cur = bySeq.get(fr.cause());
            }
            Collections.reverse(chain);
            String start;
            if (cur instanceof HeapEvent.Operation op) {
                start = (op.line() > 0 ? "line " + op.line() + " " : "") + "'" + op.description() + "'";
            } else if (cur instanceof HeapEvent.GcStart g) {
                start = "line " + g.line() + ": a collection of generation " + g.generation();
            } else {
                start = "interpreter shutdown";
            }
            StringBuilder sb = new StringBuilder(start);
            for (int i = 0; i < chain.size(); i++) {
                sb.append(i == 0 ? ": " : " → released its references → ").append(chain.get(i));
            }
            List<HeapEvent> extra = during.getOrDefault(object, List.of());
            for (HeapEvent e : extra) {
                if (e instanceof HeapEvent.FinalizerCalled) {
                    sb.append(" → __del__ ran");
                } else if (e instanceof HeapEvent.WeakrefCleared w) {
                    sb.append(" → weakref#").append(w.weakref()).append(" cleared");
                }
            }
            return sb.toString();
        }
    }
}
