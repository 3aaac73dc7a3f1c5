package org.heapsim.heap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heapsim.weak.WeakRefObject;

/**
 * An immutable picture of a heap at one moment: every live object with its refcount, GC state
 * and generation; every strong reference (holder, slot, target); every weak reference
 * (weakref object to referent); and what each root holds. Objects are listed in a stable
 * order (discovery from the roots, then the generation lists), so two snapshots of one run
 * compare line by line.
 */
public record Snapshot(List<ObjectInfo> objects, List<Edge> edges, List<WeakEdge> weakEdges, List<RootInfo> roots) {

    /**
     * One live object. generation is -1 when untracked, 3 for the permanent generation;
     * reachable is false for cyclic garbage that awaits a collection.
     */
    public record ObjectInfo(long id, String type, String label, int refcount, boolean tracked, int generation,
                             boolean finalized, boolean immortal, boolean reachable) {
    }

    /** A strong reference: holder's slot refers to target. */
    public record Edge(long from, String slot, long to) {
    }

    /** A weak reference object and its referent. */
    public record WeakEdge(long weakref, long referent, boolean hasCallback) {
    }

    /** A root and the objects it holds, in order. */
    public record RootInfo(String label, List<Long> held) {
    }

    public Snapshot {
        objects = List.copyOf(objects);
        edges = List.copyOf(edges);
        weakEdges = List.copyOf(weakEdges);
        roots = List.copyOf(roots);
    }

    /** Takes a snapshot of everything live in heap. */
    public static Snapshot of(Heap heap) {
        List<PyObject> live = HeapWalker.liveObjects(heap);
        Set<PyObject> reachable = HeapWalker.reachableFromRoots(heap);
        Map<PyObject, Integer> generations = heap.gc().generationMap();
        Set<PyObject> liveSet = Collections.newSetFromMap(new IdentityHashMap<>());
        liveSet.addAll(live);
        List<ObjectInfo> objects = new ArrayList<>(live.size());
        List<Edge> edges = new ArrayList<>();
        List<WeakEdge> weak = new ArrayList<>();
        for (PyObject o : live) {
            Integer g = generations.get(o);
            objects.add(new ObjectInfo(o.serial(), o.typeName(), o.label(), o.refcount(), o.isTracked(),
                    g == null ? -1 : g, o.isFinalized(), o.isImmortal(), reachable.contains(o)));
            Slots.forEach(o, (slot, target) -> {
                if (!target.isImmortal()) {
                    edges.add(new Edge(o.serial(), slot, target.serial()));
                }
            });
            if (o instanceof WeakRefObject w && w.referent() != null && liveSet.contains(w.referent())) {
                weak.add(new WeakEdge(w.serial(), w.referent().serial(), w.callback() != null));
            }
        }
        List<RootInfo> roots = new ArrayList<>();
        for (Root r : heap.roots()) {
            List<Long> held = new ArrayList<>();
            for (PyObject o : r.held()) {
                held.add(o.serial());
            }
            roots.add(new RootInfo(r.label(), held));
        }
        return new Snapshot(objects, edges, weak, roots);
    }

    public ObjectInfo object(long id) {
        for (ObjectInfo o : objects) {
            if (o.id() == id) {
                return o;
            }
        }
        return null;
    }
}
