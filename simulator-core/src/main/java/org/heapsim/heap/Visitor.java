package org.heapsim.heap;

/** Receives one strong reference at a time from {@link PyObject#traverse}. */
@FunctionalInterface
public interface Visitor {
    void visit(PyObject referent);
}
