package org.heapsim.heap;

/** A closure cell: {@code Objects/cellobject.c}. */
public final class CellObject extends PyObject {
    PyObject contents;

    CellObject() {
        super(Types.CELL);
    }

    public PyObject contents() {
        return contents;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        if (contents != null) {
            visitor.visit(contents);
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        clear(heap);
    }

    @Override
    protected void clear(Heap heap) {
        PyObject c = contents;
        contents = null;
        heap.xdecref(c);
    }
}
