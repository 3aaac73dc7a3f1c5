package org.heapsim.python.vm;

import org.heapsim.heap.PyObject;
import org.heapsim.heap.Types;

/** Generator objects and their protocol ({@code Objects/genobject.c}). */
final class Generators {
    private Generators() {
    }

    static boolean isGenerator(PyObject o) {
        return o.type() == Types.GENERATOR;
    }
}
