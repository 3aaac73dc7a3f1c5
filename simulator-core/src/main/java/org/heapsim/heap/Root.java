package org.heapsim.heap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A holder of strong references that is not itself a heap object: {@code sys.modules}, the
 * interpreter's interned strings, the thread's frame stack, the C stack of a running call.
 * Every reference a root holds is counted in its target's refcount.
 */
public final class Root {
    private final String label;
    private final List<PyObject> held = new ArrayList<>();

    Root(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public List<PyObject> held() {
        return Collections.unmodifiableList(held);
    }

    void add(PyObject o) {
        held.add(o);
    }

    /** Removes the last occurrence (stack discipline); false when not held. */
    boolean remove(PyObject o) {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i) == o) {
                held.remove(i);
                return true;
            }
        }
        return false;
    }
}
