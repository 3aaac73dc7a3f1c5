package org.heapsim.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heapsim.event.HeapEvent;
import org.heapsim.heap.AllReferences;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.HeapWalker;
import org.heapsim.heap.Host;
import org.heapsim.heap.PyError;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.version.PythonVersion;
import org.heapsim.weak.WeakRefObject;

/**
 * The system under test for the stateful properties: a heap, one root standing for the
 * program's names (slots 0..n-1), the objects the actions created, and an independent record
 * of what happened (frees, finalizer and callback calls, events) for the oracle to check.
 */
final class TraversalModel {
    static final int SLOTS = 6;

    final Heap heap;
    final Root names;
    final PyObject[] slots = new PyObject[SLOTS];
    final List<PyObject> created = new ArrayList<>();
    final List<WeakRefObject> weakrefs = new ArrayList<>();
    final Map<PyObject, Integer> finalizerCalls = new IdentityHashMap<>();
    final Map<PyObject, Integer> callbackCalls = new IdentityHashMap<>();
    final List<String> events = new ArrayList<>();
    final Map<Long, PyObject> bySerial = new HashMap<>();
    /** Objects whose __del__ resurrects them the first time (into the resurrection list). */
    final Set<PyObject> resurrectors = Collections.newSetFromMap(new IdentityHashMap<>());
    final Root resurrected;
    final ClassObject plain;
    final ClassObject withDel;
    final ClassObject slotted;
    final PyObject callback;
    boolean resurrectionHappened;
    /** Some collection's finalizer resurrected an object: its batch-mates may live on with dead weakrefs (§2.5). */
    boolean gcResurrection;
    /** The last step was gc.collect(2) and no finalizer resurrected anything during it. */
    boolean lastFullCollectClean;
    /** Each weak reference's referent, as created (the weakref itself forgets it when it dies). */
    final Map<WeakRefObject, PyObject> referentOf = new IdentityHashMap<>();

    TraversalModel(PythonVersion version) {
        heap = new Heap(version);
        names = heap.newRoot("names");
        resurrected = heap.newRoot("resurrected");
        heap.setHost(new RecordingHost());
        heap.addListener(this::record);
        plain = heap.newClass("Plain", List.of(), null, false);
        withDel = heap.newClass("WithDel", List.of(), null, true);
        slotted = heap.newClass("Slotted", List.of(), List.of("a", "b", "__weakref__"), false);
        callback = heap.newNative("cb", (h, args) -> {
            callbackCalls.merge(args[0], 1, Integer::sum);
            return null;
        });
        for (PyObject o : List.of(plain, withDel, slotted, callback)) {
            heap.hold(names, o);
            heap.decref(o);
        }
    }

    private void record(HeapEvent e) {
        events.add(e.getClass().getSimpleName() + ":" + serialOf(e));
    }

    private static String serialOf(HeapEvent e) {
        if (e instanceof HeapEvent.Freed f) {
            return String.valueOf(f.object());
        }
        if (e instanceof HeapEvent.Allocated a) {
            return String.valueOf(a.object());
        }
        if (e instanceof HeapEvent.CallbackCalled c) {
            return c.weakref() + "/" + c.callback();
        }
        if (e instanceof HeapEvent.FinalizerCalled f) {
            return String.valueOf(f.object());
        }
        return "";
    }

    /** A new object registered with the model (the caller owns the creation reference). */
    <T extends PyObject> T track(T o) {
        created.add(o);
        bySerial.put(o.serial(), o);
        if (o instanceof WeakRefObject w) {
            weakrefs.add(w);
        }
        return o;
    }

    /** Binds slot i to o (new reference taken), releasing the old binding after the store. */
    void bind(int i, PyObject o) {
        PyObject old = slots[i];
        heap.hold(names, o);
        slots[i] = o;
        if (old != null) {
            heap.release(names, old);
        }
    }

    void unbind(int i) {
        PyObject old = slots[i];
        slots[i] = null;
        if (old != null) {
            heap.release(names, old);
        }
    }

    List<PyObject> live() {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : created) {
            if (!o.isFreed() && !o.isImmortal()) {
                out.add(o);
            }
        }
        return out;
    }

    /** Every strong reference held on each object, counted independently of refcounts. */
    Map<PyObject, Integer> strongReferenceCounts() {
        Map<PyObject, Integer> counts = new IdentityHashMap<>();
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                counts.merge(o, 1, Integer::sum);
            }
        }
        for (PyObject o : HeapWalker.liveObjects(heap)) {
            o.traverse((AllReferences) target -> counts.merge(target, 1, Integer::sum));
        }
        return counts;
    }

    /** What is reachable from the roots over strong references (a mark from the roots over the edge multiset). */
    Set<PyObject> reachable() {
        return HeapWalker.reachableFromRoots(heap);
    }

    /** __del__ of WithDel records the call; a resurrector stores itself in the resurrected root the first time. */
    private final class RecordingHost implements Host {
        @Override
        public PyObject call(PyObject callable, PyObject[] args) {
            return null;
        }

        @Override
        public void writeUnraisable(PyError error, PyObject reportAs) {
            throw new AssertionError("unexpected unraisable error " + error);
        }

        @Override
        public void finalize(PyObject self) {
            int n = finalizerCalls.merge(self, 1, Integer::sum);
            if (n == 1 && resurrectors.remove(self)) {
                heap.hold(resurrected, self);
                resurrectionHappened = true;
                gcResurrection |= heap.gc().isCollecting();
            }
        }
    }
}
