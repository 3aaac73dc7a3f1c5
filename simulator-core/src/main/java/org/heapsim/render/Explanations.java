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

    /**
     * How explanations name the places that hold references. Heap traces speak of names and
     * roots ({@link #TRACES}); {@link ProgramNaming} speaks of a program's globals and locals.
     */
    public static class Naming {
        /** "name 'x'", "root 'gc module'", "frame f#3 local 'x'", "list#5[2]". */
        public static final Naming TRACES = new Naming();

        /** A binding of the module's globals; keyLabel is the key's label ({@code 'x'}). */
        public String global(String keyLabel) {
            return "name " + keyLabel;
        }

        /** A root of the interpreter (the running frames, the builtins...). */
        public String root(Root root) {
            return "root '" + root.label() + "'";
        }

        /**
         * Whether a step of a path is shown: a root (holder null) or a holder's slot, followed by
         * a step whose holder is next (null at the end). Programs let frames speak for themselves
         * and name an instance's attribute through its {@code __dict__} as the attribute.
         */
        public boolean shows(Root root, PyObject holder, String slot, PyObject next) {
            return true;
        }

        /** A slot of holder: "list#5[2]", "Cheese#7.kind", "dict#9 (as a key)". */
        public String slot(PyObject holder, String slot) {
            if (slot.startsWith("key ")) {
                return holder.label() + " (as a key)";
            }
            return holder.label() + slot;
        }

        /** The object named at the head of an explanation. */
        public String object(PyObject o) {
            return o.label();
        }
    }

    /** One step of a path: a root, a global binding, or a holder's slot. */
    private record Hop(Root root, String global, PyObject holder, String slot) {
        String describe(Naming naming) {
            return root != null ? naming.root(root) : global != null ? naming.global(global) : naming.slot(holder, slot);
        }
    }

    /** "Cheese#36 is alive: refcount 1, held by name 'cheese'" and the paths from the roots. */
    public static String whyAlive(Heap heap, PyObject target, DictObject globals, int maxPaths) {
        return whyAlive(heap, target, globals, maxPaths, Naming.TRACES);
    }

    /**
     * Why target is alive, worded by naming: its refcount and direct holders, then every chain
     * of strong references from a root (shortest first, at most maxPaths, weak references never
     * counted); when no root reaches it, the cycle that keeps it waiting for the collector, or
     * the references nothing in the heap accounts for (a value being passed between frames).
     */
    public static String whyAlive(Heap heap, PyObject target, DictObject globals, int maxPaths, Naming naming) {
        if (target.isFreed()) {
            return naming.object(target) + " is not alive: it has been freed";
        }
        StringBuilder sb = new StringBuilder();
        List<String> holders = new ArrayList<>();
        for (HeapWalker.Holder h : HeapWalker.holders(heap, target)) {
            if (h.root() != null) {
                holders.add(naming.root(h.root()));
            } else if (h.object() == globals && h.slot().startsWith("[")) {
                holders.add(naming.global(h.slot().substring(1, h.slot().length() - 1)));
            } else {
                holders.add(naming.slot(h.object(), h.slot()));
            }
        }
        sb.append(naming.object(target)).append(" is alive: refcount ").append(target.refcount());
        if (!holders.isEmpty()) {
            sb.append(", held by ").append(String.join(", ", holders));
        }
        List<List<Hop>> paths = paths(heap, target, globals, maxPaths);
        if (paths.isEmpty()) {
            List<PyObject> cycle = cycleThrough(heap, target);
            if (cycle.isEmpty()) {
                PyObject inFlight = heldOutsideTheHeap(heap, target);
                if (inFlight != null) {
                    sb.append(inFlight == target
                            ? "\n  nothing in the heap holds it: the interpreter does (a value being passed, such as a function's return value)"
                            : "\n  held through " + naming.object(inFlight) + ", which nothing in the heap holds: the interpreter does"
                                    + " (a value being passed, such as a function's return value)");
                    return sb.toString();
                }
            }
            sb.append("\n  no root reaches it: it is garbage in a reference cycle, waiting for the cyclic collector");
            if (!cycle.isEmpty()) {
                StringBuilder c = new StringBuilder();
                for (PyObject o : cycle) {
                    c.append(naming.object(o)).append(" -> ");
                }
                c.append(naming.object(target));
                sb.append("\n  cycle: ").append(c);
            }
            return sb.toString();
        }
        List<List<String>> shown = new ArrayList<>();
        for (List<Hop> p : paths) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                Hop h = p.get(i);
                if (h.global() == null && !naming.shows(h.root(), h.holder(), h.slot(), i + 1 < p.size() ? p.get(i + 1).holder() : null)) {
                    continue;
                }
                words.add(h.describe(naming));
            }
            if (words.size() > 12) { // a long chain: its ends say where it starts and what holds the object
                int skipped = words.size() - 10;
                List<String> shortened = new ArrayList<>(words.subList(0, 5));
                shortened.add("… " + skipped + " more …");
                shortened.addAll(words.subList(words.size() - 5, words.size()));
                words = shortened;
            }
            shown.add(words);
        }
        shown.sort(java.util.Comparator.comparingInt(List::size)); // shortest first, as the reader sees them
        for (List<String> words : shown) {
            sb.append("\n  ").append(String.join(" -> ", words));
        }
        return sb.toString();
    }

    /**
     * Shortest paths first (breadth-first from every root), each as the chain of holders from the
     * root to the target, in the words of traces. At most max paths; each path ends at a different direct holder.
     */
    static List<List<String>> pathsFromRoots(Heap heap, PyObject target, DictObject globals, int max) {
        List<List<String>> out = new ArrayList<>();
        for (List<Hop> p : paths(heap, target, globals, max)) {
            List<String> words = new ArrayList<>();
            for (Hop h : p) {
                words.add(h.describe(Naming.TRACES));
            }
            out.add(words);
        }
        return out;
    }

    private static List<List<Hop>> paths(Heap heap, PyObject target, DictObject globals, int max) {
        Map<PyObject, Hop> parent = new IdentityHashMap<>();
        ArrayDeque<PyObject> queue = new ArrayDeque<>();
        // the program's global names are the roots a learner thinks in: start there, and do not
        // go round through sys.modules to reach them again
        if (globals != null) {
            parent.put(globals, new Hop(null, "__main__ globals", null, null));
            for (int i = 0; i < globals.entrySlots(); i++) {
                PyObject k = globals.keyAt(i);
                PyObject v = globals.valueAt(i);
                if (k != null && !v.isImmortal() && !parent.containsKey(v)) {
                    if (v == target) {
                        continue; // a direct binding is reported below as a one-step path
                    }
                    parent.put(v, new Hop(null, k.label(), null, null));
                    queue.add(v);
                }
            }
        }
        List<List<Hop>> direct = new ArrayList<>();
        if (globals != null) {
            for (int i = 0; i < globals.entrySlots(); i++) {
                if (globals.keyAt(i) != null && globals.valueAt(i) == target) {
                    direct.add(List.of(new Hop(null, globals.keyAt(i).label(), null, null)));
                }
            }
        }
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                if (o == target) {
                    direct.add(List.of(new Hop(r, null, null, null))); // held by the interpreter itself
                } else if (!parent.containsKey(o)) {
                    parent.put(o, new Hop(r, null, null, null));
                    queue.add(o);
                }
            }
        }
        List<List<Hop>> out = new ArrayList<>(direct.subList(0, Math.min(direct.size(), max)));
        Map<PyObject, PyObject> via = new IdentityHashMap<>();
        java.util.Set<String> seenLastHops = new java.util.HashSet<>();
        while (!queue.isEmpty() && out.size() < max) {
            PyObject o = queue.poll();
            Slots.forEach(o, (slot, t) -> {
                if (t == target) {
                    Hop hop = new Hop(null, null, o, slot);
                    if (o != globals && seenLastHops.add(hop.describe(Naming.TRACES)) && out.size() < max) {
                        List<Hop> path = new ArrayList<>();
                        path.add(hop);
                        PyObject cur = o;
                        while (cur != null) {
                            Hop p = parent.get(cur);
                            PyObject up = via.get(cur);
                            path.add(up == null ? p : new Hop(null, null, up, p.slot()));
                            cur = up;
                        }
                        Collections.reverse(path);
                        out.add(path);
                    }
                } else if (!t.isImmortal() && !parent.containsKey(t)) {
                    parent.put(t, new Hop(null, null, null, slot));
                    via.put(t, o);
                    queue.add(t);
                }
            });
        }
        return out;
    }

    /**
     * Going up from target through its first holder: the first object with references the heap
     * does not account for (refcount above its holders: a value on its way between frames), or null.
     */
    private static PyObject heldOutsideTheHeap(Heap heap, PyObject target) {
        PyObject cur = target;
        java.util.Set<PyObject> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (cur != null && seen.add(cur) && seen.size() < 16) {
            List<HeapWalker.Holder> hs = HeapWalker.holders(heap, cur);
            if (hs.size() < cur.refcount()) {
                return cur;
            }
            cur = hs.isEmpty() ? null : hs.get(0).object();
        }
        return null;
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
     * started it, every deallocation in between, and what happened while the object died
     * (its {@code __del__}, its weak references cleared, their callbacks and what they removed).
     */
    public static final class DeathLog implements org.heapsim.event.HeapListener {
        /**
         * What the explainer knows of objects beyond the events: better labels, whether a
         * class has no {@code __del__}, names a program gives its containers. Each method may
         * return null (or false) when it does not know.
         */
        public interface Labels {
            /** A label for the object (e.g. {@code Cheese#33 (kind='lock')}), or null for the event's. */
            default String label(long object) {
                return null;
            }

            /** True when the object is known to have no {@code __del__} to run. */
            default boolean withoutDel(long object) {
                return false;
            }

            /** An expression naming the object in the program ({@code stock.data}), or null. */
            default String name(long object) {
                return null;
            }
        }

        /** A reference a weakref callback removed: holder's slot no longer held the weakref. */
        private record Removal(long holder, String holderLabel, String slot) {
        }

        private final Map<Long, HeapEvent> bySeq = new java.util.HashMap<>();
        private final Map<Long, HeapEvent.Freed> freeOf = new java.util.HashMap<>();
        private final Map<Long, List<Object>> during = new java.util.HashMap<>();
        /** weakref -> its referent, from the moment it is cleared until it is freed. */
        private final Map<Long, Long> clearedFor = new java.util.HashMap<>();
        /** weakref -> referent whose callback for it has been called. */
        private final Map<Long, Long> calledBack = new java.util.HashMap<>();

        @Override
        public void onEvent(HeapEvent e) {
            if (e instanceof HeapEvent.Freed f) {
                bySeq.put(e.seq(), e);
                freeOf.put(f.object(), f);
                calledBack.remove(f.object());
            } else if (e instanceof HeapEvent.Operation || e instanceof HeapEvent.GcStart) {
                bySeq.put(e.seq(), e);
            } else if (e instanceof HeapEvent.FinalizerCalled f) {
                during.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(e);
            } else if (e instanceof HeapEvent.WeakrefCleared w) {
                during.computeIfAbsent(w.referent(), k -> new ArrayList<>()).add(e);
                clearedFor.put(w.weakref(), w.referent());
            } else if (e instanceof HeapEvent.CallbackCalled c) {
                Long referent = clearedFor.get(c.weakref());
                if (referent != null) {
                    during.computeIfAbsent(referent, k -> new ArrayList<>()).add(e);
                    calledBack.put(c.weakref(), referent);
                }
            } else if (e instanceof HeapEvent.ReferenceRemoved r && calledBack.containsKey(r.target())) {
                during.computeIfAbsent(calledBack.get(r.target()), k -> new ArrayList<>())
                        .add(new Removal(r.holder(), r.holderLabel(), r.slot()));
            }
        }

        /** "remove" for "function WeakValueDictionary.__init__.<locals>.remove#23"; other labels as they are. */
        private static String functionName(String label) {
            if (!label.startsWith("function ")) {
                return label;
            }
            String name = label.substring("function ".length()).replaceAll("#\\d+$", "");
            return name.substring(name.lastIndexOf('.') + 1);
        }

        /** Whether the object's free was recorded. */
        public boolean isDead(long object) {
            return freeOf.containsKey(object);
        }

        /** The label the object had when it was freed, or null. */
        public String labelAtFree(long object) {
            HeapEvent.Freed f = freeOf.get(object);
            return f == null ? null : f.label();
        }

        /**
         * "line 27 'unbind catalog': list#25 freed (refcount reached 0) → released its references
         * → Cheese#33 freed (refcount reached 0) → __del__ ran → weakref#43 cleared → callback
         * remove(weakref#43) removed dict#40['lock']".
         */
        public String whyDead(long object) {
            return whyDead(object, new Labels() {
            });
        }

        /** As {@link #whyDead(long)}, with the labels and names the explainer knows. */
        public String whyDead(long object, Labels labels) {
            HeapEvent.Freed f = freeOf.get(object);
            if (f == null) {
                return "#" + object + " has not been freed";
            }
            List<HeapEvent.Freed> frees = new ArrayList<>();
            HeapEvent cur = f;
            while (cur instanceof HeapEvent.Freed fr) {
                frees.add(fr);
                cur = bySeq.get(fr.cause());
            }
            Collections.reverse(frees);
            String start;
            if (cur instanceof HeapEvent.Operation op) {
                start = op.line() > 0 ? "line " + op.line() + " '" + op.description() + "'" : op.description();
            } else if (cur instanceof HeapEvent.GcStart g) {
                start = "line " + g.line() + ": a collection of generation " + g.generation();
            } else {
                start = "interpreter shutdown";
            }
            StringBuilder sb = new StringBuilder(start);
            for (int i = 0; i < frees.size(); i++) {
                HeapEvent.Freed fr = frees.get(i);
                if (i == 4 && frees.size() > 10) {
                    int skip = frees.size() - 7;
                    sb.append(" → … ").append(skip).append(" more frees, each releasing the next …");
                    i += skip - 1;
                    continue;
                }
                if (i == 0) {
                    sb.append(": ");
                } else {
                    Long referent = clearedFor.get(fr.object());
                    sb.append(referent != null && referent == frees.get(i - 1).object()
                            ? " → its weak reference, callback done, dropped → "
                            : " → released its references → ");
                }
                String label = labels.label(fr.object());
                sb.append(label != null ? label : fr.label()).append(fr.reason() == HeapEvent.Reason.GARBAGE_COLLECTED
                        ? " freed by the cyclic collector" : " freed (refcount reached 0)");
            }
            List<Object> extra = during.getOrDefault(object, List.of());
            boolean delRan = false;
            for (Object e : extra) {
                delRan |= e instanceof HeapEvent.FinalizerCalled;
            }
            if (!delRan && labels.withoutDel(object)) {
                sb.append(" → no __del__");
            }
            for (Object e : extra) {
                if (e instanceof HeapEvent.FinalizerCalled) {
                    sb.append(" → __del__ ran");
                } else if (e instanceof HeapEvent.WeakrefCleared w) {
                    String label = labels.label(w.weakref());
                    sb.append(" → ").append(label != null ? label : "weakref#" + w.weakref()).append(" cleared");
                } else if (e instanceof HeapEvent.CallbackCalled c) {
                    String label = labels.label(c.weakref());
                    sb.append(" → callback ").append(functionName(c.callbackLabel())).append('(')
                            .append(label != null ? label.replaceFirst(" \\(.*\\)$", "") : "weakref#" + c.weakref()).append(')');
                } else if (e instanceof Removal r) {
                    String name = labels.name(r.holder());
                    sb.append(" removed ").append(name != null ? name : r.holderLabel()).append(r.slot());
                }
            }
            return sb.toString();
        }
    }
}
