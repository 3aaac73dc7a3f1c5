package org.heapsim.heap;

import java.util.Arrays;

/** A list: {@code Objects/listobject.c}. */
public final class ListObject extends PyObject {
    private PyObject[] items;
    private int size;

    ListObject(PyType type, int capacity) {
        super(type);
        items = new PyObject[Math.max(capacity, 4)];
    }

    public int size() {
        return size;
    }

    public PyObject get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return items[index];
    }

    /** Stores a reference the caller already owns (a "steal", as PyList_SET_ITEM). */
    void appendOwned(PyObject item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    void insertOwned(int index, PyObject item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = item;
        size++;
    }

    /** Replaces an item, returning the old one for the caller to release (list_ass_item). */
    PyObject replace(int index, PyObject item) {
        PyObject old = items[index];
        items[index] = item;
        return old;
    }

    /** Removes items [from, to) and returns them, for the caller to release last to first. */
    PyObject[] cut(int from, int to) {
        PyObject[] removed = Arrays.copyOfRange(items, from, to);
        System.arraycopy(items, to, items, from, size - to);
        Arrays.fill(items, size - (to - from), size, null);
        size -= to - from;
        return removed;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        // list_traverse visits the last item first
        for (int i = size - 1; i >= 0; i--) {
            visitor.visit(items[i]);
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // list_dealloc: items from the last index to the first
        PyObject[] detached = items;
        int n = size;
        items = new PyObject[0];
        size = 0;
        for (int i = n - 1; i >= 0; i--) {
            heap.decref(detached[i]);
        }
    }

    @Override
    protected void clear(Heap heap) {
        // _list_clear: the list is emptied first, then the items released last to first
        releaseReferences(heap);
    }

    @Override
    protected boolean usesTrashcan() {
        return true;
    }
}
