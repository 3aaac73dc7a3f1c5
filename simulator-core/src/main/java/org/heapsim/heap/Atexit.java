package org.heapsim.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code atexit} module's registry: functions (with their arguments) called last
 * registered, first called at interpreter shutdown ({@code atexit._run_exitfuncs}).
 */
public final class Atexit {
    private final Heap heap;
    private final Root root;
    private final List<PyObject[]> entries = new ArrayList<>();

    Atexit(Heap heap) {
        this.heap = heap;
        this.root = heap.newRoot("atexit module");
    }

    /** atexit.register(func, *args): takes new references. */
    public void register(PyObject func, PyObject... args) {
        PyObject[] entry = new PyObject[args.length + 1];
        entry[0] = func;
        System.arraycopy(args, 0, entry, 1, args.length);
        for (PyObject o : entry) {
            heap.hold(root, o);
        }
        entries.add(entry);
    }

    public int size() {
        return entries.size();
    }

    /**
     * Runs the registered functions, newest first; each entry is released after its call.
     * An exception is reported through {@code report} (the header differs between versions).
     */
    public void runAll(java.util.function.BiConsumer<PyError, PyObject> report) {
        while (!entries.isEmpty()) {
            PyObject[] entry = entries.remove(entries.size() - 1);
            PyObject[] args = java.util.Arrays.copyOfRange(entry, 1, entry.length);
            try {
                heap.decref(heap.call(entry[0], args));
            } catch (PyError e) {
                report.accept(e, entry[0]);
            }
            for (int i = entry.length - 1; i >= 0; i--) {
                heap.release(root, entry[i]);
            }
        }
    }
}
