package org.heapsim.heap;

/** A tuple: {@code Objects/tupleobject.c}. Tracked at creation, untracked lazily by the collector. */
public final class TupleObject extends PyObject {
    private final PyObject[] items;

    TupleObject(PyType type, PyObject[] ownedItems) {
        super(type);
        this.items = ownedItems;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int index) {
        return items[index];
    }

    /** PyTuple_SET_ITEM on a tuple its creator still owns alone (zip_next, enum_next reuse their result tuple): returns the old item. */
    PyObject replace(int index, PyObject item) {
        PyObject old = items[index];
        items[index] = item;
        return old;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        // tupletraverse: last item first
        for (int i = items.length - 1; i >= 0; i--) {
            if (items[i] != null) {
                visitor.visit(items[i]);
            }
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // tupledealloc: last to first
        for (int i = items.length - 1; i >= 0; i--) {
            PyObject item = items[i];
            items[i] = null;
            if (item != null) {
                heap.decref(item);
            }
        }
    }

    /** Tuples have no tp_clear: the collector breaks cycles through their neighbours. */
    @Override
    protected void clear(Heap heap) {
    }

    @Override
    protected boolean usesTrashcan() {
        return true;
    }

    /**
     * {@code _PyTuple_MaybeUntrack}: a tuple can leave the collector when none of its items
     * may be tracked (atomic objects, untracked tuples).
     */
    boolean allItemsUntrackable() {
        for (PyObject item : items) {
            if (item != null && Heap.mayBeTracked(item)) {
                return false;
            }
        }
        return true;
    }
}
