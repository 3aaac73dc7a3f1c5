package org.heapsim.heap;

import java.util.Arrays;

/**
 * What an instance of a class holds besides its built-in base: {@code __slots__} values and
 * its attributes. Attributes are stored as each version does:
 * <ul>
 * <li>3.8–3.10: a real dict object ({@code __dict__}), created at the first attribute store;
 * <li>3.11+: inline values indexed by the class's shared keys, released in that order
 *     ({@code _PyObject_FreeInstanceAttributes}); a real dict only once materialized or when
 *     the shared keys are full.
 * </ul>
 */
public final class InstanceState {
    private static final PyObject[] NO_SLOTS = new PyObject[0];

    final PyObject[] slots;
    /** 3.11+ inline values, indexed by shared-key number; null once a dict is used. */
    PyObject[] values;
    /**
     * Per-instance insertion order of the inline values (shared-key numbers, which are below
     * SHARED_KEYS_MAX), for vars() and iteration; CPython keeps the same in the values prefix.
     * Null while that order is simply 0, 1, ..., orderSize-1 (attributes first set in the order
     * the class first saw them, the usual case): no array is needed then.
     */
    byte[] order;
    int orderSize;
    DictObject dict;

    InstanceState(ClassObject cls, boolean inlineValues) {
        int n = cls.slotCount();
        this.slots = n == 0 ? NO_SLOTS : new PyObject[n];
        if (inlineValues && cls.instancesHaveDict) {
            this.values = new PyObject[Math.max(1, cls.sharedKeyCount())];
        }
    }

    public PyObject slot(int i) {
        return slots[i];
    }

    public DictObject dict() {
        return dict;
    }

    /** The shared-key numbers of the inline values in this instance's insertion order. */
    int[] insertionOrder() {
        int[] out = new int[orderSize];
        for (int i = 0; i < orderSize; i++) {
            out[i] = order == null ? i : order[i];
        }
        return out;
    }

    boolean usesInlineValues() {
        return values != null;
    }

    PyObject value(int index) {
        return index < values.length ? values[index] : null;
    }

    /** Stores v at index and returns the previous value (the caller releases it). */
    PyObject putValue(int index, PyObject v) {
        if (index >= values.length) {
            values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
        }
        PyObject old = values[index];
        values[index] = v;
        if (old == null) {
            if (order == null) {
                if (index == orderSize) {
                    orderSize++;
                    return old;
                }
                materializeOrder();
            }
            if (orderSize == order.length) {
                order = Arrays.copyOf(order, Math.max(4, orderSize * 2));
            }
            order[orderSize++] = (byte) index;
        }
        return old;
    }

    PyObject removeValue(int index) {
        PyObject old = value(index);
        if (old != null) {
            values[index] = null;
            if (order == null) {
                if (index == orderSize - 1) {
                    orderSize--;
                    return old;
                }
                materializeOrder();
            }
            int j = 0;
            for (int i = 0; i < orderSize; i++) {
                if (order[i] != index) {
                    order[j++] = order[i];
                }
            }
            orderSize = j;
        }
        return old;
    }

    /** Writes out the implicit order 0..orderSize-1 as an array with room for one more. */
    private void materializeOrder() {
        order = new byte[Math.max(4, orderSize * 2)];
        for (int i = 0; i < orderSize; i++) {
            order[i] = (byte) i;
        }
    }

    /** subtype_traverse: slots (most derived class first), attributes, then the type. */
    void traverseBeforeBase(PyObject self, Visitor visitor) {
        ClassObject cls = (ClassObject) self.type();
        for (PyType t = cls; t instanceof ClassObject c; t = c.base) {
            for (int i = c.slotOffset; i < c.slotCount(); i++) {
                if (slots[i] != null) {
                    visitor.visit(slots[i]);
                }
            }
        }
        if (values != null) {
            for (PyObject v : values) {
                if (v != null) {
                    visitor.visit(v);
                }
            }
        }
        if (dict != null) {
            visitor.visit(dict);
        }
        visitor.visit(cls);
    }

    /** clear_slots for each class from the most derived one, then the attributes. */
    void release(Heap heap, PyObject self) {
        ClassObject cls = (ClassObject) self.type();
        for (PyType t = cls; t instanceof ClassObject c; t = c.base) {
            for (int i = c.slotOffset; i < c.slotCount(); i++) {
                PyObject v = slots[i];
                if (v != null) {
                    slots[i] = null;
                    heap.decref(v);
                }
            }
        }
        if (values != null) {
            PyObject[] vs = values;
            values = NO_SLOTS;
            orderSize = 0;
            for (PyObject v : vs) {
                if (v != null) {
                    heap.decref(v);
                }
            }
        }
        if (dict != null) {
            DictObject d = dict;
            dict = null;
            heap.decref(d);
        }
    }
}
