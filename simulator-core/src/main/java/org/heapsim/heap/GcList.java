package org.heapsim.heap;

/**
 * An intrusive, circular, doubly linked list of GC objects with a sentinel head, as CPython's
 * generation lists ({@code PyGC_Head}, {@code gc_list_*} in gcmodule.c). Position in these
 * lists decides the order of finalizers and of clearing, so every move is CPython's.
 */
public final class GcList {
    private final PyObject head = new Sentinel();

    public GcList() {
        head.gcPrev = head;
        head.gcNext = head;
    }

    public boolean isEmpty() {
        return head.gcNext == head;
    }

    public PyObject first() {
        return head.gcNext == head ? null : head.gcNext;
    }

    /** The object after o, or null at the end. */
    public PyObject next(PyObject o) {
        return o.gcNext == head ? null : o.gcNext;
    }

    public int size() {
        int n = 0;
        for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
            n++;
        }
        return n;
    }

    /** gc_list_append for an untracked object. */
    public void append(PyObject o) {
        PyObject last = head.gcPrev;
        o.gcPrev = last;
        o.gcNext = head;
        last.gcNext = o;
        head.gcPrev = o;
    }

    /** gc_list_remove: the object is no longer in any list (untracked). */
    public static void remove(PyObject o) {
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        o.gcNext = null;
        o.gcPrev = null;
    }

    /** gc_list_move: from whatever list o is in to the tail of this one. */
    public void moveToTail(PyObject o) {
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        append(o);
    }

    /** gc_list_merge: appends every object of from (in order) to this list; from becomes empty. */
    public void mergeFrom(GcList from) {
        if (from.isEmpty()) {
            return;
        }
        PyObject tail = head.gcPrev;
        tail.gcNext = from.head.gcNext;
        from.head.gcNext.gcPrev = tail;
        head.gcPrev = from.head.gcPrev;
        head.gcPrev.gcNext = head;
        from.head.gcNext = from.head;
        from.head.gcPrev = from.head;
    }

    /** Whether o is the first object of this list (used to see whether a clear freed it). */
    public boolean isFirst(PyObject o) {
        return head.gcNext == o;
    }

    private static final class Sentinel extends PyObject {
        Sentinel() {
            super(null);
        }

        @Override
        protected void traverseOwn(Visitor visitor) {
        }

        @Override
        protected void releaseReferences(Heap heap) {
        }
    }
}
