package org.heapsim.gc;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.event.HeapEvent;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GcList;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.heap.Visitor;
import org.heapsim.version.VersionPolicy;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;

/**
 * The cyclic garbage collector, as {@code Modules/gcmodule.c} (3.8–3.12) and
 * {@code Python/gc.c} (3.13) do it: three generations of intrusive lists plus the permanent
 * one, allocation counts and thresholds, and every step of {@code gc_collect_main} in order
 * (update_refs, subtract_refs, move_unreachable with its reordering, tuple and dict
 * untracking, handle_weakrefs, finalize_garbage, the resurrection check, delete_garbage).
 */
public final class Collector {
    public static final int NUM_GENERATIONS = 3;
    public static final int DEBUG_SAVEALL = 1 << 5;

    private final Heap heap;
    private final VersionPolicy policy;
    private final GcList[] generations = {new GcList(), new GcList(), new GcList()};
    private final GcList permanent = new GcList();
    private final int[] count = new int[NUM_GENERATIONS];
    private final int[] threshold = new int[NUM_GENERATIONS];
    private final long[] statCollections = new long[NUM_GENERATIONS];
    private final long[] statCollected = new long[NUM_GENERATIONS];
    private final long[] statUncollectable = new long[NUM_GENERATIONS];
    private boolean enabled = true;
    private boolean collecting;
    private boolean scheduled;
    private boolean errorPending;
    private long longLivedPending;
    private long longLivedTotal;
    private int debug;
    private Root moduleRoot;
    private ListObject garbage;
    private ListObject callbacks;

    // the visitors are fields so that a collection allocates nothing per object
    private final Visitor visitDecref = referent -> {
        if (referent.isCollecting()) {
            referent.setGcRefs(referent.gcRefs() - 1);
        }
    };
    private GcList scanning;
    private long movedBack;
    /** Whether the garbage of the collection in progress holds an object with a finalizer. */
    private boolean batchHasFinalizer;
    private final Visitor visitReachable = referent -> {
        if (!referent.isCollecting()) {
            return;
        }
        if (referent.isTentativelyUnreachable()) {
            referent.setTentativelyUnreachable(false);
            scanning.moveToTail(referent);
            movedBack++;
            referent.setGcRefs(1);
        } else if (referent.gcRefs() == 0) {
            referent.setGcRefs(1);
        }
    };

    private long netAllocations;

    public Collector(Heap heap) {
        this.heap = heap;
        this.policy = heap.policy();
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            threshold[i] = policy.threshold(i);
        }
    }

    // ------------------------------------------------------------------ tracking and counts

    /** PyObject_GC_Track: appended to the tail of generation 0. */
    public void track(PyObject o) {
        generations[0].append(o);
    }

    public void untrack(PyObject o) {
        GcList.remove(o);
    }

    /**
     * A GC object is being allocated: generation 0's count grows, and when it passes the
     * threshold a collection runs now (3.8–3.11, inside the allocation) or is scheduled for
     * the next eval-breaker check (3.12+).
     */
    public void onGcAllocation() {
        netAllocations++;
        count[0]++;
        if (count[0] > threshold[0] && enabled && threshold[0] != 0 && !collecting && !errorPending) {
            if (policy.automaticGcDeferred()) {
                scheduled = true;
            } else {
                collecting = true;
                try {
                    collectGenerations();
                } finally {
                    collecting = false;
                }
            }
        }
    }

    /** PyObject_GC_Del: a GC object was freed. */
    public void onGcFree() {
        if (count[0] > 0) {
            netAllocations--;
            count[0]--;
        }
    }

    /**
     * The sum of every move of generation 0's count (allocations up, frees that decremented
     * it down) since the heap began; unlike the count itself, not reset by collections. It is
     * what CPython's count shows with gc disabled, the measure of an import calibration.
     */
    public long netAllocations() {
        return netAllocations;
    }

    /**
     * Moves the gc clock as n allocations (n &gt; 0) or n frees (n &lt; 0) of objects that are
     * not simulated would: CPython's import machinery allocates objects heapsim's does not
     * have ({@link org.heapsim.version.ImportCalibration}). Each allocation may start an
     * automatic collection, as a real one would.
     */
    public void padAllocations(long n) {
        for (long i = 0; i < n; i++) {
            onGcAllocation();
            // the allocations stand for Python code (importlib), which reaches the eval
            // breaker all the time: a 3.12+ scheduled collection runs among them
            evalBreaker();
        }
        for (long i = 0; i > n; i--) {
            onGcFree();
        }
    }

    /** The eval breaker (3.12+ {@code _Py_RunGC}): runs a scheduled automatic collection. */
    public void evalBreaker() {
        if (scheduled) {
            scheduled = false;
            if (!collecting) {
                collecting = true;
                try {
                    collectGenerations();
                } finally {
                    collecting = false;
                }
            }
        }
    }

    /** While an exception is being raised, CPython does not start automatic collections. */
    public void setErrorPending(boolean pending) {
        errorPending = pending;
    }

    /** collect_generations: the oldest generation over its threshold, with the long-lived heuristic for a full collection. */
    private long collectGenerations() {
        for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
            if (count[i] > threshold[i]) {
                if (i == NUM_GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                return collectWithCallbacks(i);
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ the gc module's functions

    /**
     * {@code gc.collect(generation)}: runs a collection with gc.callbacks, regardless of
     * whether automatic collection is enabled; returns collected + uncollectable. Returns 0
     * when a collection is already running.
     */
    public long collect(int generation) {
        if (generation < 0 || generation >= NUM_GENERATIONS) {
            throw new IllegalArgumentException("invalid generation");
        }
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return collectWithCallbacks(generation);
        } finally {
            collecting = false;
        }
    }

    /** The collections of interpreter shutdown: full, without gc.callbacks. */
    public long collectWithoutCallbacks() {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            long[] r = collectMain(NUM_GENERATIONS - 1);
            return r[0] + r[1];
        } finally {
            collecting = false;
        }
    }

    private long collectWithCallbacks(int generation) {
        invokeCallbacks("start", generation, 0, 0);
        long[] r = collectMain(generation);
        invokeCallbacks("stop", generation, r[0], r[1]);
        return r[0] + r[1];
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public int[] counts() {
        return count.clone();
    }

    /** Sets the generation counts (the interpreter's start-up state). */
    public void setCounts(int... values) {
        for (int i = 0; i < values.length && i < NUM_GENERATIONS; i++) {
            count[i] = values[i];
        }
    }

    public int[] thresholds() {
        return threshold.clone();
    }

    /** gc.set_threshold: only the given generations change. */
    public void setThresholds(int... values) {
        for (int i = 0; i < values.length && i < NUM_GENERATIONS; i++) {
            threshold[i] = values[i];
        }
    }

    public int debugFlags() {
        return debug;
    }

    public void setDebugFlags(int flags) {
        debug = flags;
    }

    public boolean isCollecting() {
        return collecting;
    }

    /** Whether the interpreter's own start-up objects (VersionPolicy.startupFrozenObjects) are in the permanent generation. */
    private boolean startupObjectsFrozen = true;

    /** gc.freeze: every tracked object moves to the permanent generation. */
    public void freeze() {
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            permanent.mergeFrom(generations[i]);
            count[0] = 0;
        }
        startupObjectsFrozen = true;
    }

    /** gc.unfreeze: the permanent generation joins the oldest one. */
    public void unfreeze() {
        generations[NUM_GENERATIONS - 1].mergeFrom(permanent);
        startupObjectsFrozen = false;
    }

    /** gc.get_freeze_count(): the permanent generation's size, the interpreter's frozen start-up objects included. */
    public int freezeCount() {
        return permanent.size() + (startupObjectsFrozen ? policy.startupFrozenObjects() : 0);
    }

    /** gc.get_stats(): per generation {collections, collected, uncollectable}. */
    public long[][] stats() {
        long[][] s = new long[NUM_GENERATIONS][];
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            s[i] = new long[] {statCollections[i], statCollected[i], statUncollectable[i]};
        }
        return s;
    }

    /** The gc module's state (gc.garbage, gc.callbacks), held by a root standing for the module. */
    private Root moduleRoot() {
        if (moduleRoot == null) {
            moduleRoot = heap.newRoot("gc module");
        }
        return moduleRoot;
    }

    /** {@code gc.garbage} (a borrowed reference). */
    public ListObject garbage() {
        if (garbage == null) {
            garbage = heap.newList();
            heap.hold(moduleRoot(), garbage);
            heap.decref(garbage);
        }
        return garbage;
    }

    /** {@code gc.callbacks} (a borrowed reference). */
    public ListObject callbacks() {
        if (callbacks == null) {
            callbacks = heap.newList();
            heap.hold(moduleRoot(), callbacks);
            heap.decref(callbacks);
        }
        return callbacks;
    }

    /** Objects in generation lists 0, 1, 2 (not the permanent one), in list order. */
    public List<PyObject> objects(int generation) {
        List<PyObject> out = new ArrayList<>();
        int from = generation < 0 ? 0 : generation;
        int to = generation < 0 ? NUM_GENERATIONS - 1 : generation;
        for (int g = from; g <= to; g++) {
            for (PyObject o = generations[g].first(); o != null; o = generations[g].next(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** The generation of every tracked object (3 = permanent), for snapshots. */
    public Map<PyObject, Integer> generationMap() {
        Map<PyObject, Integer> m = new IdentityHashMap<>();
        for (int g = 0; g < NUM_GENERATIONS; g++) {
            for (PyObject o = generations[g].first(); o != null; o = generations[g].next(o)) {
                m.put(o, g);
            }
        }
        for (PyObject o = permanent.first(); o != null; o = permanent.next(o)) {
            m.put(o, NUM_GENERATIONS);
        }
        return m;
    }

    /** Moves a tracked object to the tail of a generation (the interpreter's start-up state). */
    public void moveToGeneration(PyObject o, int generation) {
        if (o.isTracked()) {
            generations[generation].moveToTail(o);
        }
    }

    /** gc.get_referrers: objects in generations 0..2 whose traverse reaches one of targets, once each. */
    public List<PyObject> referrers(List<PyObject> targets) {
        List<PyObject> out = new ArrayList<>();
        boolean[] hit = new boolean[1];
        for (int g = 0; g < NUM_GENERATIONS; g++) {
            for (PyObject o = generations[g].first(); o != null; o = generations[g].next(o)) {
                hit[0] = false;
                o.traverse(r -> {
                    for (PyObject t : targets) {
                        if (r == t) {
                            hit[0] = true;
                        }
                    }
                });
                if (hit[0]) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** gc.get_referents: what tp_traverse visits, for GC objects only. */
    public static List<PyObject> referents(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        if (o.isGcCapable()) {
            o.traverse(out::add);
        }
        return out;
    }

    // ------------------------------------------------------------------ one collection

    /** gc_collect_main: returns {collected, uncollectable}. */
    private long[] collectMain(int generation) {
        long startSeq = 0;
        if (heap.emitting()) {
            startSeq = heap.nextEventSeq();
            heap.emit(new HeapEvent.GcStart(startSeq, heap.line(), generation, count[0], count[1], count[2]));
            heap.pushCause(startSeq);
        }
        try {
            return collectSteps(generation);
        } finally {
            heap.popCause(startSeq);
        }
    }

    private long[] collectSteps(int generation) {
        if (generation + 1 < NUM_GENERATIONS) {
            count[generation + 1]++;
        }
        for (int i = 0; i <= generation; i++) {
            count[i] = 0;
        }
        GcList young = generations[generation];
        GcList old = generation < NUM_GENERATIONS - 1 ? generations[generation + 1] : young;
        // younger generations are appended to the collected one: gen0, then gen1
        for (int i = 0; i < generation; i++) {
            young.mergeFrom(generations[i]);
        }

        GcList unreachable = new GcList();
        long unreachableCount = deduceUnreachable(young, unreachable);
        if (!policy.tupleUntrackInMoveUnreachable()) {
            untrackTuples(young);
        }
        if (young != old) {
            if (generation == NUM_GENERATIONS - 2) {
                longLivedPending += young.size();
            }
            old.mergeFrom(young);
        } else {
            longLivedPending = 0;
            longLivedTotal = untrackDicts(young);
        }
        if (heap.emitting()) {
            for (PyObject o = unreachable.first(); o != null; o = unreachable.next(o)) {
                heap.emit(new HeapEvent.Unreachable(heap.nextEventSeq(), heap.line(), o.serial(), o.label(), generation));
            }
        }

        // handle_weakrefs also clears move_unreachable's mask (CPython does it in
        // move_legacy_finalizers) and notes whether any garbage has a finalizer
        long collected = handleWeakrefs(unreachable, old);
        if (!batchHasFinalizer) {
            // nothing can run Python code on the garbage now (weakref callbacks never see it), so
            // finalize_garbage and the resurrection check would leave the batch as it is
            collected += unreachableCount;
            deleteGarbage(unreachable, old);
        } else {
            finalizeGarbage(unreachable);
            if (policy.wholeBatchSurvivesResurrection()) {
                if (checkGarbage(unreachable)) {
                    old.mergeFrom(unreachable);
                } else {
                    // m += gc_list_size(&unreachable) after finalize_garbage: what the finalizers
                    // freed by refcount (a closed generator's frame and what it held) is not counted
                    collected += unreachable.size();
                    deleteGarbage(unreachable, old);
                }
            } else {
                GcList finalUnreachable = new GcList();
                long finalCount = handleResurrectedObjects(unreachable, finalUnreachable, old);
                collected += finalCount;
                deleteGarbage(finalUnreachable, old);
            }
        }
        long uncollectable = 0; // only C types with tp_del are uncollectable; none are simulated
        statCollections[generation]++;
        statCollected[generation] += collected;
        statUncollectable[generation] += uncollectable;
        if (heap.emitting()) {
            heap.emit(new HeapEvent.GcStop(heap.nextEventSeq(), heap.line(), generation, collected, uncollectable));
        }
        return new long[] {collected, uncollectable};
    }

    /** update_refs, subtract_refs, move_unreachable; returns how many objects are unreachable. */
    private long deduceUnreachable(GcList base, GcList unreachable) {
        for (PyObject o = base.first(); o != null; o = base.next(o)) {
            o.setGcRefs(o.refcount());
            o.setCollecting(true);
        }
        for (PyObject o = base.first(); o != null; o = base.next(o)) {
            o.traverse(visitDecref);
        }
        return moveUnreachable(base, unreachable);
    }

    /**
     * move_unreachable: scan in list order; a reachable object (gc_refs > 0) is traversed and
     * everything it reaches is reachable too: still ahead in the list, its gc_refs becomes 1;
     * already moved to unreachable, it moves back to the tail of the list being scanned and
     * is scanned again. This reordering is what later decides shutdown order.
     */
    private long moveUnreachable(GcList young, GcList unreachable) {
        scanning = young;
        movedBack = 0;
        long moved = 0;
        PyObject o = young.first();
        while (o != null) {
            PyObject next;
            if (o.gcRefs() != 0) {
                o.traverse(visitReachable);
                o.setCollecting(false);
                next = young.next(o);
                if (policy.tupleUntrackInMoveUnreachable()) {
                    maybeUntrackTuple(o);
                }
            } else {
                next = young.next(o);
                unreachable.moveToTail(o);
                o.setTentativelyUnreachable(true);
                moved++;
            }
            o = next;
        }
        scanning = null;
        return moved - movedBack;
    }

    private void untrackTuples(GcList list) {
        PyObject o = list.first();
        while (o != null) {
            PyObject next = list.next(o);
            maybeUntrackTuple(o);
            o = next;
        }
    }

    /** _PyTuple_MaybeUntrack */
    private void maybeUntrackTuple(PyObject o) {
        if (o instanceof TupleObject t && o.type() == Types.TUPLE && o.isTracked()) {
            for (int i = 0; i < t.size(); i++) {
                PyObject item = t.get(i);
                if (item == null || Heap.mayBeTracked(item)) {
                    return;
                }
            }
            heap.untrack(o);
        }
    }

    /** untrack_dicts (only in full collections); returns how many objects stay in the list. */
    private long untrackDicts(GcList list) {
        long remaining = 0;
        PyObject o = list.first();
        while (o != null) {
            PyObject next = list.next(o);
            if (o instanceof DictObject d && o.type() == Types.DICT && dictAllUntrackable(d)) {
                heap.untrack(o);
            } else {
                remaining++;
            }
            o = next;
        }
        return remaining;
    }

    private static boolean dictAllUntrackable(DictObject d) {
        for (int i = 0; i < d.entrySlots(); i++) {
            PyObject k = d.keyAt(i);
            if (k != null && (Heap.mayBeTracked(k) || Heap.mayBeTracked(d.valueAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * handle_weakrefs: every weakref to an unreachable object is cleared first; those with a
     * callback that are not garbage themselves are queued, then called in queue order. A
     * queued weakref that dies right after its callback counts as collected.
     */
    private long handleWeakrefs(GcList unreachable, GcList old) {
        GcList toCall = new GcList();
        batchHasFinalizer = false;
        for (PyObject o = unreachable.first(); o != null; ) {
            PyObject next = unreachable.next(o);
            o.setTentativelyUnreachable(false);
            if (!batchHasFinalizer && heap.needsFinalizer(o)) {
                batchHasFinalizer = true;
            }
            if (o instanceof WeakRefObject self) {
                WeakRefs.clearWeakref(heap, self, false);
            }
            if (o.isWeakReferenceable()) {
                while (o.weakrefs != null) {
                    WeakRefObject wr = o.weakrefs;
                    WeakRefs.clearWeakref(heap, wr, false);
                    if (wr.callback() == null || wr.isCollecting()) {
                        continue;
                    }
                    heap.incref(wr);
                    if (wr.isTracked()) {
                        toCall.moveToTail(wr);
                    } else {
                        toCall.append(wr);
                    }
                }
            }
            o = next;
        }
        long freed = 0;
        while (!toCall.isEmpty()) {
            WeakRefObject wr = (WeakRefObject) toCall.first();
            PyObject callback = wr.callback();
            heap.callWeakrefCallback(wr, callback);
            heap.decref(wr);
            if (toCall.isFirst(wr)) {
                old.moveToTail(wr);
            } else {
                freed++;
            }
        }
        return freed;
    }

    /** finalize_garbage: tp_finalize (__del__) once per object, in list order, all objects still intact. */
    private void finalizeGarbage(GcList collectable) {
        GcList seen = new GcList();
        while (!collectable.isEmpty()) {
            PyObject o = collectable.first();
            seen.moveToTail(o);
            if (heap.needsFinalizer(o)) {
                heap.finalizeFromGc(o);
            }
        }
        collectable.mergeFrom(seen);
    }

    /** 3.8 check_garbage: true when anything was resurrected (then the whole batch survives). */
    private boolean checkGarbage(GcList collectable) {
        for (PyObject o = collectable.first(); o != null; o = collectable.next(o)) {
            o.setGcRefs(o.refcount());
        }
        for (PyObject o = collectable.first(); o != null; o = collectable.next(o)) {
            o.traverse(visitDecref);
        }
        boolean resurrected = false;
        for (PyObject o = collectable.first(); o != null; o = collectable.next(o)) {
            if (o.gcRefs() != 0) {
                resurrected = true;
            }
            o.setCollecting(false);
        }
        if (!resurrected) {
            for (PyObject o = collectable.first(); o != null; o = collectable.next(o)) {
                o.setCollecting(true);
            }
        }
        return resurrected;
    }

    /**
     * 3.9+ handle_resurrected_objects: what a finalizer made reachable again goes to the old
     * generation; the rest moves to still. Returns how many are still unreachable.
     */
    private long handleResurrectedObjects(GcList unreachable, GcList still, GcList old) {
        // gc_list_clear_collecting then deduce_unreachable: update_refs sets the flag again at once
        long count = deduceUnreachable(unreachable, still);
        for (PyObject o = still.first(); o != null; o = still.next(o)) {
            o.setTentativelyUnreachable(false);
        }
        if (heap.emitting()) {
            for (PyObject o = unreachable.first(); o != null; o = unreachable.next(o)) {
                heap.emit(new HeapEvent.Resurrected(heap.nextEventSeq(), heap.line(), o.serial(), o.label(), o.refcount()));
            }
        }
        old.mergeFrom(unreachable);
        return count;
    }

    /**
     * delete_garbage: repeatedly tp_clear the first object (with DEBUG_SAVEALL: append it to
     * gc.garbage instead); an object still alive afterwards moves to the old generation.
     */
    private void deleteGarbage(GcList collectable, GcList old) {
        heap.setCollecting(true);
        try {
            while (!collectable.isEmpty()) {
                PyObject o = collectable.first();
                if ((debug & DEBUG_SAVEALL) != 0) {
                    heap.listAppend(garbage(), o);
                } else {
                    heap.incref(o);
                    heap.clearObject(o);
                    heap.decref(o);
                }
                if (collectable.isFirst(o)) {
                    o.setCollecting(false);
                    old.moveToTail(o);
                }
            }
        } finally {
            heap.setCollecting(false);
        }
    }

    /** invoke_gc_callback: each callback gets (phase, {'generation','collected','uncollectable'}). */
    private void invokeCallbacks(String phase, int generation, long collected, long uncollectable) {
        if (callbacks == null || callbacks.size() == 0) {
            return;
        }
        DictObject info = heap.newDict();
        putNew(info, "generation", heap.newInt(generation));
        putNew(info, "collected", heap.newInt(collected));
        putNew(info, "uncollectable", heap.newInt(uncollectable));
        PyObject phaseObj = heap.newStr(phase);
        for (int i = 0; i < callbacks.size(); i++) {
            PyObject cb = callbacks.get(i);
            heap.incref(cb);
            heap.callUnraisable(cb, new PyObject[] {phaseObj, info}, cb);
            heap.decref(cb);
        }
        heap.decref(phaseObj);
        heap.decref(info);
    }

    /** Stores a new object in a dict and drops the creation reference (the dict holds its own). */
    private void putNew(DictObject d, String key, PyObject value) {
        heap.setItemStr(d, key, value);
        heap.decref(value);
    }
}
