package org.heapsim.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.version.PythonVersion;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine behaviours the property tests rely on, each against the CPython trap it
 * reproduces (../shared/cpython-semantics.md §1, §2, §4 and T01, T02, T03, T11, T12).
 */
class EngineOrderTest {

    /** A host that logs {@code __del__} and weakref callbacks by the names the test gave the objects. */
    static final class Recorder implements Host {
        final Heap heap;
        final Map<PyObject, String> names = new IdentityHashMap<>();
        final List<String> log = new ArrayList<>();
        /** Called inside each weakref callback, e.g. to look at other weakrefs. */
        Runnable inCallback = () -> { };
        Runnable inDel = () -> { };
        Root resurrectInto;

        Recorder(Heap heap) {
            this.heap = heap;
            heap.setHost(this);
        }

        <T extends PyObject> T name(T o, String name) {
            names.put(o, name);
            return o;
        }

        @Override
        public void finalize(PyObject self) {
            log.add("del " + names.get(self));
            inDel.run();
            if (resurrectInto != null) {
                heap.hold(resurrectInto, self);
            }
        }

        @Override
        public void writeUnraisable(org.heapsim.heap.PyError error, PyObject reportAs) {
            throw new AssertionError("unexpected unraisable error " + error);
        }

        @Override
        public PyObject call(PyObject callable, PyObject[] args) {
            log.add("callback " + names.get(callable) + "(" + names.get(args[0]) + ")");
            inCallback.run();
                    return null;
        }
    }

    private static ClassObject delClass(Heap heap, Root module) {
        ClassObject c = heap.newClass("D", List.of(), null, true);
        heap.hold(module, c);
        heap.decref(c);
        return c;
    }

    /** A new object held only by root (the creation reference moves to the root). */
    private static <T extends PyObject> T held(Heap heap, Root root, T o) {
        heap.hold(root, o);
        heap.decref(o);
        return o;
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void listDiesLastItemFirst(PythonVersion v) {
        Heap heap = new Heap(v);
        Recorder rec = new Recorder(heap);
        Root main = heap.newRoot("main");
        ClassObject d = delClass(heap, main);
        ListObject x = held(heap, main, heap.newList());
        for (int i = 1; i <= 3; i++) {
            PyObject o = rec.name(heap.newInstance(d), "d" + i);
            heap.listAppend(x, o);
            heap.decref(o);
        }
        heap.release(main, x);
        assertEquals(List.of("del d3", "del d2", "del d1"), rec.log); // T01
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void dictDiesInEntryOrderKeyBeforeValue(PythonVersion v) {
        Heap heap = new Heap(v);
        Recorder rec = new Recorder(heap);
        Root main = heap.newRoot("main");
        ClassObject d = delClass(heap, main);
        DictObject y = held(heap, main, heap.newDict());
        for (String n : List.of("1", "2")) {
            PyObject k = rec.name(heap.newInstance(d), "k" + n);
            PyObject val = rec.name(heap.newInstance(d), "v" + n);
            heap.setItem(y, k, val);
            heap.decref(k);
            heap.decref(val);
        }
        heap.release(main, y);
        assertEquals(List.of("del k1", "del v1", "del k2", "del v2"), rec.log); // T01
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void refcountDeathRunsDelThenCallbacksNewestFirstWithAllRefsDead(PythonVersion v) {
        Heap heap = new Heap(v);
        Recorder rec = new Recorder(heap);
        Root main = heap.newRoot("main");
        ClassObject d = delClass(heap, main);
        PyObject o = rec.name(held(heap, main, heap.newInstance(d)), "o");
        List<WeakRefObject> refs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            PyObject cb = rec.name(heap.newFunction("cb" + i, null, null), "cb" + i);
            WeakRefObject r = rec.name(held(heap, main, WeakRefs.newRef(heap, o, cb, heap.weakTypes().ref())), "r" + i);
            heap.decref(cb);
            refs.add(r);
        }
        List<Boolean> aliveInDel = new ArrayList<>();
        rec.inDel = () -> aliveInDel.add(refs.get(0).referent() == o);
        List<Boolean> allDeadInCallbacks = new ArrayList<>();
        rec.inCallback = () -> allDeadInCallbacks.add(refs.stream().allMatch(r -> r.referent() == null));
        heap.release(main, o);
        // T02 (refcount path) and T03: __del__ first with the weakrefs alive, then newest callback first
        assertEquals(List.of("del o", "callback cb3(r3)", "callback cb2(r2)", "callback cb1(r1)"), rec.log);
        assertEquals(List.of(true), aliveInDel);
        assertEquals(List.of(true, true, true), allDeadInCallbacks);
        assertTrue(o.isFreed());
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void collectorRunsCallbacksBeforeDelWithWeakrefsAlreadyDead(PythonVersion v) {
        Heap heap = new Heap(v);
        Recorder rec = new Recorder(heap);
        Root main = heap.newRoot("main");
        ClassObject d = delClass(heap, main);
        PyObject b = rec.name(held(heap, main, heap.newInstance(d)), "b");
        heap.setAttr(b, "me", b);
        PyObject cb = rec.name(heap.newFunction("cb", null, null), "cb");
        WeakRefObject w = rec.name(held(heap, main, WeakRefs.newRef(heap, b, cb, heap.weakTypes().ref())), "w");
        heap.decref(cb);
        List<Boolean> deadInDel = new ArrayList<>();
        rec.inDel = () -> deadInDel.add(w.referent() == null);
        heap.release(main, b);
        assertFalse(b.isFreed());
        heap.gc().collect(2);
        assertEquals(List.of("callback cb(w)", "del b"), rec.log); // T02 (cyclic-GC path)
        assertEquals(List.of(true), deadInDel);
        assertTrue(b.isFreed());
    }

    @Test
    void twoInstanceCycleCountsDictsIn38Only() {
        assertEquals(4, collectTwoInstanceCycle(PythonVersion.V3_8)); // T11: 2 instances + 2 dicts
        assertEquals(4, collectTwoInstanceCycle(PythonVersion.V3_10));
        assertEquals(2, collectTwoInstanceCycle(PythonVersion.V3_11));
        assertEquals(2, collectTwoInstanceCycle(PythonVersion.V3_13));
    }

    private static long collectTwoInstanceCycle(PythonVersion v) {
        Heap heap = new Heap(v);
        Root main = heap.newRoot("main");
        ClassObject a = heap.newClass("A", List.of(), null, false);
        held(heap, main, a);
        assertEquals(0, heap.gc().collect(2));
        PyObject x = held(heap, main, heap.newInstance(a));
        PyObject y = held(heap, main, heap.newInstance(a));
        heap.setAttr(x, "p", y);
        heap.setAttr(y, "p", x);
        heap.release(main, x);
        heap.release(main, y);
        long n = heap.gc().collect(2);
        assertTrue(x.isFreed() && y.isFreed());
        return n;
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void resurrectingDelRunsOnceAndTheFirstCollectionFreesNothing(PythonVersion v) {
        Heap heap = new Heap(v);
        Recorder rec = new Recorder(heap);
        Root main = heap.newRoot("main");
        Root saved = heap.newRoot("saved");
        rec.resurrectInto = saved;
        ClassObject r = delClass(heap, main);
        PyObject o = rec.name(held(heap, main, heap.newInstance(r)), "r");
        heap.setAttr(o, "me", o);
        heap.release(main, o);
        assertEquals(0, heap.gc().collect(2)); // T12: collected 0
        assertEquals(List.of("del r"), rec.log);
        assertSame(o, saved.held().get(0));
        rec.resurrectInto = null;
        heap.release(saved, o);
        long expected = v.policy().instanceDictIsObject() ? 2 : 1;
        assertEquals(expected, heap.gc().collect(2)); // T12: 1 (3.8-3.10: 2, the dict too)
        assertEquals(List.of("del r"), rec.log);
        assertTrue(o.isFreed());
    }

    /**
     * Regression: a class's {@code __bases__} is {@code (object,)}, a tuple holding a static
     * type. Any collection used to fail with a NullPointerException in
     * {@code _PyTuple_MaybeUntrack}; static types are not GC objects ({@code type_is_gc}), so the
     * tuple is untracked by the first collection that scans it.
     */
    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void collectingAClassWhoseTuplesHoldObjectWorks(PythonVersion v) {
        assertFalse(Types.OBJECT.isGcCapable());
        // dropped before any collection: type, dict, __mro__, __bases__, 2 getset descriptors (§4.7)
        Heap fresh = new Heap(v);
        Root main = fresh.newRoot("main");
        ClassObject c = held(fresh, main, fresh.newClass("C", List.of(), null, false));
        fresh.release(main, c);
        assertEquals(6, fresh.gc().collect(2));
        assertTrue(c.isFreed());
        // dropped after a collection: (object,) is no longer tracked, so it is not counted
        Heap heap = new Heap(v);
        Root root = heap.newRoot("main");
        ClassObject k = held(heap, root, heap.newClass("K", List.of(), null, false));
        assertEquals(0, heap.gc().collect(0));
        assertEquals(0, heap.gc().collect(2));
        heap.release(root, k);
        assertEquals(5, heap.gc().collect(2));
        assertTrue(k.isFreed());
    }
}
