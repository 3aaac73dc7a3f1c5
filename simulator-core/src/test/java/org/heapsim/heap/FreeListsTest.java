package org.heapsim.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.version.PythonVersion;
import org.heapsim.version.VersionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The free lists against the numbers measured on CPython (docs/freelists.md). */
class FreeListsTest {

    private static Heap scriptHeap(PythonVersion v) {
        Heap heap = new Heap(v);
        heap.gc().setEnabled(false);
        heap.gc().setCounts(0, 0, 0);
        heap.freeLists().start();
        return heap;
    }

    private static int count0(Heap heap) {
        return heap.gc().counts()[0];
    }

    /** freelist_fill.py: N lists kept alive count N minus the start-up fill; 2500 freed and reallocated count 2500 - 80. */
    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void listsAndDictsRecycleUpToEighty(PythonVersion v) {
        Heap heap = scriptHeap(v);
        VersionPolicy.FreeListSizes sizes = v.policy().freeLists();
        List<PyObject> keep = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keep.add(heap.newList());
            keep.add(heap.newDict());
        }
        assertEquals(400 - sizes.startLists() - sizes.startDicts(), count0(heap));
        int before = count0(heap);
        for (PyObject o : keep) {
            heap.decref(o);
        }
        assertEquals(before - (400 - 160), count0(heap));
        keep.clear();
        before = count0(heap);
        for (int i = 0; i < 100; i++) {
            keep.add(heap.newList());
        }
        assertEquals(before + 20, count0(heap));
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void tuplesByVersion(PythonVersion v) {
        Heap heap = scriptHeap(v);
        int minor = v.policy().minor();
        // a 19-tuple freed and made again: recycled everywhere
        TupleObject t = heap.newTupleOwned(nones(heap, 19));
        int c = count0(heap);
        heap.decref(t);
        assertEquals(c, count0(heap));
        heap.newTupleOwned(nones(heap, 19));
        assertEquals(c, count0(heap));
        // 20-tuples: 3.8-3.10 never, 3.11/3.12 kept but not reused, 3.13 both
        TupleObject u = heap.newTupleOwned(nones(heap, 20));
        c = count0(heap);
        heap.decref(u);
        assertEquals(minor >= 11 ? c : c - 1, count0(heap));
        c = count0(heap);
        heap.newTupleOwned(nones(heap, 20));
        assertEquals(minor >= 13 ? c : c + 1, count0(heap));
    }

    /** Subclass instances are allocated and freed without the free list (PyType_GenericAlloc, tp_free). */
    @Test
    void subclassesBypass() {
        Heap heap = scriptHeap(PythonVersion.V3_11);
        ClassObject cls = heap.newClass("L", List.of(Types.LIST), null, false);
        int c = count0(heap);
        PyObject l = heap.newInstance(cls);
        assertEquals(c + 1, count0(heap));
        heap.decref(l);
        assertEquals(c, count0(heap));
        assertEquals(PythonVersion.V3_11.policy().freeLists().startLists(), heap.freeLists().fill()[0]);
    }

    /** list() and dict() allocate with tp_alloc; their dealloc still keeps them. */
    @Test
    void typeCallsAllocateFresh() {
        Heap heap = scriptHeap(PythonVersion.V3_12);
        int c = count0(heap);
        ListObject l = heap.newListFromType();
        DictObject d = heap.newDictFromType();
        assertEquals(c + 2, count0(heap));
        heap.decref(l);
        heap.decref(d);
        assertEquals(c + 2, count0(heap));
    }

    /** A full collection empties every free list but the slice cache; younger ones leave them. */
    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void fullCollectionEmptiesThem(PythonVersion v) {
        Heap heap = scriptHeap(v);
        heap.gc().collect(1);
        assertEquals(v.policy().freeLists().startLists(), heap.freeLists().fill()[0]);
        heap.gc().collect(2);
        int[] fill = heap.freeLists().fill();
        assertEquals(0, fill[0]);
        assertEquals(0, fill[1]);
        assertEquals(1, fill[2]);
        for (int i = 6; i < fill.length; i++) {
            assertEquals(0, fill[i]);
        }
    }

    /** 3.8-3.10 frames: a zombie per code object, then 200 on the free list; 3.11+ no count. */
    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void framesRecursion(PythonVersion v) {
        Heap heap = scriptHeap(v);
        String[] code = {"n"};
        boolean counted = v.policy().minor() <= 10;
        List<FrameObject> frames = new ArrayList<>();
        int c = count0(heap);
        for (int i = 0; i < 301; i++) {
            frames.add(heap.newFrame("rec", code, null, null));
        }
        int start = v.policy().freeLists().startFrames();
        assertEquals(counted ? c + 301 - start : c, count0(heap));
        c = count0(heap);
        for (int i = frames.size() - 1; i >= 0; i--) {
            heap.decref(frames.get(i));
        }
        assertEquals(counted ? c - 100 : c, count0(heap));
        c = count0(heap);
        for (int i = 0; i < 301; i++) {
            heap.newFrame("rec", code, null, null);
        }
        assertEquals(counted ? c + 100 : c, count0(heap));
    }

    /** Heap traces run without free lists: every list counts. */
    @Test
    void offUntilStarted() {
        Heap heap = new Heap(PythonVersion.V3_11);
        heap.gc().setEnabled(false);
        int c = count0(heap);
        ListObject l = heap.newList();
        heap.decref(l);
        heap.newList();
        assertEquals(c + 1, count0(heap));
    }

    private static PyObject[] nones(Heap heap, int n) {
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = heap.none();
        }
        return items;
    }
}
