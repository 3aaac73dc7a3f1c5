package org.heapsim.property;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.Host;
import org.heapsim.weak.WeakRefObject;

/**
 * A host whose Python code is scripted: {@code __del__} records the call and, for the classes
 * that ask for it, resurrects {@code self} by storing it into a root; weakref callbacks and gc
 * callbacks record their calls. Everything is logged in call order.
 */
public final class RecordingHost implements Host {
    private final Heap heap;
    private final Root saved;
    private final Predicate<PyObject> resurrects;
    public final List<String> log = new ArrayList<>();
    public final Map<PyObject, Integer> finalizeCalls = new IdentityHashMap<>();
    public final Map<PyObject, Integer> callbackCalls = new IdentityHashMap<>();
    /** Objects a {@code __del__} stored into the saved root, in order (the model of that root). */
    public final List<PyObject> savedModel = new ArrayList<>();
    /** Counts resurrections; the model compares it before and after a collection. */
    public int resurrections;

    public RecordingHost(Heap heap, Root saved, Predicate<PyObject> resurrects) {
        this.heap = heap;
        this.saved = saved;
        this.resurrects = resurrects;
    }

    @Override
    public void finalize(PyObject self) {
        finalizeCalls.merge(self, 1, Integer::sum);
        log.add("__del__ " + self.label());
        if (resurrects.test(self)) {
            heap.hold(saved, self);
            savedModel.add(self);
            resurrections++;
        }
    }

    @Override
    public void writeUnraisable(org.heapsim.heap.PyError error, PyObject reportAs) {
        throw new AssertionError("unexpected unraisable error " + error);
    }

    @Override
    public PyObject call(PyObject callable, PyObject[] args) {
        if (args.length == 1 && args[0] instanceof WeakRefObject w) {
            callbackCalls.merge(w, 1, Integer::sum);
            log.add("callback " + callable.label() + "(" + w.label() + ")");
        } else {
            StringBuilder sb = new StringBuilder("gc callback " + callable.label() + "(");
            for (PyObject a : args) {
                sb.append(a.label()).append(' ');
            }
            log.add(sb.append(')').toString());
        }
            return null;
    }
}
