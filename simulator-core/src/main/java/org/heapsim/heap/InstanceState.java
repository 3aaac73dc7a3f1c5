package org.heapsim.heap;

import java.util.Arrays;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

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
    final PyObject[] slots;
    /** 3.11+ inline values, indexed by shared-key number; null once a dict is used. */
    PyObject[] values;
    /** Per-instance insertion order of the inline values (for vars(), iteration). */
    MutableIntList order;
    DictObject dict;

    InstanceState(ClassObject cls, boolean inlineValues) {
        this.slots = new PyObject[cls.slotCount()];
        if (inlineValues && cls.instancesHaveDict) {
            this.values = new PyObject[4];
            this.order = new IntArrayList();
        }
    }

    public PyObject slot(int i) {
        return slots[i];
    }

    public DictObject dict() {
        return dict;
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
            order.add(index);
        }
        return old;
    }

    PyObject removeValue(int index) {
        PyObject old = value(index);
        if (old != null) {
            values[index] = null;
            order.remove(index);
        }
        return old;
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
            values = new PyObject[0];
            order.clear();
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
