package org.heapsim.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/**
 * Deep structures: the trashcan's deferral order against CPython (testdata/deep, recorded by
 * scripts/record-cpython.py) on every version, and a million-deep chain freed without
 * exhausting the Java stack.
 */
class DeepStructuresTest {
    @Test
    void nestedListsDieInEachVersionsTrashcanOrder() throws Exception {
        for (PythonVersion v : PythonVersion.values()) {
            String expected = Files.readString(Path.of("..", "testdata", "deep", "nested_lists_12000.expected", v.label() + ".stdout")).strip();
            String actual = LargeStack.call(() -> nestedLists(v, 12000));
            assertEquals(expected, actual, "order of __del__ calls on " + v);
        }
    }

    private static String nestedLists(PythonVersion v, int depth) {
        Heap heap = new Heap(v);
        heap.gc().setEnabled(false);
        List<String> out = new ArrayList<>();
        ClassObject n = heap.newClass("N", List.of(), null, true);
        heap.setHost(new Host() {
            @Override
            public PyObject call(PyObject callable, PyObject[] args) {
                return null;
            }

            @Override
            public void writeUnraisable(PyError error, PyObject reportAs) {
            }

            @Override
            public void finalize(PyObject self) {
                out.add(String.valueOf(((AtomObject) heap.getAttr(self, "i")).value()));
            }
        });
        PyObject l = heap.newList();
        for (int i = 0; i < depth; i++) {
            PyObject node = heap.newInstance(n);
            PyObject iv = heap.newInt(i);
            heap.setAttr(node, "i", iv);
            heap.decref(iv);
            ListObject m = heap.newList();
            heap.listAppend(m, node);
            heap.decref(node);
            heap.listAppend(m, l);
            heap.decref(l);
            l = m;
        }
        heap.decref(l);
        return String.join(" ", out);
    }

    @Test
    void aMillionDeepChainIsFreedOnEveryVersion() {
        for (PythonVersion v : PythonVersion.values()) {
            long live = LargeStack.call(() -> {
                Heap heap = new Heap(v);
                heap.gc().setEnabled(false);
                ClassObject n = heap.newClass("N", List.of(), null, false);
                heap.intern("nxt"); // the attribute name (a dict key in 3.8-3.10) lives on in the interned table
                long before = heap.liveObjects();
                PyObject head = heap.none();
                for (int i = 0; i < 1_000_000; i++) {
                    PyObject node = heap.newInstance(n);
                    heap.setAttr(node, "nxt", head);
                    if (i > 0) {
                        heap.decref(head);
                    }
                    head = node;
                }
                heap.decref(head);
                return heap.liveObjects() - before;
            });
            assertEquals(0, live, "objects left after freeing the chain on " + v);
        }
    }
}
