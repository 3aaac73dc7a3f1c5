package org.heapsim.heap;

/** A bound method: {@code Objects/classobject.c}. Released: weakref callbacks, the function, then self. */
public final class MethodObject extends PyObject {
    PyObject function;
    PyObject self;

    MethodObject(PyObject function, PyObject self) {
        super(Types.METHOD);
        this.function = function;
        this.self = self;
    }

    public PyObject function() {
        return function;
    }

    public PyObject self() {
        return self;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        visitor.visit(function);
        visitor.visit(self);
    }

    @Override
    protected void releaseReferences(Heap heap) {
        PyObject f = function;
        PyObject s = self;
        function = null;
        self = null;
        heap.xdecref(f);
        heap.xdecref(s);
    }
}
