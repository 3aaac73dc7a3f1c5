package org.heapsim.heap;

/**
 * Mutations of built-in containers with CPython's reference order: a new value is stored
 * before the old one is released; removed items go last to first (list_ass_slice); a dict
 * deletion releases the stored key, then the value (delitem_common).
 */
final class Containers {
    private Containers() {
    }

    static void listAppend(Heap heap, ListObject l, PyObject item) {
        heap.incref(item);
        l.appendOwned(item);
        if (heap.emitting()) {
            heap.refAdded(l, "[" + (l.size() - 1) + "]", item);
        }
    }

    static void listInsert(Heap heap, ListObject l, int index, PyObject item) {
        heap.incref(item);
        l.insertOwned(Math.max(0, Math.min(index, l.size())), item);
        if (heap.emitting()) {
            heap.refAdded(l, "[" + index + "]", item);
        }
    }

    /** {@code lst[i] = v}: stores v, then releases the old item (list_ass_item). */
    static void listSet(Heap heap, ListObject l, int index, PyObject item) {
        heap.incref(item);
        PyObject old = l.replace(index, item);
        if (heap.emitting()) {
            heap.refAdded(l, "[" + index + "]", item);
        }
        if (heap.emitting()) {
            heap.refRemoved(l, "[" + index + "]", old);
        }
        heap.decref(old);
    }

    /** {@code del lst[a:b]}, {@code lst.clear()}: the removed items are released last to first. */
    static void listDeleteSlice(Heap heap, ListObject l, int from, int to) {
        PyObject[] removed = l.cut(from, to);
        for (int i = removed.length - 1; i >= 0; i--) {
            if (heap.emitting()) {
                heap.refRemoved(l, "[" + (from + i) + "]", removed[i]);
            }
            heap.decref(removed[i]);
        }
    }

    /** {@code lst.pop(i)}: returns the item as a new reference owned by the caller. */
    static PyObject listPop(Heap heap, ListObject l, int index) {
        PyObject[] removed = l.cut(index, index + 1);
        if (heap.emitting()) {
            heap.refRemoved(l, "[" + index + "]", removed[0]);
        }
        return removed[0];
    }

    /** {@code d[k] = v} (insertdict): a new entry stores both; an existing key keeps its key object and releases the old value. */
    static void setItem(Heap heap, DictObject d, PyObject key, PyObject value) {
        setItem(heap, d, key, heap.keyOps().hash(key), value);
    }

    /** insertdict with a known hash. */
    static void setItem(Heap heap, DictObject d, PyObject key, long hash, PyObject value) {
        heap.incref(key);
        heap.incref(value);
        Object old = d.put(heap.keyOps(), key, hash, value);
        heap.maintainDictTracking(d, key, value);
        if (heap.emitting()) {
            heap.refAdded(d, "[" + key.label() + "]", value);
        }
        if (old != DictObject.NEW_ENTRY) {
            heap.decref(key);
            if (heap.emitting()) {
                heap.refRemoved(d, "[" + key.label() + "]", (PyObject) old);
            }
            heap.decref((PyObject) old);
        }
    }

    /** {@code d["name"] = v} with an interned str key. */
    static void setItemStr(Heap heap, DictObject d, String key, PyObject value) {
        heap.setItem(d, heap.intern(key), value);
    }

    static PyObject getItem(Heap heap, DictObject d, PyObject key) {
        return d.get(heap.keyOps(), key);
    }

    /** A lookup by name: no str object is created (a read must not change the heap). */
    static PyObject getItemStr(Heap heap, DictObject d, String key) {
        return d.get(heap.keyOps(), heap.probe(key));
    }

    /** {@code del d[k]}: releases the stored key, then the value (delitem_common). False if absent. */
    static boolean delItem(Heap heap, DictObject d, PyObject key) {
        int slot = d.find(heap.keyOps(), key);
        if (slot < 0) {
            return false;
        }
        PyObject[] kv = d.removeAt(slot);
        if (heap.emitting()) {
            heap.refRemoved(d, "[" + kv[0].label() + "]", kv[1]);
        }
        heap.decref(kv[0]);
        heap.decref(kv[1]);
        return true;
    }

    static boolean delItemStr(Heap heap, DictObject d, String key) {
        return heap.delItem(d, heap.probe(key));
    }

    /** {@code s.add(x)}: true when added. */
    static boolean setAdd(Heap heap, SetObject s, PyObject item) {
        heap.incref(item);
        if (!s.add(heap.keyOps(), item, heap.policy().setAddReusesDummySlot())) {
            heap.decref(item);
            return false;
        }
        if (heap.emitting()) {
            heap.refAdded(s, "{}", item);
        }
        return true;
    }

    /** {@code s.discard(x)}: true when it was present. */
    static boolean setDiscard(Heap heap, SetObject s, PyObject item) {
        PyObject old = s.discard(heap.keyOps(), item);
        if (old == null) {
            return false;
        }
        if (heap.emitting()) {
            heap.refRemoved(s, "{}", old);
        }
        heap.decref(old);
        return true;
    }

    static void cellSet(Heap heap, CellObject c, PyObject value) {
        if (value != null) {
            heap.incref(value);
        }
        PyObject old = c.contents;
        c.contents = value;
        heap.replaced(c, "cell_contents", value, old);
    }

    /** Sets a field of a generic object (iterator's container, traceback's next/frame...). */
    static void setField(Heap heap, GenericObject g, int index, PyObject value) {
        if (value != null) {
            heap.incref(value);
        }
        PyObject old = g.fields[index];
        g.fields[index] = value;
        String slot = g.shape().fields()[index];
        heap.replaced(g, slot, value, old);
    }

    /** Sets one of an exception's fields (args, __traceback__, __cause__, __context__, __notes__). */
    static void setExceptionField(Heap heap, ExceptionObject e, String field, PyObject value) {
        int i = java.util.Arrays.asList(ExceptionObject.FIELD_NAMES).indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException("no exception field " + field);
        }
        if (value != null) {
            heap.incref(value);
        }
        PyObject old = e.fields[i];
        e.fields[i] = value;
        heap.replaced(e, field, value, old);
    }
}
