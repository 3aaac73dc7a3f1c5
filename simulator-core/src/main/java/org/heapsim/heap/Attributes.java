package org.heapsim.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * Instance attributes in each version's storage: {@code __slots__} first; then, in 3.11+,
 * inline values indexed by the class's shared keys ({@code _PyObject_StoreInstanceAttribute}),
 * a real dict once materialized or when the keys are full; in 3.8–3.10 the instance's
 * {@code __dict__} object. The new value is always stored before the old one is released.
 */
final class Attributes {
    private Attributes() {
    }

    /**
     * {@code obj.name = value}: a slot if the class declares one, else the instance's
     * attributes in the version's storage. The new value is stored before the old one is
     * released. Throws IllegalArgumentException when the object has no place for it.
     */
    static void setAttr(Heap heap, PyObject obj, String name, PyObject value) {
        InstanceState st = obj.instance;
        if (st != null && obj.type() instanceof ClassObject cls) {
            int slot = cls.slotIndex(name);
            if (slot >= 0) {
                heap.incref(value);
                PyObject old = st.slots[slot];
                st.slots[slot] = value;
                heap.replaced(obj, name, value, old);
                return;
            }
        }
        DictObject dict = heap.attributeDict(obj, false);
        if (dict == null && st != null && st.usesInlineValues()) {
            ClassObject cls = (ClassObject) obj.type();
            int index = cls.sharedKeyIndex(name, true);
            if (index >= 0) {
                heap.incref(value);
                PyObject old = st.putValue(index, value);
                heap.replaced(obj, name, value, old);
                return;
            }
            dict = heap.materializeDict(obj);
        }
        if (dict == null) {
            dict = heap.attributeDict(obj, true);
        }
        if (dict == null) {
            throw new IllegalArgumentException("'" + obj.typeName() + "' object has no attribute '" + name + "'");
        }
        heap.setItemStr(dict, name, value);
    }

    /** The attribute value, or null when unset (a borrowed reference). */
    static PyObject getAttr(Heap heap, PyObject obj, String name) {
        InstanceState st = obj.instance;
        if (st != null && obj.type() instanceof ClassObject cls) {
            int slot = cls.slotIndex(name);
            if (slot >= 0) {
                return st.slots[slot];
            }
            if (st.usesInlineValues()) {
                int index = cls.sharedKeyIndex(name, false);
                return index < 0 ? null : st.value(index);
            }
        }
        DictObject dict = heap.attributeDict(obj, false);
        return dict == null ? null : heap.getItemStr(dict, name);
    }

    /** {@code del obj.name}; false when there is no such attribute. */
    static boolean delAttr(Heap heap, PyObject obj, String name) {
        InstanceState st = obj.instance;
        if (st != null && obj.type() instanceof ClassObject cls) {
            int slot = cls.slotIndex(name);
            if (slot >= 0) {
                PyObject old = st.slots[slot];
                if (old == null) {
                    return false;
                }
                st.slots[slot] = null;
                if (heap.emitting()) {
                    heap.refRemoved(obj, name, old);
                }
                heap.decref(old);
                return true;
            }
            if (st.usesInlineValues()) {
                int index = cls.sharedKeyIndex(name, false);
                PyObject old = index < 0 ? null : st.removeValue(index);
                if (old == null) {
                    return false;
                }
                if (heap.emitting()) {
                    heap.refRemoved(obj, name, old);
                }
                heap.decref(old);
                return true;
            }
        }
        DictObject dict = heap.attributeDict(obj, false);
        return dict != null && heap.delItemStr(dict, name);
    }

    /** Attribute names in this instance's iteration order (vars(obj)). */
    static List<String> attributeNames(Heap heap, PyObject obj) {
        List<String> names = new ArrayList<>();
        InstanceState st = obj.instance;
        if (st != null && st.usesInlineValues()) {
            ClassObject cls = (ClassObject) obj.type();
            for (int i : st.insertionOrder()) {
                names.add(cls.sharedKeys().get(i));
            }
            return names;
        }
        DictObject d = heap.attributeDict(obj, false);
        if (d != null) {
            for (int i = 0; i < d.entrySlots(); i++) {
                if (d.keyAt(i) instanceof AtomObject a && a.isStr()) {
                    names.add(a.asString());
                }
            }
        }
        return names;
    }

    /** The object's {@code __dict__} object if it has one (creating it when create). */
    static DictObject attributeDict(Heap heap, PyObject obj, boolean create) {
        if (obj instanceof ExceptionObject e) {
            if (e.fields[ExceptionObject.DICT] == null && create) {
                e.fields[ExceptionObject.DICT] = heap.newDict();
            }
            return (DictObject) e.fields[ExceptionObject.DICT];
        }
        if (obj instanceof FunctionObject f) {
            if (f.dict == null && create) {
                f.dict = heap.newDict();
            }
            return f.dict;
        }
        if (obj instanceof GenericObject g && g.shape() == GenericObject.Shape.MODULE) {
            return (DictObject) g.fields[0];
        }
        if (obj instanceof GenericObject g && g.shape().dictField() >= 0) {
            int i = g.shape().dictField();
            if (g.fields[i] == null && create) {
                g.fields[i] = heap.newDict();
            }
            return (DictObject) g.fields[i];
        }
        if (obj instanceof ClassObject c) {
            return c.dict;
        }
        InstanceState st = obj.instance;
        if (st == null || !((ClassObject) obj.type()).instancesHaveDict()) {
            return null;
        }
        if (st.dict == null && create && !st.usesInlineValues()) {
            st.dict = heap.newDict();
        }
        return st.dict;
    }

    /**
     * {@code obj.__dict__} in 3.11+: the inline values move into a real dict, in this
     * instance's insertion order; from then on the dict is the storage.
     */
    static DictObject materializeDict(Heap heap, PyObject obj) {
        InstanceState st = obj.instance;
        if (st == null) {
            return heap.attributeDict(obj, true);
        }
        if (!st.usesInlineValues()) {
            return heap.attributeDict(obj, true);
        }
        ClassObject cls = (ClassObject) obj.type();
        DictObject d = heap.newDict();
        PyObject[] vs = st.values;
        int[] order = st.insertionOrder();
        st.values = null;
        st.orderSize = 0;
        for (int i : order) {
            PyObject v = vs[i];
            AtomObject k = heap.intern(cls.sharedKeys().get(i));
            heap.incref(k);
            d.put(heap.keyOps(), k, v); // the reference moves from the values to the dict
            heap.maintainDictTracking(d, k, v);
        }
        d.makeSplit(cls);
        st.dict = d;
        return d;
    }
}
